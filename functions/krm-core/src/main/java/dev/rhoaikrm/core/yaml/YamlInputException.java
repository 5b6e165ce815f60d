package dev.rhoaikrm.core.yaml;

/**
 * Input that cannot be read as the YAML we accept: malformed, not UTF-8, too deep, duplicate keys,
 * too large. Carries a message meant for the user (no stack trace is ever shown for it).
 */
public final class YamlInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public YamlInputException(String message, String file, int line) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
    }

    public YamlInputException(String message) {
        this(message, null, -1);
    }

    /** The file the problem is in, or null when it is the input stream itself. */
    public String file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    public YamlInputException inFile(String name) {
        return new YamlInputException(getMessage(), name, line);
    }
}

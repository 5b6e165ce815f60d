package dev.rhoaikrm.core.frontdoor;

/** Exit codes of every command, documented in README.md. */
public final class ExitCodes {
    /** Done; warnings may have been printed. */
    public static final int OK = 0;
    /** The input has errors (results name them); nothing was generated or written. */
    public static final int ERROR_RESULTS = 1;
    /** The command line is wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** A bug: something failed that should not. The message says what; RHOAI_KRM_DEBUG=1 shows the trace. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}

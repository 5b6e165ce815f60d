package dev.rhoaikrm.core.yaml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input within its byte limit: never more than the limit plus one byte, so a stream of
 * gigabytes is refused after the limit, not after it has all been read into memory. A Java array
 * holds at most about 2 GiB, which caps every limit.
 */
public final class InputBytes {
    /** The largest byte array the JVM allocates. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private InputBytes() {
    }

    /** The whole stream; more than {@code limit} bytes is a YamlInputException naming {@code name}. */
    public static byte[] read(InputStream in, long limit, String name) {
        long cap = Math.min(limit, MAX_ARRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[64 * 1024];
        try {
            while (true) {
                int want = (int) Math.min(chunk.length, cap + 1 - out.size());
                int n = in.read(chunk, 0, want);
                if (n < 0) {
                    return out.toByteArray();
                }
                out.write(chunk, 0, n);
                if (out.size() > cap) {
                    throw tooLarge("more than " + cap + " bytes", limit, name);
                }
            }
        } catch (IOException e) {
            throw new YamlInputException("cannot read the input: " + e.getMessage(), name, -1);
        }
    }

    /** A whole file; its size is checked before anything is read. */
    public static byte[] readFile(Path file, long limit, String name) {
        try {
            long size = Files.size(file);
            if (size > Math.min(limit, MAX_ARRAY)) {
                throw tooLarge(size + " bytes", limit, name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, limit, name); // the file may grow while it is read
            }
        } catch (IOException e) {
            throw new YamlInputException("cannot read the file: " + e.getMessage(), name, -1);
        }
    }

    static YamlInputException tooLarge(String size, long limit, String name) {
        String cap = limit > MAX_ARRAY ? " (inputs above " + MAX_ARRAY + " bytes are not supported)" : "";
        return new YamlInputException("input is " + size + ", more than the limit of " + Math.min(limit, MAX_ARRAY)
                + " bytes" + cap + " (set -Drhoai.krm.maxInputBytes to change it)", name, -1);
    }
}

package dev.rhoaikrm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Rewrites the results of a case's expect.yaml from what a door reported (-Drhoai.golden.update=true). */
final class BadInputUpdate {
    private BadInputUpdate() {
    }

    static void rewrite(BadInputCase c, String door, List<BadInputCase.Expected> actual) {
        Path file = c.dir().resolve(BadInputCase.EXPECT);
        try {
            String text = Files.readString(file);
            int at = text.indexOf("\nresults:");
            StringBuilder out = new StringBuilder(at < 0 ? text : text.substring(0, at + 1));
            out.append(actual.isEmpty() ? "results: []\n" : "results:\n");
            for (BadInputCase.Expected r : actual) {
                if (!r.severity().equals("error")) {
                    continue; // warnings an expectation wants are added by hand
                }
                String f = r.file();
                if (f != null && f.equals("<stdin>") && c.files().size() == 1 && (door.equals("krm") && c.raw() || door.equals("stream"))) {
                    f = c.files().get(0); // the expectations name the package's file; the door maps it
                }
                out.append("  - {severity: ").append(r.severity()).append(", file: ").append(quote(f))
                        .append(", resource: ").append(quote(r.resource())).append(", path: ").append(quote(r.path()))
                        .append(",\n     message: ").append(quote(withoutPosition(r.message()))).append("}\n");
            }
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Positions differ between doors (a file, a stream, a ResourceList): the expectation keeps the words. */
    static String withoutPosition(String message) {
        return message.replaceFirst("^line \\d+(, column \\d+)?: ", "").replaceFirst(" \\(at byte \\d+\\)$", "");
    }

    /** A YAML double-quoted scalar (JSON string rules), or null. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }
}

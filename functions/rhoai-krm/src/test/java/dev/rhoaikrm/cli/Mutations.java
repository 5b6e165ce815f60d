package dev.rhoaikrm.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Small, seeded mutations of YAML text: the kinds of mistakes people and tools make. */
final class Mutations {
    private static final String[] ODD_VALUES = {"four", "-1", "0", "999999999999", "\"\"", "[]", "{}", "null", "true", "1.5",
        "\"Bad_Name\"", "~", "!!binary aGVsbG8=", "&a [*a]", "'unterminated", "\"\\u0000\"", "x".repeat(300), "[1, [2, [3]]]",
        "{a: {b: {c: d}}}", "0x1F", ".inf", "2026-11-27", "|\n  multi\n  line"};

    private Mutations() {
    }

    static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times && !lines.isEmpty(); t++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(i);                                          // a field or line lost
                case 1 -> lines.add(i, line);                                        // duplicated (duplicate keys)
                case 2 -> lines.set(i, " " + line);                                  // indentation off by one
                case 3 -> lines.set(i, replaceValue(line, ODD_VALUES[random.nextInt(ODD_VALUES.length)])); // wrong type or value
                case 4 -> lines.set(i, line.replaceFirst("(\\w)(\\w*):", "$1x$2:"));  // a misspelt key
                case 5 -> lines.set(i, line.replace(" ", "\t"));                   // tabs
                case 6 -> {                                                          // a random byte inserted
                    int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                    String specials = "{}[]:#&*!|>'\"%@`,-?";
                    lines.set(i, line.substring(0, at) + specials.charAt(random.nextInt(specials.length())) + line.substring(at));
                }
                default -> lines.set(i, line.replaceAll("\\d+", String.valueOf(random.nextInt(100) - 10))); // numbers changed
            }
        }
        return String.join("\n", lines);
    }

    private static String replaceValue(String line, String value) {
        int colon = line.indexOf(": ");
        return colon < 0 ? line : line.substring(0, colon + 2) + value;
    }

    /** The text as the single item of a ResourceList, as kpt would send it (indentation shifted by two). */
    static String asResourceList(String document) {
        StringBuilder b = new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
        boolean first = true;
        for (String line : document.split("\n", -1)) {
            if (line.startsWith("#") || line.isBlank() || line.startsWith("---")) {
                continue;
            }
            b.append(first ? "- " : "  ").append(line).append('\n');
            first = false;
        }
        return b.toString();
    }
}

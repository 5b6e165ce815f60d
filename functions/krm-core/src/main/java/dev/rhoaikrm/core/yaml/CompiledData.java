package dev.rhoaikrm.core.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The data files this product ships (health checks, release tables, profiles) compiled to Java maps.
 * (The GPU and model catalogs go one step further: platform-catalog's CatalogCompiler checks them in
 * the build and compiles them to the records a render uses.)
 *
 * <p>Why: a function runs as a fresh process per render, with every line of code cold. Reading
 * ~900 lines of shipped YAML took 30-150 ms per render in the interpreter, whichever parser did it;
 * building the same maps from generated code takes about one millisecond, and a native image can do
 * it at build time. The YAML files stay the source that people edit and review.
 *
 * <p>The build generates each class: {@link #main} runs in the module's generate-sources phase
 * (exec-maven-plugin, see platform-catalog's pom) and writes it under target/generated-sources/data,
 * so no generated file is committed and none can be stale. Each module's {@code *DataTest} checks
 * that the compiled class yields what the YAML library reads from the files, value for value, type
 * for type, in order ({@link #read} is that reading).
 *
 * <p>The generated code calls {@link #map} and {@link #list}; {@link #source} writes it.
 */
public final class CompiledData {
    /** Items per generated method: keeps every method far below the JVM's 64 KB limit. */
    private static final int CHUNK = 32;

    private CompiledData() {
    }

    /** A mapping from alternating keys and values, in order, as the YAML library builds it. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A sequence, as the YAML library builds it. */
    public static List<Object> list(Object... items) {
        List<Object> list = new ArrayList<>(items.length);
        for (Object item : items) {
            list.add(item);
        }
        return list;
    }

    /** A sequence made of several generated parts (long sequences are split across methods). */
    @SafeVarargs
    public static List<Object> concat(List<Object>... parts) {
        List<Object> list = new ArrayList<>();
        for (List<Object> part : parts) {
            list.addAll(part);
        }
        return list;
    }

    /**
     * The build's generator: {@code CompiledData PACKAGE CLASS DATA_DIR OUTPUT_DIR} compiles every
     * {@code *.yaml} below DATA_DIR (named by its path relative to it, in sorted order) into
     * OUTPUT_DIR/PACKAGE/CLASS.java. The file is rewritten only when its text changes.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: CompiledData PACKAGE CLASS DATA_DIR OUTPUT_DIR");
        }
        Path data = Path.of(args[2]);
        List<String> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> data.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        Map<String, Object> documents = new LinkedHashMap<>();
        for (String file : files) {
            documents.put(file, read(file, Files.readString(data.resolve(file))));
        }
        Path target = Path.of(args[3]).resolve(args[0].replace('.', '/')).resolve(args[1] + ".java");
        String source = source(args[0], args[1], documents);
        if (!Files.exists(target) || !Files.readString(target).equals(source)) {
            Files.createDirectories(target.getParent());
            Files.writeString(target, source);
        }
    }

    /**
     * A shipped data file as the YAML library reads it: no duplicate keys (a repeated key would
     * silently override a fact), no aliases.
     */
    public static Object read(String file, String yaml) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(0).build();
        return new Load(settings).loadFromString(yaml);
    }

    /**
     * Java source of a class with {@code static Object document(String file)} returning each
     * document's value.
     *
     * @param documents file name (as callers ask for it) to the value the YAML library read from it
     */
    public static String source(String packageName, String className, Map<String, Object> documents) {
        Writer w = new Writer();
        StringBuilder out = new StringBuilder();
        out.append("/**\n * GENERATED by the build from ").append(String.join(", ", documents.keySet()))
                .append(" (src/main/data):\n * do not edit; edit the YAML. See dev.rhoaikrm.core.yaml.CompiledData.\n */\n")
                .append("@SuppressWarnings(\"unchecked\")\nfinal class ").append(className).append(" {\n")
                .append("    private ").append(className).append("() {\n    }\n\n")
                .append("    /** The value of a shipped data file, as the YAML library reads it. */\n")
                .append("    static Object document(String file) {\n        return switch (file) {\n");
        int n = 0;
        for (Map.Entry<String, Object> d : documents.entrySet()) {
            String method = "document" + n++;
            out.append("            case ").append(literal(d.getKey())).append(" -> ").append(method).append("();\n");
            w.method(method, "Object", w.expression(d.getValue(), method));
        }
        out.append("            default -> throw new IllegalArgumentException(\"no compiled data for \" + file);\n")
                .append("        };\n    }\n");
        out.append(w.methods).append("}\n");
        // the imports last: concat is imported only when a long sequence was split
        return "package " + packageName + ";\n\n"
                + (w.usesConcat ? "import static dev.rhoaikrm.core.yaml.CompiledData.concat;\n" : "")
                + "import static dev.rhoaikrm.core.yaml.CompiledData.list;\n"
                + "import static dev.rhoaikrm.core.yaml.CompiledData.map;\n\n"
                + out;
    }

    /** Writes expressions, one argument per line when long; long sequences go into methods of their own. */
    private static final class Writer {
        private final StringBuilder methods = new StringBuilder();
        private int parts;
        private boolean usesConcat;

        void method(String name, String type, String expression) {
            methods.append("\n    private static ").append(type).append(' ').append(name).append("() {\n        return ")
                    .append(expression).append(";\n    }\n");
        }

        String expression(Object value, String owner) {
            return expression(value, owner, 2);
        }

        private String expression(Object value, String owner, int depth) {
            if (value instanceof Map<?, ?> map) {
                List<String> args = new ArrayList<>();
                map.forEach((k, v) -> args.add(literal((String) k) + ", " + expression(v, owner, depth + 1)));
                return call("map", args, depth);
            }
            if (value instanceof List<?> list) {
                List<String> args = new ArrayList<>();
                for (Object item : list) {
                    args.add(expression(item, owner, list.size() > CHUNK ? 3 : depth + 1));
                }
                if (list.size() <= CHUNK) {
                    return call("list", args, depth);
                }
                List<String> chunks = new ArrayList<>();
                for (int i = 0; i < args.size(); i += CHUNK) {
                    String part = owner + "Part" + parts++;
                    method(part, "java.util.List<Object>", call("list", args.subList(i, Math.min(args.size(), i + CHUNK)), 2));
                    chunks.add(part + "()");
                }
                usesConcat = true;
                return "concat(" + String.join(", ", chunks) + ")";
            }
            return scalar(value);
        }

        /** function(a, b) on one line when short, else one argument per line. */
        private static String call(String function, List<String> args, int depth) {
            String oneLine = function + "(" + String.join(", ", args) + ")";
            if (oneLine.length() <= 100 && oneLine.indexOf('\n') < 0) {
                return oneLine;
            }
            String indent = "    ".repeat(depth + 1);
            return function + "(\n" + indent + String.join(",\n" + indent, args) + ")";
        }
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "(Object) null";
        }
        if (value instanceof String s) {
            return literal(s);
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Long) {
            return value + "L";
        }
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return d.toString();
        }
        throw new IllegalArgumentException("cannot compile " + value.getClass().getSimpleName() + " " + value);
    }

    /** A Java string literal of {@code s} (also for other generators of Java source from shipped data). */
    public static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

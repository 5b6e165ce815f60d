package dev.rhoaikrm.dsccomposer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DataScienceCluster CRD of every RHOAI release as it shipped, vendored unchanged in
 * test-support (schemas/datasciencecluster.opendatahub.io/releases/&lt;release&gt;/, provenance in the
 * SOURCES.md beside them), and the composer's release table derived from each: the openAPIV3Schema
 * of spec.components of the storage version, without the descriptions and without any
 * component's devFlags (developer-only: it points the operator at manifests from a URL, which
 * GitOps does not compose). Nothing else is left out or changed.
 */
final class ShippedCrds {
    static final String SCHEMAS = "dev/rhoaikrm/testsupport/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A row of SOURCES.md's "DataScienceCluster of every RHOAI release" table. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d+\\.\\d+) \\| (red-hat-data-services/[\\w-]+) \\| `([0-9a-f]+)` \\| `([^`]+)` \\(blob `([0-9a-f]+)`\\) \\| (\\S+) \\| ([v0-9* ]+) \\|$");

    /** Where one release's CRD came from, as SOURCES.md says, and its storage version. */
    record Source(String release, String repository, String commit, String file, String blob, String csv, String storageVersion) {
        String schemaResource() {
            return SCHEMAS + "datasciencecluster.opendatahub.io/releases/" + release + "/datasciencecluster_" + storageVersion + ".json";
        }

        String dsciResource() {
            return SCHEMAS + "dscinitialization.opendatahub.io/releases/" + release + "/dscinitialization_" + storageVersion + ".json";
        }

        String apiVersion() {
            return "datasciencecluster.opendatahub.io/" + storageVersion;
        }

        String text() {
            return repository + ", branch rhoai-" + release + ", commit " + commit + ", " + file + " (blob " + blob + "), CSV " + csv;
        }
    }

    private ShippedCrds() {
    }

    /** Every release SOURCES.md lists, oldest first. */
    static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (String line : text(SCHEMAS + "SOURCES.md").split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String storage = null;
                for (String v : m.group(7).trim().split(" ")) {
                    if (v.endsWith("*")) {
                        storage = v.substring(0, v.length() - 1);
                    }
                }
                out.add(new Source(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), storage));
            }
        }
        return out;
    }

    static Source source(String release) {
        return sources().stream().filter(s -> s.release().equals(release)).findFirst()
                .orElseThrow(() -> new AssertionError("SOURCES.md has no DataScienceCluster row for RHOAI " + release));
    }

    static JsonNode schema(String resource) {
        return JSON.valueToTree(parse(text(resource)));
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release table as the CRD gives it: spec.components of the storage version, descriptions and devFlags left out. */
    static ObjectNode componentsTable(Source source) {
        ObjectNode components = schema(source.schemaResource()).at("/properties/spec/properties/components").deepCopy();
        withoutDescriptions(components);
        components.get("properties").forEach(c -> {
            if (c.get("properties") instanceof ObjectNode props) {
                props.remove("devFlags");
            }
        });
        return components;
    }

    /** Removes the description keyword of every schema node (never a property that happens to be named so). */
    static void withoutDescriptions(JsonNode schema) {
        if (!(schema instanceof ObjectNode o)) {
            return;
        }
        o.remove("description");
        if (o.get("properties") instanceof ObjectNode props) {
            props.forEach(ShippedCrds::withoutDescriptions);
        }
        withoutDescriptions(o.get("items"));
        withoutDescriptions(o.get("additionalProperties"));
        if (o.get("anyOf") != null) {
            o.get("anyOf").forEach(ShippedCrds::withoutDescriptions);
        }
    }

    /** The table file src/main/data/tables/&lt;release&gt;.yaml as ReleaseTablesTest writes it. */
    static String tableFile(Source source) {
        ObjectNode table = componentsTable(source);
        StringBuilder b = new StringBuilder();
        b.append("# GENERATED by ReleaseTablesTest from the DataScienceCluster CRD that RHOAI ").append(source.release())
                .append(" shipped: do not edit.\n")
                .append("# Source: ").append(source.text()).append(";\n")
                .append("# vendored unchanged in functions/test-support as ")
                .append(source.schemaResource().substring(SCHEMAS.length() - "schemas/".length())).append(".\n")
                .append("# components: spec.components of the storage version ").append(source.storageVersion())
                .append(", every keyword as the CRD has it, descriptions and\n")
                .append("# each component's devFlags (developer-only manifest overrides) left out. To regenerate after vendoring:\n")
                .append("# mvn -q test -pl functions/dsc-overlay-composer -am -Dtest=ReleaseTablesTest -Dsurefire.failIfNoSpecifiedTests=false -Drhoai.golden.update=true\n")
                .append("release: ").append(scalar(source.release())).append('\n')
                .append("apiVersion: ").append(source.apiVersion()).append('\n')
                .append("source: ").append(scalar(source.text())).append('\n')
                .append("components:\n");
        block(table.get("properties"), 1, b);
        return b.toString();
    }

    /** tables/union.yaml: the union of every release's table and each component's releases, as ReleaseTablesTest writes it. */
    static String unionFile(Map<String, Object> components, Map<String, String> availability) {
        StringBuilder b = new StringBuilder();
        b.append("# GENERATED by ReleaseTablesTest from the tables beside it: do not edit.\n")
                .append("# The union of every release's spec.components (every field of any release, every enum value of any),\n")
                .append("# which an intent is bound against before its release is known, and the releases each component is in.\n")
                .append("availability:\n");
        availability.forEach((k, v) -> b.append("  ").append(scalar(k)).append(": ").append(scalar(v)).append('\n'));
        b.append("components:\n");
        block(JSON.valueToTree(components), 1, b);
        return b.toString();
    }

    // ---- a small YAML writer: mappings in block style, every schema without children in flow style ----

    private static void block(JsonNode mapping, int depth, StringBuilder b) {
        String indent = "  ".repeat(depth);
        for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            b.append(indent).append(scalar(e.getKey())).append(':');
            if (v.isObject() && !v.isEmpty() && !isFlow(v)) {
                b.append('\n');
                schemaBlock(v, depth + 1, b);
            } else {
                b.append(' ').append(flow(v)).append('\n');
            }
        }
    }

    /** A schema node: type first, then its children in block style, the rest in flow style. */
    private static void schemaBlock(JsonNode node, int depth, StringBuilder b) {
        String indent = "  ".repeat(depth);
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        if (node.has("type")) {
            ordered.put("type", node.get("type"));
        }
        node.fields().forEachRemaining(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
        ordered.forEach((k, v) -> {
            b.append(indent).append(scalar(k)).append(':');
            if (k.equals("properties")) {
                b.append('\n');
                block(v, depth + 1, b);
            } else if ((k.equals("items") || k.equals("additionalProperties")) && !isFlow(v)) {
                b.append('\n');
                schemaBlock(v, depth + 1, b);
            } else if (k.equals("x-kubernetes-validations")) {
                b.append('\n');
                v.forEach(rule -> b.append(indent).append("  - ").append(flow(rule)).append('\n'));
            } else {
                b.append(' ').append(flow(v)).append('\n');
            }
        });
    }

    /** A schema node small enough for one line: no properties, items or additionalProperties of its own, no CEL rules. */
    private static boolean isFlow(JsonNode node) {
        return !node.has("properties") && !node.has("x-kubernetes-validations")
                && !(node.has("items") && node.get("items").has("properties"));
    }

    private static String flow(JsonNode v) {
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            Map<String, JsonNode> ordered = new LinkedHashMap<>();
            if (v.has("type")) {
                ordered.put("type", v.get("type"));
            }
            v.fields().forEachRemaining(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
            ordered.forEach((k, x) -> parts.add(scalar(k) + ": " + flow(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(flow(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v.isTextual()) {
            return scalar(v.textValue());
        }
        return v.toString(); // numbers, booleans, null
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final List<String> SPECIAL = List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** A string as a plain scalar when that reads back as the same string, else JSON-quoted (valid YAML). */
    private static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !SPECIAL.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = ShippedCrds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the test classpath (test-support)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

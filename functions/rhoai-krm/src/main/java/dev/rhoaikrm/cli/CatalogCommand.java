package dev.rhoaikrm.cli;

import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.catalog.ModelCatalog;
import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.core.cli.Json;
import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.Io;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rhoai-krm catalog [models|instance-types|gpus]}: the shipped catalogs with the exact
 * spellings intents use (ModelServing's model id, GpuWorkerSet's instanceType, gpu.product), as a
 * table or, with {@code -o json}, for scripts. Read from platform-catalog, the same data the
 * functions size with.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the shipped catalogs with their exact spellings: the models GPU sizing knows, the GPU instance types per cloud,"
                + " and the GPU products (the nvidia.com/gpu.product values that gpu.product and the pools take).")
final class CatalogCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "0..1", paramLabel = "WHAT", description = "models, instance-types or gpus (default: all three).")
    String part;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    String format;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "Only the instance types of aws, azure or gcp.")
    String platform;

    private CatalogCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new CatalogCommand(io));
    }

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            io.err().println("catalog: -o takes table or json, not \"" + format + "\"");
            return ExitCodes.USAGE;
        }
        if (part != null && !List.of("models", "instance-types", "gpus").contains(part)) {
            io.err().println("catalog: WHAT is models, instance-types or gpus, not \"" + part + "\"");
            return ExitCodes.USAGE;
        }
        List<String> platforms = InstanceCatalog.shipped().all().stream().map(InstanceType::platform).distinct().sorted().toList();
        if (platform != null && !platforms.contains(platform)) {
            io.err().println("catalog: --platform takes one of " + String.join(", ", platforms) + ", not \"" + platform + "\"");
            return ExitCodes.USAGE;
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        if (part == null || part.equals("models")) {
            tables.put("models", models());
        }
        if (part == null || part.equals("instance-types")) {
            tables.put("instanceTypes", instanceTypes());
        }
        if (part == null || part.equals("gpus")) {
            tables.put("gpus", gpus());
        }
        if (format.equals("json")) {
            io.out().print(Json.write(part == null ? tables : tables.values().iterator().next()));
        } else {
            boolean first = true;
            for (Map.Entry<String, List<Map<String, Object>>> t : tables.entrySet()) {
                if (part == null) {
                    io.out().print((first ? "" : "\n") + "# " + t.getKey() + "\n");
                }
                io.out().print(table(t.getValue()));
                first = false;
            }
        }
        return ExitCodes.OK;
    }

    private static List<Map<String, Object>> models() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ModelFacts m : ModelCatalog.shipped().all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.id());
            row.put("huggingFace", m.huggingFace());
            row.put("parametersB", m.parametersB());
            row.put("dtype", m.dtype());
            row.put("maxContext", m.maxContext());
            row.put("attentionHeads", m.attentionHeads());
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> instanceTypes() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InstanceType t : InstanceCatalog.shipped().all()) {
            if (platform != null && !t.platform().equals(platform)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("platform", t.platform());
            row.put("name", t.name());
            row.put("gpuProduct", t.gpu().product());
            row.put("gpus", t.gpu().count());
            row.put("gpuMemoryGiB", t.gpu().memoryGiB());
            row.put("vcpu", t.vcpu());
            row.put("memoryMiB", t.memoryMiB());
            rows.add(row);
        }
        return rows;
    }

    /** One row per GPU product, with what it is on every cloud that offers it. */
    private static List<Map<String, Object>> gpus() {
        Map<String, Map<String, Object>> byProduct = new LinkedHashMap<>();
        for (InstanceType t : InstanceCatalog.shipped().all()) {
            Map<String, Object> row = byProduct.computeIfAbsent(t.gpu().product(), p -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("product", p);
                r.put("memoryGiB", t.gpu().memoryGiB());
                r.put("accelerator", t.gpu().accelerator());
                r.put("platforms", new ArrayList<String>());
                return r;
            });
            @SuppressWarnings("unchecked")
            List<String> platforms = (List<String>) row.get("platforms");
            if (!platforms.contains(t.platform())) {
                platforms.add(t.platform());
            }
        }
        return new ArrayList<>(byProduct.values());
    }

    /** Columns padded to their widest cell, headed by the keys in capitals. */
    static String table(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> keys = new ArrayList<>(rows.get(0).keySet());
        List<List<String>> cells = new ArrayList<>();
        cells.add(keys.stream().map(k -> k.replace("GiB", "Gib").replace("MiB", "Mib").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)).toList());
        for (Map<String, Object> row : rows) {
            cells.add(keys.stream().map(k -> cell(row.get(k))).toList());
        }
        int[] widths = new int[keys.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : cells) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                l.append(line.get(i)).append(i + 1 < line.size() ? " ".repeat(widths[i] - line.get(i).length() + 2) : "");
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}

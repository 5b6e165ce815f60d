package dev.rhoaikrm.cli;


import dev.rhoaikrm.testsupport.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tree of kustomizations (kustomize-examples/rhoai-platform, or the reference repository it
 * reproduces): finding them, telling the ones with remote bases, building them with kubectl
 * kustomize and the plugin home, and reading the output as objects keyed kind/namespace/name.
 */
final class PlatformTree {
    static final Path TREE = Golden.projectRoot().resolve("kustomize-examples/rhoai-platform");
    /** What kustomize fetches over the network (a URL or a git address), which offline builds cannot. */
    private static final Pattern REMOTE = Pattern.compile("^(https?://|git::|ssh://|git@|github\\.com/).*");

    private PlatformTree() {
    }

    /** The folders below {@code root} holding a kustomization.yaml, as relative paths, sorted; hidden folders skipped. */
    static List<String> kustomizations(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .map(p -> root.relativize(p.getParent()).toString())
                    .filter(rel -> Stream.of(rel.split("/")).noneMatch(s -> s.startsWith(".")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the kustomization in {@code dir} has a resource kustomize would fetch over the network. */
    static boolean hasRemoteBase(Path dir) {
        Object resources = kustomization(dir).getOrDefault("resources", List.of());
        return resources instanceof List<?> list && list.stream().anyMatch(r -> REMOTE.matcher(String.valueOf(r)).matches());
    }

    /** The labels the kustomization in {@code dir} puts on every object ({@code labels[].pairs}). */
    static Map<String, Object> labels(Path dir) {
        Map<String, Object> pairs = new LinkedHashMap<>();
        ((List<?>) kustomization(dir).getOrDefault("labels", List.of())).forEach(e -> pairs.putAll(Yamls.map(Yamls.asMap(e), "pairs")));
        return pairs;
    }

    private static Map<String, Object> kustomization(Path dir) {
        return Yamls.load(Yamls.read(dir.resolve("kustomization.yaml"))).get(0);
    }

    /**
     * {@code f} of every key, four at a time: the builds start a JVM per plugin run, and the tests
     * would otherwise wait for each in turn.
     */
    static <T> Map<String, T> parallel(List<String> keys, Function<String, T> f) {
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            return pool.submit(() -> keys.parallelStream().collect(Collectors.toConcurrentMap(k -> k, f))).join();
        } finally {
            pool.shutdown();
        }
    }

    /** The objects of a YAML stream by kind/namespace/name (namespace empty for cluster-scoped ones), in stream order. */
    static Map<String, Map<String, Object>> byKey(String yaml) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Yamls.load(yaml).forEach(o -> out.put(key(o), o));
        return out;
    }

    @SuppressWarnings("unchecked")
    static String key(Map<String, Object> o) {
        Map<String, Object> meta = (Map<String, Object>) o.getOrDefault("metadata", Map.of());
        return o.get("kind") + "/" + meta.getOrDefault("namespace", "") + "/" + meta.get("name");
    }
}

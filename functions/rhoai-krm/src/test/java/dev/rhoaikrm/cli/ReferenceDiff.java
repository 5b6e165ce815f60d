package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.importing.ObjectDiff;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The platform tree against the reference repository it reproduces: each kustomization built
 * offline on both sides, objects matched by kind/namespace/name, fields compared with
 * {@link ObjectDiff}. The report lists every difference and what was not compared, and why.
 */
final class ReferenceDiff {
    static final String REFERENCE_REPO = "https://github.com/rrbanda/rhoai-deploy-gitops.git";
    static final String TREE_REPO = "https://github.com/YOUR_ORG/rhoai-krm.git";
    static final String TREE_PATH = "kustomize-examples/rhoai-platform/";

    /** Tree kustomizations that replace reference kustomizations of other folders. */
    private static final Map<String, List<String>> REPLACES = Map.of("components/instances/gpu-workers/overlays/dev",
            List.of("components/instances/gpu-workers/examples/aws", "components/instances/cluster-autoscaler",
                    "components/instances/kueue-config"),
            // the dev cluster's DataScienceCluster with its operator layer: the reference's operators and their instances
            "components/instances/rhoai-instance/overlays/dev",
            List.of("components/instances/rhoai-instance/overlays/dev", "components/operators/cert-manager", "components/operators/gpu-operator",
                    "components/operators/jobset-operator", "components/operators/kueue-operator", "components/operators/nfd",
                    "components/operators/rhoai-operator", "components/operators/servicemesh", "components/instances/gpu-instance",
                    "components/instances/jobset-instance", "components/instances/kueue-instance", "components/instances/nfd-instance"),
            "bootstrap", List.of("bootstrap"));
    /** Kustomizations compared as part of the one that includes them (what ArgoCD deploys), on both sides. */
    private static final Map<String, String> WITHIN = new TreeMap<>(Map.of("clusters/base", "clusters/overlays/dev",
            "components/argocd/apps", "clusters/overlays/dev", "components/argocd/projects/base", "clusters/overlays/dev",
            "usecases/models/gpt-oss-120b/manifests", "usecases/models/gpt-oss-120b/profiles/tier1-minimal",
            "usecases/models/orchestrator-8b/manifests", "usecases/models/orchestrator-8b/profiles/tier1-minimal",
            "usecases/models/qwen-math-7b/manifests", "usecases/models/qwen-math-7b/profiles/tier1-minimal"));
    private final Path reference;
    private final Function<String, String> treeOutput;
    private final Map<String, Processes.Result> referenceOutput = new ConcurrentHashMap<>();

    /** @param treeOutput a tree kustomization's build output, by its folder relative to the tree */
    ReferenceDiff(Path reference, Function<String, String> treeOutput) {
        this.reference = reference;
        this.treeOutput = treeOutput;
    }

    String report(List<String> treeDirs, Path pluginHome) {
        List<String> refDirs = PlatformTree.kustomizations(reference);
        referenceOutput.putAll(PlatformTree.parallel(refDirs.stream().filter(d -> !PlatformTree.hasRemoteBase(reference.resolve(d))).toList(),
                d -> E2e.kustomize(reference.resolve(d), pluginHome)));
        StringBuilder out = new StringBuilder(header());
        Set<String> same = new TreeSet<>();
        Set<String> compared = new TreeSet<>();
        Set<String> printsNothing = new TreeSet<>();
        Set<String> hereOnly = new TreeSet<>();
        Set<String> remote = new TreeSet<>();
        Set<String> remoteThere = new TreeSet<>();
        for (String dir : treeDirs) {
            if (PlatformTree.hasRemoteBase(PlatformTree.TREE.resolve(dir))) {
                remote.add(dir);
                continue;
            }
            if (WITHIN.containsKey(dir)) {
                continue;
            }
            List<String> sources = REPLACES.getOrDefault(dir, refDirs.contains(dir) ? List.of(dir) : List.of());
            compared.addAll(sources);
            sources.stream().filter(d -> PlatformTree.hasRemoteBase(reference.resolve(d))).forEach(remoteThere::add);
            sources = sources.stream().filter(d -> !PlatformTree.hasRemoteBase(reference.resolve(d))).toList();
            String output = treeOutput.apply(dir);
            if (sources.isEmpty()) {
                (output.isBlank() ? printsNothing : remoteThere.contains(dir) ? remoteThere : hereOnly).add(dir);
                continue;
            }
            List<String> lines = compare(sources, output, pluginHome);
            if (lines.isEmpty()) {
                same.add(dir);
            } else {
                out.append("\n== ").append(dir).append(sources.equals(List.of(dir)) ? "" : " (reference: " + String.join(", ", sources) + ")")
                        .append('\n');
                lines.forEach(l -> out.append(l).append('\n'));
            }
        }
        Set<String> emptyThere = new TreeSet<>();
        for (String dir : refDirs) {
            if (!compared.contains(dir) && !WITHIN.containsKey(dir) && !remote.contains(dir)) {
                assertThat(referenceBuild(dir, pluginHome)).as("reference kustomization %s is compared nowhere", dir).isBlank();
                emptyThere.add(dir);
            }
        }
        section(out, "the same, object for object and field for field", same);
        section(out, "compared within the kustomization that includes them", WITHIN.keySet().stream()
                .map(d -> d + " (in " + WITHIN.get(d) + ")").toList());
        section(out, "not built: remote bases on github.com/redhat-cop/gitops-catalog, which offline builds cannot fetch", remote);
        section(out, "not built in the reference: remote bases on github.com/redhat-cop/gitops-catalog (offline, only the local"
                + " files of what replaces them are compared)", remoteThere);
        section(out, "build nothing in the reference", emptyThere);
        section(out, "build nothing here: the ArgoCD intent the cluster overlays patch and run", printsNothing);
        section(out, "here only: the variants", hereOnly);
        return out.toString();
    }

    private static String header() {
        return """
                # The platform tree against the reference repository (github.com/rrbanda/rhoai-deploy-gitops at a03af73),
                # written by PlatformTreeIT: every kustomization built offline with kubectl kustomize (the tree's with the
                # rhoai-krm plugins), objects matched by kind/namespace/name and compared field by field (ObjectDiff).
                # Every line is a difference on purpose, explained in README.md, "Differences from the reference"; the
                # test fails on any other. Before comparing, the reference's repoURL is read as this tree's placeholder
                # and its repository paths get the kustomize-examples/rhoai-platform/ prefix; rhoai-krm.dev/generated-by
                # is left out of the generated objects.
                """;
    }

    private static void section(StringBuilder out, String title, Collection<String> dirs) {
        if (!dirs.isEmpty()) {
            out.append("\n== ").append(title).append('\n');
            dirs.forEach(d -> out.append("   ").append(d).append('\n'));
        }
    }

    private List<String> compare(List<String> sources, String treeYaml, Path pluginHome) {
        Map<String, Map<String, Object>> ref = new LinkedHashMap<>();
        for (String source : sources) {
            PlatformTree.byKey(referenceBuild(source, pluginHome)).forEach((k, v) -> ref.put(k, normalised(v)));
        }
        return ObjectPairs.lines(ref, PlatformTree.byKey(treeYaml));
    }

    private String referenceBuild(String dir, Path pluginHome) {
        Processes.Result run = referenceOutput.computeIfAbsent(dir, d -> E2e.kustomize(reference.resolve(d), pluginHome));
        assertThat(run.exitCode()).as("reference %s: %s", dir, run.describe()).isZero();
        return run.stdout();
    }

    /** The reference's repoURL read as this tree's, its repository paths as this tree's. */
    @SuppressWarnings("unchecked")
    private static <T> T normalised(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, "path".equals(k) && v instanceof String s && s.matches("(clusters|components|usecases)/.*")
                    ? TREE_PATH + s : normalised(v)));
            return (T) copy;
        }
        if (value instanceof List<?> l) {
            return (T) l.stream().map(ReferenceDiff::normalised).toList();
        }
        return REFERENCE_REPO.equals(value) ? (T) TREE_REPO : value;
    }
}

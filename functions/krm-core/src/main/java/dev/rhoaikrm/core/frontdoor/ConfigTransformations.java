package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.files.ContainedPath;
import dev.rhoaikrm.core.yaml.StrictYaml;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What a directory of plugin configs (listed under generators, transformers or validators) may do
 * to its configs after {@link KustomizationCheck} has read their files: patch them per cluster (the
 * platform tree patches a shared AppSetDiscovery intent this way), prefix, label, annotate, move to
 * a namespace. kustomize looks a plugin up by the kind a config had in its file (api/resource/resource.go
 * OrgId), which the check reads; it reads a KRM function from the config's current annotations
 * (kyaml/fn/runtime/runtimeutil GetFunctionSpec). So every text of these fields, and of the patch
 * files they name, is refused when it names a function or kustomize's internal annotations, and a
 * JSON patch may not touch kind or apiVersion (the lookup does not follow them today; the check
 * does not rely on it). Everything else a kustomization can do is refused there.
 */
final class ConfigTransformations {
    /** The fields allowed besides resources; each is checked here. */
    static final Set<String> FIELDS = Set.of("patches", "patchesStrategicMerge", "patchesJson6902", "namespace", "namePrefix",
            "nameSuffix", "commonLabels", "labels", "commonAnnotations");
    private static final List<String> MARKERS = List.of(KustomizationCheck.FUNCTION_ANNOTATIONS.get(0), KustomizationCheck.FUNCTION_ANNOTATIONS.get(1),
            KustomizationCheck.INTERNAL_ANNOTATIONS);

    private final Path root;
    private final Path dir;
    private final String fileName;
    private final Function<Path, String> names;
    private final List<KustomizationCheck.Problem> problems;

    ConfigTransformations(Path root, Path dir, String fileName, Function<Path, String> names, List<KustomizationCheck.Problem> problems) {
        this.root = root;
        this.dir = dir;
        this.fileName = fileName;
        this.names = names;
        this.problems = problems;
    }

    /** Checks one allowed field of the kustomization. */
    void check(String field, Node value) {
        if (!(value instanceof SequenceNode entries) || !field.startsWith("patches")) {
            scan(value, fileName, field);
            return;
        }
        for (int i = 0; i < entries.getValue().size(); i++) {
            Node entry = entries.getValue().get(i);
            String where = field + "[" + i + "]";
            if (entry instanceof ScalarNode s) {
                // patchesStrategicMerge: a path, or the patch itself
                if (s.getValue().indexOf('\n') >= 0 || !ContainedPath.resolve(root, dir, s.getValue()).ok()) {
                    patchText(s.getValue(), fileName, where);
                } else {
                    patchFile(s.getValue(), where);
                }
            } else if (entry instanceof MappingNode m) {
                // the target selector and options as they are; the patch as what it is
                m.getValue().stream().filter(t -> !(t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("patch")))
                        .forEach(t -> scan(t.getValueNode(), fileName, where));
                if (child(m, "patch") instanceof ScalarNode inline) {
                    patchText(inline.getValue(), fileName, where + ".patch");
                }
                if (child(m, "path") instanceof ScalarNode path) {
                    patchFile(path.getValue(), where + ".path");
                }
            }
        }
    }

    private void patchFile(String path, String where) {
        ContainedPath.Resolved file = ContainedPath.resolve(root, dir, path);
        if (!file.ok() || !Files.isRegularFile(file.path())) {
            problems.add(new KustomizationCheck.Problem(fileName, where, "\"" + path + "\" is not a file inside the repository"));
            return;
        }
        try {
            patchText(KustomizationCheck.read(file.path(), names.apply(file.path())), names.apply(file.path()), null);
        } catch (YamlInputException e) {
            problems.add(new KustomizationCheck.Problem(names.apply(file.path()), null, e.getMessage()));
        }
    }

    /** A patch: a strategic-merge object or a list of JSON patch operations. */
    private void patchText(String text, String file, String where) {
        List<Node> docs;
        try {
            docs = StrictYaml.documents(text, file);
        } catch (YamlInputException e) {
            problems.add(new KustomizationCheck.Problem(file, where, "a patch the plugin cannot check: " + e.getMessage()));
            return;
        }
        for (Node doc : docs) {
            scan(doc, file, where);
            if (doc instanceof SequenceNode ops) {
                for (Node op : ops.getValue()) {
                    for (String key : List.of("path", "from")) {
                        if (op instanceof MappingNode m && child(m, key) instanceof ScalarNode p
                                && (p.getValue().matches("/(kind|apiVersion)(/.*)?") || p.getValue().equals("") || p.getValue().equals("/"))) {
                            problems.add(new KustomizationCheck.Problem(file, where, "a patch of a plugin config may not change its"
                                    + " kind or apiVersion (" + key + ": " + p.getValue() + ")"));
                        }
                    }
                }
            }
        }
    }

    /** Every key and value of the tree, for the annotations that make kustomize run something else. */
    private void scan(Node node, String file, String where) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue().replace("~1", "/");
            for (String marker : MARKERS) {
                if (v.contains(marker)) {
                    problems.add(new KustomizationCheck.Problem(file, where, "sets " + marker + " on a plugin config: kustomize would run"
                            + " what it names (a KRM function) or find the plugin by it (its bookkeeping)"));
                    return;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> scan(n, file, where));
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                scan(t.getKeyNode(), file, where);
                scan(t.getValueNode(), file, where);
            }
        }
    }

    private static Node child(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }
}

package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.files.ContainedPath;
import dev.rhoaikrm.core.yaml.InputBytes;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.KptAnnotations;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.StrictYaml;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Everything kustomize would run for an application, checked before kustomize starts: the ArgoCD
 * plugin builds repositories that anyone with push access controls, and kustomize turns a plugin
 * config's apiVersion and kind into the path of a program without refusing ".."
 * (kubernetes-sigs/kustomize api/internal/plugins/loader/loader.go, AbsolutePluginPath: it joins
 * the plugin home, group, version, lower-case kind and kind), so {@code kind: ../../../../bin/sh}
 * runs a shell.
 *
 * <p>The walk follows what kustomize reads (api/internal/target/kusttarget.go): the kustomization
 * of every directory under resources, bases and components, and every plugin config under
 * generators, transformers and validators, be it a file, a directory (whose build output is the
 * configs) or an inline string. Each path must stay inside the repository, symbolic links
 * resolved ({@link ContainedPath}); each plugin config must be a kustomize builtin
 * ({@code apiVersion: builtin}, compiled into kustomize) or one of our intents, without a
 * {@code config.kubernetes.io/function} annotation (an exec or container KRM function). A
 * directory of plugin configs may only list its resources and patch, prefix, label, annotate or
 * namespace them, none of it touching a kind or a KRM function ({@link ConfigTransformations}). Helm charts are refused (kustomize would run helm). A remote base cannot be
 * checked: it is an error when any of our plugins is needed (kustomize then runs with exec plugins
 * on), and otherwise left to kustomize, which then runs with builtins only.
 *
 * <p>Other files a kustomization reads (patches, generator sources, openapi, crds, configurations)
 * need no check here: kustomize itself reads them only from below the kustomization's directory,
 * links resolved (api/internal/loader/loadrestrictions.go RestrictionRootOnly), and every such
 * directory is inside the repository.
 */
public final class KustomizationCheck {
    /** The file names kustomize accepts for a kustomization (api/konfig RecognizedKustomizationFileNames). */
    static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    /** The fields of a Kustomization (api/types/kustomization.go, v5.5.0 to v5.7.1). */
    static final Set<String> FIELDS = Set.of("apiVersion", "kind", "metadata", "openapi", "namePrefix", "nameSuffix",
            "namespace", "commonLabels", "labels", "commonAnnotations", "patchesStrategicMerge", "patchesJson6902", "patches",
            "images", "imageTags", "replacements", "replicas", "vars", "sortOptions", "resources", "components", "crds", "bases",
            "configMapGenerator", "secretGenerator", "helmGlobals", "helmCharts", "helmChartInflationGenerator",
            "generatorOptions", "configurations", "generators", "transformers", "validators", "buildMetadata");
    private static final Set<String> HELM_FIELDS = Set.of("helmGlobals", "helmCharts", "helmChartInflationGenerator");
    /** What a directory listed under generators, transformers or validators may hold besides {@link ConfigTransformations#FIELDS}. */
    private static final Set<String> CONFIG_DIRECTORY_FIELDS = Set.of("apiVersion", "kind", "metadata", "resources", "bases");
    private static final List<String> PLUGIN_FIELDS = List.of("generators", "transformers", "validators");
    /** The annotations that make a plugin config a KRM function (kyaml/fn/runtime/runtimeutil GetFunctionSpec). */
    static final List<String> FUNCTION_ANNOTATIONS = List.of(KptAnnotations.FUNCTION, KptAnnotations.LEGACY_FUNCTION);
    /**
     * kustomize's bookkeeping (api/konfig ConfigAnnoDomain): previousKinds sets the original id that
     * the plugin loader looks a plugin up by, whatever the config's kind says.
     */
    static final String INTERNAL_ANNOTATIONS = "internal.config.kubernetes.io/";
    /** kustomize's builtin plugins: apiVersion "builtin" and no group (loader.go isBuiltinPlugin). */
    static final String BUILTIN = "builtin";
    private static final Pattern BUILTIN_KIND = Pattern.compile("[A-Za-z]+");
    /**
     * What kustomize takes for a remote location rather than a path (api/internal/git/repospec.go
     * NewRepoSpecFromURL, api/loader IsRemoteFile): a scheme, an SCP-style user@, or github.com.
     */
    private static final Pattern REMOTE = Pattern.compile("(?i)(git::)?((ssh|https?|file)://|[a-z][a-z0-9-]*@|github\\.com[/:]).*",
            Pattern.DOTALL);
    /** More kustomizations than any repository holds: a loop the visited set did not catch, or an attack. */
    private static final int MAX_KUSTOMIZATIONS = 10_000;

    /** One thing that stops the build: the file (relative to the repository), the field and why. */
    public record Problem(String file, String field, String message) {
        public String toLine() {
            return file + (field == null ? "" : ": " + field) + ": " + message;
        }
    }

    /** What the walk found. */
    public record Outcome(List<Problem> problems, boolean usesOurPlugins) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private enum Role { RESOURCES, PLUGIN_CONFIGS }

    private final Path root;
    private final String ourApiVersion;
    private final Set<String> ourKinds;
    private final List<Problem> problems = new ArrayList<>();
    /** Remote entries: an error only when our plugins turn exec plugins on. */
    private final List<Problem> remote = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private boolean usesOurPlugins;

    private KustomizationCheck(Path root, String ourApiVersion, Set<String> ourKinds) {
        this.root = root;
        this.ourApiVersion = ourApiVersion;
        this.ourKinds = ourKinds;
    }

    /**
     * Walks the kustomization in {@code appDir}.
     *
     * @param root          the repository: nothing outside it is read
     * @param ourApiVersion the intents' apiVersion (rhoai-krm.dev/v1alpha1)
     * @param ourKinds      the kinds our functions expand, from the function list
     */
    public static Outcome run(Path appDir, Path root, String ourApiVersion, Set<String> ourKinds) {
        Path realRoot = ContainedPath.real(root);
        Path realApp = ContainedPath.real(appDir);
        KustomizationCheck check = new KustomizationCheck(realRoot, ourApiVersion, ourKinds);
        if (realRoot == null || realApp == null || !realApp.startsWith(realRoot)) {
            check.problems.add(new Problem(".", null, "the application directory is not inside the repository"));
        } else {
            check.kustomization(realApp, Role.RESOURCES, ".");
        }
        List<Problem> all = new ArrayList<>(check.problems);
        if (check.usesOurPlugins) {
            all.addAll(check.remote);
        }
        return new Outcome(List.copyOf(all), check.usesOurPlugins);
    }

    private String name(Path p) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    private void kustomization(Path dir, Role role, String referencedAs) {
        if (!visited.add(dir + "|" + role)) {
            return; // kustomize refuses cycles itself; a diamond is read once
        }
        if (visited.size() > MAX_KUSTOMIZATIONS) {
            throw new YamlInputException("more than " + MAX_KUSTOMIZATIONS + " kustomizations reached from the application", name(dir), -1);
        }
        List<String> found = FILE_NAMES.stream().filter(n -> Files.exists(dir.resolve(n), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        if (found.size() != 1) {
            problems.add(new Problem(name(dir), null, found.isEmpty()
                    ? "no kustomization.yaml in the directory " + referencedAs + " names"
                    : "more than one kustomization file (" + String.join(", ", found) + "); kustomize refuses that too"));
            return;
        }
        ContainedPath.Resolved file = ContainedPath.resolve(root, dir, found.get(0));
        String fileName = name(dir.resolve(found.get(0)));
        if (!file.ok()) {
            problems.add(new Problem(fileName, null, describe(file.problem(), found.get(0))));
            return;
        }
        MappingNode k = readKustomization(file.path(), fileName);
        if (k == null) {
            return;
        }
        for (NodeTuple t : k.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!FIELDS.contains(key)) {
                String folded = FIELDS.stream().filter(f -> f.equalsIgnoreCase(key)).findFirst().orElse(null);
                problems.add(new Problem(fileName, key, folded != null
                        ? "kustomize reads this as " + folded + " (its JSON decoder ignores case); write " + folded
                        : "not a kustomization field"));
            } else if (HELM_FIELDS.contains(key)) {
                problems.add(new Problem(fileName, key, "the plugin does not inflate Helm charts (kustomize would run helm);"
                        + " render the chart with an ArgoCD Helm source"));
            } else if (role == Role.PLUGIN_CONFIGS && ConfigTransformations.FIELDS.contains(key)) {
                new ConfigTransformations(root, dir, fileName, this::name, problems).check(key, t.getValueNode());
            } else if (role == Role.PLUGIN_CONFIGS && !CONFIG_DIRECTORY_FIELDS.contains(key)) {
                problems.add(new Problem(fileName, key, "a directory listed under generators, transformers or validators may only"
                        + " list, patch, prefix, label, annotate or namespace its resources: its build output is the plugin configs, and "
                        + key + " could change them after this check"));
            }
        }
        for (String field : List.of("resources", "bases")) {
            entries(k, field, fileName).forEach(e -> entry(dir, e, role, fileName));
        }
        for (Entry e : entries(k, "components", fileName)) {
            component(dir, e, fileName);
        }
        for (String field : PLUGIN_FIELDS) {
            for (Entry e : entries(k, field, fileName)) {
                pluginEntry(dir, e, fileName);
            }
        }
    }

    /** One list entry, with the field path that names it in messages. */
    private record Entry(String field, String value) {
    }

    private List<Entry> entries(MappingNode k, String field, String fileName) {
        Node value = child(k, field);
        if (value == null || value instanceof ScalarNode s && s.getValue().isEmpty() && s.isPlain()) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            problems.add(new Problem(fileName, field, "must be a list of strings"));
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            if (item instanceof ScalarNode s) {
                out.add(new Entry(field + "[" + i + "]", s.getValue()));
            } else {
                problems.add(new Problem(fileName, field + "[" + i + "]", "must be a string"));
            }
        }
        return out;
    }

    /** A resource: a file (read as objects by kustomize, nothing to run) or a directory with a kustomization. */
    private void entry(Path dir, Entry e, Role role, String fileName) {
        Path target = local(dir, e, fileName);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            kustomization(target, role, fileName + " " + e.field());
        } else if (role == Role.PLUGIN_CONFIGS) {
            configFile(target, fileName + " " + e.field());
        }
    }

    private void component(Path dir, Entry e, String fileName) {
        Path target = local(dir, e, fileName);
        if (target == null) {
            return;
        }
        if (!Files.isDirectory(target)) {
            problems.add(new Problem(fileName, e.field(), "\"" + e.value() + "\" is not a directory (a component is a directory"
                    + " with a kustomization of kind Component)"));
            return;
        }
        kustomization(target, Role.RESOURCES, fileName + " " + e.field());
    }

    /**
     * A generators, transformers or validators entry: kustomize first tries it as inline YAML
     * (kusttarget.go configureExternalGenerators) and else as a path. Both readings are checked.
     */
    private void pluginEntry(Path dir, Entry e, String fileName) {
        List<Node> inline;
        try {
            inline = inlineConfigs(e.value());
        } catch (YamlInputException unreadable) {
            problems.add(new Problem(fileName, e.field(), "an inline plugin config the plugin cannot check: " + unreadable.getMessage()));
            return;
        }
        if (inline != null) {
            for (Node config : inline) {
                config(config, fileName, e.field(), e.field());
            }
            if (e.value().indexOf('\n') >= 0 || !ContainedPath.resolve(root, dir, e.value()).ok()) {
                return; // no file of that name: it is only inline
            }
        }
        entry(dir, e, Role.PLUGIN_CONFIGS, fileName);
    }

    /**
     * The objects of an inline entry; null when it is not YAML objects (kustomize then reads it as a
     * path). An entry that looks like YAML but is not readable here is refused (YamlInputException).
     */
    private static List<Node> inlineConfigs(String value) {
        try {
            List<Node> docs = StrictYaml.documents(value, "inline");
            return !docs.isEmpty() && docs.stream().allMatch(d -> d instanceof MappingNode) ? docs : null;
        } catch (YamlInputException e) {
            if (value.indexOf('\n') >= 0 || value.contains(":") || value.startsWith("{")) {
                throw e;
            }
            return null;
        }
    }

    /** A local path inside the repository, or null (with a problem, or a remote entry noted). */
    private Path local(Path dir, Entry e, String fileName) {
        String v = e.value();
        if (v.isEmpty()) {
            problems.add(new Problem(fileName, e.field(), "empty"));
            return null;
        }
        if (REMOTE.matcher(v).matches()) {
            if (v.toLowerCase(Locale.ROOT).replaceFirst("^git::", "").startsWith("file://")) {
                problems.add(new Problem(fileName, e.field(), "\"" + v + "\" is a repository outside this one (file://); refused"));
            } else {
                remote.add(new Problem(fileName, e.field(), "\"" + v + "\" is remote: the plugin cannot check what it runs, so a remote"
                        + " base or plugin config is refused when rhoai-krm intents are generated through kustomize"));
            }
            return null;
        }
        if (v.startsWith("/")) {
            problems.add(new Problem(fileName, e.field(), "\"" + v + "\" is an absolute path; name a path inside the repository,"
                    + " relative to the kustomization"));
            return null;
        }
        ContainedPath.Resolved r = ContainedPath.resolve(root, dir, v);
        if (r.ok()) {
            return r.path();
        }
        if (r.problem() == ContainedPath.Problem.MISSING) {
            // kustomize would try it as a remote base; whether that is allowed depends on our plugins
            remote.add(new Problem(fileName, e.field(), "\"" + v + "\" is neither a file nor a directory of the repository"));
            return null;
        }
        problems.add(new Problem(fileName, e.field(), describe(r.problem(), v)));
        return null;
    }

    private static String describe(ContainedPath.Problem problem, String path) {
        return switch (problem) {
            case OUTSIDE -> "\"" + path + "\" leads outside the repository (through .. or a symbolic link); refused";
            case LOOP -> "\"" + path + "\" is a loop of symbolic links";
            case MISSING -> "\"" + path + "\" does not exist";
        };
    }

    private void configFile(Path file, String referencedAs) {
        String fileName = name(file);
        List<Node> docs;
        try {
            docs = StrictYaml.documents(read(file, fileName), fileName);
        } catch (YamlInputException e) {
            problems.add(new Problem(fileName, null, e.getMessage() + " (a plugin config, listed in " + referencedAs + ")"));
            return;
        }
        for (int i = 0; i < docs.size(); i++) {
            config(docs.get(i), fileName, docs.size() == 1 ? null : "documents[" + i + "]", referencedAs);
        }
    }

    /** One plugin config: a kustomize builtin or our intent, and no KRM function. */
    private void config(Node node, String fileName, String where, String referencedAs) {
        String prefix = where == null ? "" : where + ".";
        if (!(node instanceof MappingNode map)) {
            problems.add(new Problem(fileName, where, (node instanceof ScalarNode s ? s.getValue() : "not an object")
                    + " (plugin configs are objects)"));
            return;
        }
        String apiVersion = scalar(map, "apiVersion");
        String kind = scalar(map, "kind");
        boolean builtin = BUILTIN.equals(apiVersion) && kind != null && BUILTIN_KIND.matcher(kind).matches();
        boolean ours = ourApiVersion.equals(apiVersion) && ourKinds.contains(kind);
        if (builtin && kind.equals("HelmChartInflationGenerator")) {
            problems.add(new Problem(fileName, prefix + "kind", "the plugin does not inflate Helm charts (kustomize would run helm)"));
        } else if (!builtin && !ours) {
            problems.add(new Problem(fileName, prefix + (ourApiVersion.equals(apiVersion) || BUILTIN.equals(apiVersion) ? "kind" : "apiVersion"),
                    "apiVersion " + quote(apiVersion) + " and kind " + quote(kind) + " name neither a kustomize builtin (apiVersion: builtin)"
                    + " nor a rhoai-krm intent (" + ourApiVersion + ": " + String.join(", ", ourKinds.stream().sorted().toList())
                    + "); the plugin runs no other generator, transformer or validator (listed in " + referencedAs + ")"));
        }
        MappingNode metadata = child(map, "metadata") instanceof MappingNode m ? m : null;
        MappingNode annotations = metadata != null && child(metadata, "annotations") instanceof MappingNode a ? a : null;
        for (NodeTuple t : annotations == null ? List.<NodeTuple>of() : annotations.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (FUNCTION_ANNOTATIONS.contains(key)) {
                problems.add(new Problem(fileName, prefix + "metadata.annotations." + key,
                        "a KRM function (exec or container) in a plugin config; the plugin runs none"));
            } else if (key.startsWith(INTERNAL_ANNOTATIONS)) {
                problems.add(new Problem(fileName, prefix + "metadata.annotations." + key, "kustomize's own bookkeeping, which no"
                        + " file may set: kustomize finds a plugin by the kind previousKinds records (api/resource/resource.go OrgId)"));
            }
        }
        usesOurPlugins |= ours;
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "\"" + s + "\"";
    }

    private MappingNode readKustomization(Path file, String fileName) {
        List<Node> docs;
        try {
            docs = StrictYaml.documents(read(file, fileName), fileName);
        } catch (YamlInputException e) {
            problems.add(new Problem(fileName, null, e.getMessage()));
            return null;
        }
        if (docs.size() != 1 || !(docs.get(0) instanceof MappingNode map)) {
            problems.add(new Problem(fileName, null, "a kustomization must be one YAML mapping"));
            return null;
        }
        return map;
    }

    static String read(Path file, String fileName) {
        return SourceText.decode(InputBytes.readFile(file, InputLimits.DEFAULT.maxBytes(), fileName), fileName, InputLimits.DEFAULT).text();
    }

    private static Node child(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(MappingNode map, String key) {
        return child(map, key) instanceof ScalarNode s ? s.getValue() : null;
    }
}

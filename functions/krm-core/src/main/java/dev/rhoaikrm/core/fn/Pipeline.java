package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.intent.Binding;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.trace.Trace;
import dev.rhoaikrm.core.yaml.KptAnnotations;
import dev.rhoaikrm.core.yaml.ObjectSummary;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one code path behind every front door: find the intents, bind them, expand them, check the
 * result, and decide what goes out. Front doors differ only in how they read and write.
 */
public final class Pipeline {
    /** The API group of every intent. */
    public static final String INTENT_GROUP = "rhoai-krm.dev";
    /** The apiVersion of every intent (and of their kustomize plugin configs). */
    public static final String INTENT_API_VERSION = INTENT_GROUP + "/v1alpha1";
    /** Marks what a function generated, so that the next run replaces it instead of adding to it. */
    public static final String GENERATED_BY = "rhoai-krm.dev/generated-by";
    /** On an intent: the directory (relative to the intent's file) its generated files go to. */
    public static final String OUTPUT_DIR = "rhoai-krm.dev/output-dir";
    /**
     * Annotations Helm reads on the objects it applies, copied from an intent onto every object it
     * generates: the intent is never applied, its objects stand in for it. Helm 4 regroups the
     * post-rendered stream by the template file (pkg/action/action.go, splitAndDeannotate, v4.1.4), and
     * hooks reach a Helm 4 post-renderer: an intent that is a hook makes hooks, not release manifests
     * (pkg/release/v1/hook.go HookAnnotation, HookWeightAnnotation, HookDeleteAnnotation,
     * HookOutputLogAnnotation); the resource policy keeps objects on uninstall
     * (pkg/kube/resource_policy.go ResourcePolicyAnno). Helm 3 pipes no hooks to a post-renderer.
     */
    static final List<String> HELM_ANNOTATIONS = List.of("postrenderer.helm.sh/postrender-filename", "helm.sh/hook",
            "helm.sh/hook-weight", "helm.sh/hook-delete-policy", "helm.sh/hook-output-log-policy", "helm.sh/resource-policy");

    private final FunctionSet functions;

    /** A run of these functions, and only them (tests; rendering an imported intent). */
    public Pipeline(List<KrmFunction> functions, boolean allFunctions) {
        this(FunctionSet.of(functions, allFunctions));
    }

    public Pipeline(FunctionSet functions) {
        this.functions = functions;
    }

    /** The functions this pipeline knows (cmp-generate admits their kinds and lays out their plugins). */
    public FunctionSet functions() {
        return functions;
    }

    /**
     * Runs the functions over the input in two phases. Phase 1: every intent of every known
     * function is bound, and each that binds publishes its facts ({@link KrmFunction#publish}).
     * Phase 2: the running functions expand their intents, reading other intents' facts by type
     * ({@link Expansion#facts()}); then the generated objects are checked for collisions. Results
     * come out function by function, intent by intent, as each intent is reached in phase 2.
     */
    public Outcome run(List<SourceObject> items, Optional<SourceObject> functionConfig, Environment env, OutputForm form) {
        Results results = new Results();
        Inputs inputs = new Inputs(items);
        List<GeneratedObject> generated = new ArrayList<>();
        Set<SourceObject> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        PluginStream stream = form == OutputForm.PLUGIN ? new PluginStream(items) : null;
        Set<String> expandedNow = new HashSet<>();
        try {
            if (form.manifests()) {
                checkObjects(items, results);
            }
            checkKnownKinds(items, results);
            Map<SourceObject, IntentSchema.Bound> bindings = new IdentityHashMap<>();
            Facts facts = publish(items, functionConfig, inputs, env, bindings);
            Trace.mark("pipeline: facts published");
            for (KrmFunction f : functions.running()) {
                int errorsBefore = results.errorCount();
                List<Intent> expanded = new ArrayList<>();
                for (SourceObject source : intentsOf(f, items, functionConfig, results)) {
                    if (stream != null && !isConfig(source, functionConfig) && stream.expandedUpstream(f, source)) {
                        recheck(f, source, bindings.get(source), inputs, env, facts, results, stream, items);
                        continue;
                    }
                    expandedNow.add(f.name() + "/" + source.summary().name());
                    Optional<Intent> intent = expand(f, source, bindings.get(source), inputs, env, facts, results, generated, consumed);
                    if (intent.isPresent()) {
                        expanded.add(intent.get());
                    }
                }
                if (!expanded.isEmpty() && results.errorCount() == errorsBefore) {
                    Expansion joint = new Expansion(expanded.get(0), inputs, env, facts, this, results);
                    f.expandTogether(List.copyOf(expanded), joint);
                    collect(f, expanded.get(0), joint, results.errorCount() > errorsBefore, generated, consumed, results);
                }
            }
            if (stream != null) {
                recheckOthers(items, bindings, inputs, env, facts, results, stream);
            }
        } catch (YamlInputException e) {
            results.add(new dev.rhoaikrm.core.result.Result(dev.rhoaikrm.core.result.Severity.ERROR,
                    e.getMessage(), null, null, e.file(), 0));
        }
        Trace.mark("pipeline: expansions done");
        List<SourceObject> kept = new ArrayList<>(items.size());
        for (SourceObject o : items) {
            if (!isStale(o, stream == null ? null : expandedNow)) {
                kept.add(o);
            }
        }
        checkCollisions(generated, kept, results);
        strictMode(env, results);
        if (results.hasErrors()) {
            List<Outcome.Out> unchanged = new ArrayList<>(items.size());
            for (SourceObject o : items) {
                unchanged.add(new Outcome.Passed(o));
            }
            return new Outcome(unchanged, results);
        }
        List<Outcome.Out> out = new ArrayList<>();
        for (SourceObject o : kept) {
            boolean intent = INTENT_GROUP.equals(o.summary().group());
            if (form == OutputForm.KRM || !intent && !consumed.contains(o)) {
                out.add(stream == null ? new Outcome.Passed(o) : stream.out(o));
            } else if (stream != null && intent && PluginStream.localConfig(o)) {
                out.add(new Outcome.Passed(o)); // for the plugins after this one; kustomize drops it from the build's output
            }
        }
        Map<String, Integer> perFile = new HashMap<>();
        for (GeneratedObject g : generated) {
            String path = outputPath(g);
            int index = perFile.getOrDefault(path, 0);
            perFile.put(path, index + 1);
            out.add(new Outcome.Made(g, path, index));
        }
        if (stream != null && functionConfig.isPresent() && PluginStream.localConfig(functionConfig.get())
                && !anyIsConfig(kept, functionConfig)) {
            out.add(new Outcome.Passed(functionConfig.get())); // last: for the plugins after this one
        }
        return new Outcome(out, results);
    }

    private static boolean anyIsConfig(List<SourceObject> objects, Optional<SourceObject> functionConfig) {
        for (SourceObject o : objects) {
            if (isConfig(o, functionConfig)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phase 1 over {@code items}: binds the intents of every known function whose kind occurs
     * (building only those functions), lets each bound intent publish its facts, and keeps each
     * binding for phase 2. Nothing is reported: a running function reports its own intents'
     * problems in phase 2, and another function's intent is that function's to report.
     */
    private Facts publish(List<SourceObject> items, Optional<SourceObject> functionConfig, Inputs inputs, Environment env,
                          Map<SourceObject, IntentSchema.Bound> bindings) {
        Facts.Builder facts = new Facts.Builder();
        Set<String> present = new HashSet<>();
        for (SourceObject o : items) {
            if (INTENT_GROUP.equals(o.summary().group())) {
                present.add(o.summary().kind());
            }
        }
        if (functionConfig.isPresent()) {
            present.add(functionConfig.get().summary().kind());
        }
        Results ignored = new Results();
        for (String kind : functions.kinds()) {
            if (!present.contains(kind)) {
                continue;
            }
            KrmFunction f = functions.forKind(kind).orElseThrow();
            for (SourceObject source : intentsOf(f, items, functionConfig, ignored)) {
                IntentRef ref = new IntentRef(kind, source.summary().name(), source);
                facts.intent(ref);
                Publication publication = new Publication(ref, inputs, env);
                try {
                    IntentSchema.Bound bound = f.schema().bind(source.tree(), env.cluster());
                    Trace.mark("bound", source.summary());
                    bindings.put(source, bound);
                    if (bound.ok()) {
                        f.publish(new Intent(source, source.summary().name(), bound.spec()), publication);
                    } else {
                        publication.hasErrors();
                    }
                } catch (YamlInputException e) {
                    // unreadable YAML: its own function reports it when it reaches the intent (phase 2)
                    publication.hasErrors();
                    bindings.remove(source);
                }
                publication.into(facts);
            }
        }
        return facts.build();
    }

    /**
     * Phase 1 alone, over other objects than the run's input: the facts of the intents among
     * {@code objects}. The hook for facts from another source (an intent in another file of the
     * repository, referenced by path): see {@link Facts}.
     */
    public Facts publish(List<SourceObject> objects, Environment env) {
        return publish(objects, Optional.empty(), new Inputs(objects), env, new IdentityHashMap<>());
    }

    /** In strict mode (the environment says so) warnings are errors; a malformed switch is an error too. */
    private static void strictMode(Environment env, Results results) {
        try {
            if (env.strict()) {
                results.warningsAsErrors("strict mode: " + Environment.STRICT + "=true");
            }
        } catch (IllegalArgumentException e) {
            results.add(dev.rhoaikrm.core.result.Result.error(e.getMessage()));
        }
    }

    /**
     * Plain manifests go to a cluster, so every one must be a Kubernetes object. (In a kpt package
     * the function leaves such judgement to kpt: a Kustomization there has no name, legitimately.)
     */
    private void checkObjects(List<SourceObject> items, Results results) {
        List<KrmFunction> running = functions.running();
        for (SourceObject o : items) {
            ObjectSummary s = o.summary();
            if (isIntentOfAny(s, running)) {
                continue; // binding checks an intent's metadata field by field; one result per problem
            }
            if (s.apiVersion() == null || s.apiVersion().isEmpty()) {
                results.error(o, "apiVersion", "the object has no apiVersion");
            } else if (s.kind() == null || s.kind().isEmpty()) {
                results.error(o, "kind", "the object has no kind");
            } else if ((s.name() == null || s.name().isEmpty()) && !s.kind().endsWith("List")) {
                results.error(o, "metadata.name", "the object has no name");
            }
        }
    }

    private void checkKnownKinds(List<SourceObject> items, Results results) {
        if (!functions.everyFunctionRuns()) {
            return;
        }
        Set<String> known = new HashSet<>(functions.kinds());
        for (SourceObject o : items) {
            if (INTENT_GROUP.equals(o.summary().group()) && !known.contains(o.summary().kind())) {
                results.error(o, "kind", "no rhoai-krm function handles kind \"" + o.summary().kind()
                        + "\" (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /**
     * An object a running function generated before, which this run generates again. In a kustomize
     * plugin's stream ({@code expandedNow} given) only the objects of the intents expanded now: an
     * earlier plugin's objects stay, with whatever the plugins between did to them.
     */
    private boolean isStale(SourceObject o, Set<String> expandedNow) {
        String by = o.summary().annotation(GENERATED_BY);
        return by != null && by.indexOf('/') > 0 && functions.runs(by.substring(0, by.indexOf('/')))
                && (expandedNow == null || expandedNow.contains(by));
    }

    /** Whether {@code o} is the plugin's own config intent (kustomize may also list it among the resources). */
    private static boolean isConfig(SourceObject o, Optional<SourceObject> functionConfig) {
        return functionConfig.isPresent() && (o == functionConfig.get() || Objects.equals(o.summary().kind(), functionConfig.get().summary().kind())
                && INTENT_GROUP.equals(o.summary().group()) && sameName(o.summary(), functionConfig.get().summary()));
    }

    /**
     * Checks again an intent an earlier plugin of the build expanded, with this run's facts: its
     * problems are reported (an error stops the build), its objects stay as the stream has them but
     * for the checks they name as skipped ({@link PluginStream#reconcile}).
     */
    private void recheck(KrmFunction f, SourceObject source, IntentSchema.Bound bound, Inputs inputs, Environment env, Facts facts,
                         Results results, PluginStream stream, List<SourceObject> items) {
        if (bound == null || !bound.ok()) {
            return; // the plugin that expanded it reported its binding problems
        }
        Intent intent = new Intent(source, source.summary().name(), bound.spec());
        Expansion check = new Expansion(intent, inputs, env, facts, this, results);
        f.expand(intent, check);
        stream.reconcile(f, intent, check.emitted(), items);
    }

    /** {@link #recheck} for the intents in the stream of the functions known here but not running. */
    private void recheckOthers(List<SourceObject> items, Map<SourceObject, IntentSchema.Bound> bindings, Inputs inputs, Environment env,
                               Facts facts, Results results, PluginStream stream) {
        for (SourceObject o : items) {
            if (!INTENT_GROUP.equals(o.summary().group())) {
                continue;
            }
            Optional<KrmFunction> f = functions.forKind(o.summary().kind());
            if (f.isPresent() && !functions.runs(f.get().name()) && stream.expandedUpstream(f.get(), o)) {
                recheck(f.get(), o, bindings.get(o), inputs, env, facts, results, stream, items);
            }
        }
    }

    /** Whether {@code s} is an intent of one of {@code functions} (a loop: see docs/ARCHITECTURE.md, One run). */
    private static boolean isIntentOfAny(ObjectSummary s, List<KrmFunction> functions) {
        for (KrmFunction f : functions) {
            if (isIntent(s, f.schema())) {
                return true;
            }
        }
        return false;
    }

    /** The function's intents: its kind among the items, plus functionConfig unless it is one of them. */
    private List<SourceObject> intentsOf(KrmFunction f, List<SourceObject> items, Optional<SourceObject> functionConfig,
                                         Results results) {
        IntentSchema schema = f.schema();
        List<SourceObject> intents = new ArrayList<>();
        for (SourceObject o : items) {
            if (isIntent(o.summary(), schema)) {
                intents.add(o);
            }
        }
        // kpt's configPath and kustomize's transformer config also arrive as an item: one intent,
        // unless the item says something else (then the config would silently lose to it)
        if (functionConfig.isPresent() && isIntent(functionConfig.get().summary(), schema)) {
            SourceObject fc = functionConfig.get();
            SourceObject item = null;
            for (SourceObject i : intents) {
                if (sameName(i.summary(), fc.summary())) {
                    item = i;
                    break;
                }
            }
            if (item == null) {
                intents.add(fc);
            } else if (!sameSpec(item, fc)) {
                results.error(item, "metadata.name", "two " + schema.kind() + " intents are named \"" + fc.summary().name()
                        + "\" (the other is the function config" + (fc.file() == null || fc.file().startsWith("<") ? "" : ", " + fc.file())
                        + ", which says something else); names must be unique");
            }
        }
        Map<String, SourceObject> byName = new LinkedHashMap<>();
        List<SourceObject> unique = new ArrayList<>();
        for (SourceObject i : intents) {
            SourceObject first = byName.putIfAbsent(String.valueOf(i.summary().name()), i);
            if (first != null) {
                results.error(i, "metadata.name", "two " + schema.kind() + " intents are named \"" + i.summary().name()
                        + "\" (the other is in " + first.file() + "); names must be unique");
            } else {
                unique.add(i);
            }
        }
        return unique;
    }

    private static boolean isIntent(ObjectSummary s, IntentSchema schema) {
        return schema.kind().equals(s.kind()) && INTENT_GROUP.equals(s.group());
    }

    private static boolean sameName(ObjectSummary a, ObjectSummary b) {
        return a.name() != null && a.name().equals(b.name());
    }

    /** Whether two intents of one kind and name ask for the same (kustomize may have added labels or a namespace). */
    private static boolean sameSpec(SourceObject a, SourceObject b) {
        return Objects.equals(a.toMap().get("spec"), b.toMap().get("spec"));
    }

    /** Expands one intent, bound in phase 1; the intent when that went without error. */
    private Optional<Intent> expand(KrmFunction f, SourceObject source, IntentSchema.Bound bound, Inputs inputs, Environment env,
                                    Facts facts, Results results, List<GeneratedObject> generated, Set<SourceObject> consumed) {
        if (bound == null) { // phase 1 could not read its YAML: reading it again reports why, here, as it always did
            bound = f.schema().bind(source.tree(), env.cluster());
        }
        if (!bound.ok()) {
            for (Binding.Problem p : bound.problems()) {
                results.error(source, p.path(), p.message());
            }
            return Optional.empty();
        }
        for (Binding.Problem note : bound.notes()) {
            results.warning(source, note.path(), note.message());
        }
        String outDir = source.summary().annotation(OUTPUT_DIR);
        if (outDir != null && (outDir.startsWith("/") || List.of(outDir.split("/")).contains(".."))) {
            results.error(source, "metadata.annotations." + OUTPUT_DIR, "\"" + outDir
                    + "\" must be a relative path inside the package (no leading / and no ..)");
            return Optional.empty();
        }
        Intent intent = new Intent(source, source.summary().name(), bound.spec());
        Expansion expansion = new Expansion(intent, inputs, env, facts, this, results);
        int errorsBefore = results.errorCount();
        f.expand(intent, expansion);
        Trace.mark("expanded", source.summary());
        boolean failed = results.errorCount() > errorsBefore;
        collect(f, intent, expansion, failed, generated, consumed, results);
        return failed || results.errorCount() > errorsBefore ? Optional.empty() : Optional.of(intent);
    }

    /** What an expansion emitted becomes generated objects of {@code intent} (nothing when it failed). */
    private static void collect(KrmFunction f, Intent intent, Expansion expansion, boolean failed,
                                List<GeneratedObject> generated, Set<SourceObject> consumed, Results results) {
        if (failed) {
            return;
        }
        consumed.addAll(expansion.consumed());
        SourceObject source = intent.source();
        for (Map<String, Object> object : expansion.emitted()) {
            Map<String, Object> annotations = Manifests.annotationsOf(object);
            for (String key : annotations.keySet()) {
                if (KptAnnotations.isToolingOnly(key)) {
                    results.error(source, null, "asks for the annotation " + key + " on " + object.get("kind") + "/"
                            + Manifests.metadataOf(object).get("name") + ": kpt and kustomize read it as their own (file bookkeeping, a KRM function"
                            + " to run, an object to drop), not as the object's; remove it from the intent");
                    return;
                }
            }
            annotations.put(GENERATED_BY, f.name() + "/" + intent.name());
            for (String helm : HELM_ANNOTATIONS) {
                String value = source.summary().annotation(helm);
                if (value != null) {
                    annotations.put(helm, value);
                }
            }
            Map<String, Object> canonical = Manifests.canonical(object);
            generated.add(new GeneratedObject(canonical, summarize(canonical), intent, f));
        }
    }

    @SuppressWarnings("unchecked")
    private static ObjectSummary summarize(Map<String, Object> object) {
        Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
        return ObjectSummary.of((String) object.get("apiVersion"), (String) object.get("kind"),
                (String) metadata.get("name"), (String) metadata.get("namespace"), Map.of());
    }

    private static void checkCollisions(List<GeneratedObject> generated, List<SourceObject> kept, Results results) {
        Map<String, GeneratedObject> seen = new HashMap<>();
        Map<String, SourceObject> handWritten = new HashMap<>();
        for (SourceObject o : kept) {
            if (o.summary().isKubernetesObject()) {
                handWritten.putIfAbsent(o.summary().identity(), o);
            }
        }
        for (GeneratedObject g : generated) {
            String id = g.summary().identity();
            GeneratedObject twin = seen.putIfAbsent(id, g);
            SourceObject source = g.intent().source();
            if (twin != null) {
                results.error(source, null, "generates " + describe(g.summary()) + ", which "
                        + twin.intent().source().summary() + " generates too");
            }
            SourceObject hand = handWritten.get(id);
            if (hand != null) {
                results.error(source, null, "generates " + describe(g.summary()) + ", which collides with the object in "
                        + hand.file() + "; remove one of them");
            }
        }
    }

    private static String describe(ObjectSummary s) {
        return s.kind() + "/" + s.name() + (s.namespace() == null ? "" : " in namespace " + s.namespace());
    }

    /** Default: generated/INTENT/KIND_NAME.yaml beside the intent's file; the intent may name another directory. */
    private static String outputPath(GeneratedObject g) {
        SourceObject source = g.intent().source();
        String intentPath = source.file();
        String dir = intentPath == null || !intentPath.contains("/") ? "" : intentPath.substring(0, intentPath.lastIndexOf('/') + 1);
        String outDir = source.summary().annotation(OUTPUT_DIR);
        if (outDir == null || outDir.isBlank()) {
            outDir = "generated/" + g.intent().name();
        }
        outDir = outDir.endsWith("/") ? outDir : outDir + "/";
        return dir + outDir + g.summary().kind().toLowerCase(Locale.ROOT) + "_" + g.summary().name() + ".yaml";
    }
}

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
import java.util.Optional;
import java.util.Set;

/**
 * The one code path behind every front door: find the intents, bind them, expand them, check the
 * result, and decide what goes out. Front doors differ only in how they read and write.
 */
public final class Pipeline {
    /** The API group of every intent. */
    public static final String INTENT_GROUP = "rhoai-krm.dev";
    /** Marks what a function generated, so that the next run replaces it instead of adding to it. */
    public static final String GENERATED_BY = "rhoai-krm.dev/generated-by";
    /** On an intent: the directory (relative to the intent's file) its generated files go to. */
    public static final String OUTPUT_DIR = "rhoai-krm.dev/output-dir";
    private static final String HELM_FILENAME = "postrenderer.helm.sh/postrender-filename";

    private final List<KrmFunction> functions;
    private final boolean allFunctions;

    /**
     * @param allFunctions true when every function of the product runs (the rhoai-krm CLI): an
     *                     intent kind none of them knows is then an error, not someone else's intent
     */
    public Pipeline(List<KrmFunction> functions, boolean allFunctions) {
        this.functions = List.copyOf(functions);
        this.allFunctions = allFunctions;
    }

    public List<KrmFunction> functions() {
        return functions;
    }

    public Outcome run(List<SourceObject> items, Optional<SourceObject> functionConfig, Environment env, OutputForm form) {
        Results results = new Results();
        Inputs inputs = new Inputs(items);
        List<GeneratedObject> generated = new ArrayList<>();
        Set<SourceObject> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            if (form == OutputForm.MANIFESTS) {
                checkObjects(items, results);
            }
            checkKnownKinds(items, results);
            for (KrmFunction f : functions) {
                int errorsBefore = results.errorCount();
                List<Intent> expanded = new ArrayList<>();
                for (SourceObject source : intentsOf(f, items, functionConfig, results)) {
                    expand(f, source, inputs, env, results, generated, consumed).ifPresent(expanded::add);
                }
                if (!expanded.isEmpty() && results.errorCount() == errorsBefore) {
                    Expansion joint = new Expansion(expanded.get(0), inputs, env, results);
                    f.expandTogether(List.copyOf(expanded), joint);
                    collect(f, expanded.get(0), joint, results.errorCount() > errorsBefore, generated, consumed, results);
                }
            }
        } catch (YamlInputException e) {
            results.add(new dev.rhoaikrm.core.result.Result(dev.rhoaikrm.core.result.Severity.ERROR,
                    e.getMessage(), null, null, e.file(), 0));
        }
        Trace.mark("pipeline: expansions done");
        List<SourceObject> kept = items.stream().filter(o -> !isStale(o)).toList();
        checkCollisions(generated, kept, results);
        if (results.hasErrors()) {
            return new Outcome(items.stream().<Outcome.Out>map(Outcome.Passed::new).toList(), results);
        }
        List<Outcome.Out> out = new ArrayList<>();
        for (SourceObject o : kept) {
            if (form == OutputForm.KRM || !INTENT_GROUP.equals(o.summary().group()) && !consumed.contains(o)) {
                out.add(new Outcome.Passed(o));
            }
        }
        Map<String, Integer> perFile = new HashMap<>();
        for (GeneratedObject g : generated) {
            String path = outputPath(g);
            int index = perFile.merge(path, 1, Integer::sum) - 1;
            out.add(new Outcome.Made(g, path, index));
        }
        return new Outcome(out, results);
    }

    /**
     * Plain manifests go to a cluster, so every one must be a Kubernetes object. (In a kpt package
     * the function leaves such judgement to kpt: a Kustomization there has no name, legitimately.)
     */
    private void checkObjects(List<SourceObject> items, Results results) {
        for (SourceObject o : items) {
            ObjectSummary s = o.summary();
            if (functions.stream().anyMatch(f -> isIntent(s, f.schema()))) {
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
        if (!allFunctions) {
            return;
        }
        Set<String> known = new HashSet<>();
        functions.forEach(f -> known.add(f.schema().kind()));
        for (SourceObject o : items) {
            if (INTENT_GROUP.equals(o.summary().group()) && !known.contains(o.summary().kind())) {
                results.error(o, "kind", "no rhoai-krm function handles kind \"" + o.summary().kind()
                        + "\" (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private boolean isStale(SourceObject o) {
        String by = o.summary().annotation(GENERATED_BY);
        return by != null && functions.stream().anyMatch(f -> by.startsWith(f.name() + "/"));
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
        functionConfig.filter(fc -> isIntent(fc.summary(), schema)).ifPresent(fc -> {
            Optional<SourceObject> item = intents.stream().filter(i -> sameName(i.summary(), fc.summary())).findFirst();
            if (item.isEmpty()) {
                intents.add(fc);
            } else if (!sameSpec(item.get(), fc)) {
                results.error(item.get(), "metadata.name", "two " + schema.kind() + " intents are named \"" + fc.summary().name()
                        + "\" (the other is the function config" + (fc.file() == null || fc.file().startsWith("<") ? "" : ", " + fc.file())
                        + ", which says something else); names must be unique");
            }
        });
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
        return java.util.Objects.equals(a.toMap().get("spec"), b.toMap().get("spec"));
    }

    /** Binds and expands one intent; the intent when that went without error. */
    private Optional<Intent> expand(KrmFunction f, SourceObject source, Inputs inputs, Environment env, Results results,
                                    List<GeneratedObject> generated, Set<SourceObject> consumed) {
        IntentSchema.Bound bound = f.schema().bind(source.node());
        Trace.mark("bound", source.summary());
        if (!bound.ok()) {
            for (Binding.Problem p : bound.problems()) {
                results.error(source, p.path(), p.message());
            }
            return Optional.empty();
        }
        String outDir = source.summary().annotation(OUTPUT_DIR);
        if (outDir != null && (outDir.startsWith("/") || List.of(outDir.split("/")).contains(".."))) {
            results.error(source, "metadata.annotations." + OUTPUT_DIR, "\"" + outDir
                    + "\" must be a relative path inside the package (no leading / and no ..)");
            return Optional.empty();
        }
        Intent intent = new Intent(source, source.summary().name(), bound.spec());
        Expansion expansion = new Expansion(intent, inputs, env, results);
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
            String helmFile = source.summary().annotation(HELM_FILENAME);
            if (helmFile != null) {
                annotations.put(HELM_FILENAME, helmFile);
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

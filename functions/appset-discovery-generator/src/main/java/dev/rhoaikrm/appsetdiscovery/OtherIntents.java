package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-intent check of discovery: an Application a set of this intent would create must not
 * share its name with one another AppSetDiscovery of the input would create, nor with a
 * hand-written Application. (Generated objects that collide, such as two explicit Applications,
 * are already caught by the pipeline's collision check, so only pairs involving a set's
 * Applications, which are never emitted, are checked here.)
 */
final class OtherIntents {
    private static final Report SILENT = new Report() {
        @Override
        public void error(String fieldPath, String message) {
        }

        @Override
        public void warning(String fieldPath, String message) {
        }

        @Override
        public void info(String fieldPath, String message) {
        }
    };

    private OtherIntents() {
    }

    /** An Application some AppSetDiscovery of the input would create. */
    private record Theirs(String intent, Discovery.App app, String origin) {
    }

    static void check(List<Discovery.App> apps, Intent self, Expansion out, RepositoryTree tree) {
        // discovered once per run for all intents (each intent asks): linear in the intents, not quadratic
        Map<String, String> handWritten = out.inputs().derived("appset-hand-written-applications", in -> handWritten(in.all()));
        Map<String, List<Theirs>> all = out.inputs().derived(List.of("appset-discovered", tree.root()), in -> discoverAll(in, tree));
        Map<String, Discovery.App> theirs = new LinkedHashMap<>();
        Map<String, String> theirOrigin = new LinkedHashMap<>();
        for (Discovery.App a : apps) {
            for (Theirs t : all.getOrDefault(a.name(), List.of())) {
                if (!t.intent().equals(self.name())) {
                    theirs.put(a.name(), t.app());
                    theirOrigin.put(a.name(), t.origin());
                    break;
                }
            }
        }
        for (Discovery.App a : apps) {
            boolean fromSet = a.owner() == Discovery.Owner.APPLICATION_SET;
            Discovery.App twin = theirs.get(a.name());
            if (fromSet && handWritten.containsKey(a.name())) {
                out.error(a.fieldPath(), twoNamed(a, handWritten.get(a.name())));
            } else if (twin != null && (fromSet || twin.owner() == Discovery.Owner.APPLICATION_SET)) {
                out.error(a.fieldPath(), twoNamed(a, theirOrigin.get(a.name())));
            }
        }
    }

    /** Every Application each AppSetDiscovery of the input would create, by name, in input order. */
    private static Map<String, List<Theirs>> discoverAll(Inputs inputs, RepositoryTree tree) {
        Map<String, List<Theirs>> all = new HashMap<>();
        IntentSchema schema = AppSetDiscoveryFunction.intentSchema();
        for (SourceObject o : AppSetDiscoveryFunction.intentsIn(inputs.all())) {
            IntentSchema.Bound bound = schema.bind(o.tree());
            if (!bound.ok()) {
                continue; // its own expansion reports why
            }
            Map<String, Discovery.App> firstOfIntent = new LinkedHashMap<>();
            AppSetDiscovery other = AppSetDiscoverySchema.bind(new Intent(o, o.summary().name(), bound.spec()));
            for (Discovery.App a : new Discovery(other, tree, SILENT).run()) {
                firstOfIntent.putIfAbsent(a.name(), a);
            }
            firstOfIntent.forEach((name, a) -> all.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new Theirs(o.summary().name(), a, a.origin() + " in AppSetDiscovery/" + o.summary().name())));
        }
        return all;
    }

    /** Applications of the input that no render of this function made: name to where it is. */
    static Map<String, String> handWritten(List<SourceObject> objects) {
        Map<String, String> handWritten = new LinkedHashMap<>();
        for (SourceObject o : objects) {
            if (!"Application".equals(o.summary().kind()) || !"argoproj.io".equals(o.summary().group())) {
                continue;
            }
            String by = o.summary().annotation(Pipeline.GENERATED_BY);
            if (by == null || !by.startsWith(AppSetDiscoveryFunction.NAME + "/")) { // our own, from the last render, are replaced
                handWritten.putIfAbsent(o.summary().name(), "the hand-written Application in " + o.file());
            }
        }
        return handWritten;
    }

    private static String twoNamed(Discovery.App a, String otherOrigin) {
        return Discovery.twoNamed(a.name(), a.origin(), otherOrigin);
    }
}

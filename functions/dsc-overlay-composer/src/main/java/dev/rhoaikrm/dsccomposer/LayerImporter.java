package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-written operator layer read back into {@code spec.operators}: the Subscriptions of
 * packages the release has install facts for, with the OperatorGroups and Namespaces of their
 * namespaces and the instances those operators need; {@code gpu: nvidia} when the GPU operator is
 * there, {@code optional} for what the composition would not install by itself, and per package
 * only the settings that differ from the release's (channel, startingCSV, approval, catalog). What
 * it cannot express stays as it is, with a note: packages without install facts, and packages the
 * release refuses (OpenShift's own servicemeshoperator3 on 3.x).
 */
final class LayerImporter {
    static final String OLM_GROUP = "operators.coreos.com";

    /** spec.operators and the objects it replaces. */
    record Layer(Map<String, Object> operators, List<SourceObject> replaces) {
    }

    private LayerImporter() {
    }

    static Optional<Layer> read(HandWritten in, Release release, Composition c, String serviceMesh, List<String> notes) {
        List<SourceObject> subscriptions = in.ofKind(OLM_GROUP, "Subscription");
        if (subscriptions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, SourceObject> taken = new LinkedHashMap<>(); // operator id -> its Subscription
        for (SourceObject s : subscriptions) {
            Map<String, Object> map = s.toMap();
            String pkg = stringAt(map, "spec", "name");
            String name = s.summary().name();
            Release.RefusedOperator refused = release.facts.refusedOperators().get(pkg);
            Release.Operator op = pkg == null ? null : OperatorLayer.byPackage(release, pkg);
            if (refused != null) {
                notes.add("Subscription " + name + " (" + pkg + "): left as it is, spec.operators does not install it with "
                        + release.label() + ": " + refused.reason());
            } else if (op == null || op.install() == null) {
                notes.add("Subscription " + name + " (" + pkg + "): no install facts for it on " + release.label() + ": kept as plain YAML");
            } else if (taken.putIfAbsent(op.id(), s) != null) {
                notes.add("Subscription " + name + ": a second Subscription of " + pkg + ": kept as plain YAML");
            } else if (!name.equals(op.subscriptionNameOrPackage())) {
                notes.add("Subscription " + name + " is named " + op.subscriptionNameOrPackage() + " by the layer: "
                        + (op.subscriptionName() != null ? "the RHOAI operator looks it up by that name" : "the package's name"));
            }
        }
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Release.Check> neededBy = new LinkedHashMap<>();
        OperatorLayer.checks(release, c, serviceMesh, neededBy, new LinkedHashMap<>(), new LinkedHashMap<>());
        // the GPU operator's Subscription, or its ClusterPolicy where the Subscription comes from elsewhere (a remote base)
        boolean gpu = taken.containsKey(OperatorLayer.GPU) || !in.ofKind("nvidia.com", "ClusterPolicy").isEmpty();
        Map<String, String> needed = OperatorLayer.needed(release, neededBy, gpu);
        OperatorLayer.addRequired(release, needed);
        Map<String, Object> operators = new LinkedHashMap<>();
        if (gpu) {
            operators.put("gpu", "nvidia");
        }
        List<String> optional = new ArrayList<>();
        List<Object> settings = new ArrayList<>();
        List<SourceObject> replaces = new ArrayList<>();
        Set<String> namespaces = new LinkedHashSet<>();
        Long wave = null;
        Long instancesWave = null;
        for (Map.Entry<String, SourceObject> e : taken.entrySet()) {
            Release.Operator op = release.facts.operators().get(e.getKey());
            Release.Install install = op.install();
            Map<String, Object> sub = e.getValue().toMap();
            if (!needed.containsKey(op.id())) {
                optional.add(op.pkg());
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", op.pkg());
            HandWritten.putUnlessDefault(s, "channel", stringAt(sub, "spec", "channel"), install.channel());
            HandWritten.putIfSet(s, "startingCSV", stringAt(sub, "spec", "startingCSV"));
            HandWritten.putUnlessDefault(s, "installPlanApproval", stringAt(sub, "spec", "installPlanApproval"), "Automatic");
            HandWritten.putUnlessDefault(s, "source", stringAt(sub, "spec", "source"), install.catalog());
            if (s.size() > 1) {
                settings.add(s);
            }
            replaces.add(e.getValue());
            wave = wave != null ? wave : wave(e.getValue());
            namespaces.add(install.namespace());
        }
        // the instances of what the layer installs, also where the Subscription came from elsewhere (a remote base)
        Set<String> installed = new LinkedHashSet<>(taken.keySet());
        installed.addAll(needed.keySet());
        for (String id : installed) {
            Release.Install install = release.facts.operators().get(id).install();
            if (install != null && install.instance() != null) {
                Release.Instance i = install.instance();
                Optional<SourceObject> instance = in.all().stream().filter(o -> i.kind().equals(o.summary().kind())
                        && i.apiVersion().equals(o.summary().apiVersion()) && i.name().equals(o.summary().name())).findFirst();
                instance.ifPresent(replaces::add);
                if (instancesWave == null && instance.isPresent()) {
                    instancesWave = wave(instance.get());
                }
            }
        }
        needed.keySet().stream().filter(id -> !taken.containsKey(id)).forEach(id -> notes.add("the layer adds "
                + release.facts.operators().get(id).pkg() + " (" + needed.get(id) + "), which is not in the input"));
        for (String ns : namespaces) {
            if (!ns.equals(LayerObjects.OPENSHIFT_OPERATORS)) {
                in.find("", "Namespace", ns).ifPresent(replaces::add);
                in.ofKind(OLM_GROUP, "OperatorGroup").stream().filter(g -> ns.equals(g.summary().namespace())).forEach(g -> {
                    replaces.add(g);
                    if (!ns.equals(g.summary().name())) {
                        notes.add("OperatorGroup " + ns + "/" + g.summary().name() + ": the layer names it " + ns + "; delete this one from the"
                                + " cluster when the layer takes over (the Application does not prune it), as OLM refuses a namespace with two");
                    }
                });
            }
        }
        if (!optional.isEmpty()) {
            operators.put("optional", optional);
        }
        if (wave != null && wave != 1L) {
            operators.put("syncWave", wave);
        }
        if (instancesWave != null && instancesWave != 3L) {
            operators.put("instancesSyncWave", instancesWave);
        }
        if (!settings.isEmpty()) {
            operators.put("subscriptions", settings);
        }
        return Optional.of(new Layer(operators, replaces));
    }

    private static Long wave(SourceObject o) {
        String w = o.summary().annotation(DscObjects.WAVE);
        return w != null && w.matches("-?[0-9]+") ? Long.parseLong(w) : null;
    }
}

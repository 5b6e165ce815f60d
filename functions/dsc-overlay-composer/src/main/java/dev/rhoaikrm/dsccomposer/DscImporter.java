package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hand-written DataScienceClusters read backwards: the release from the apiVersion and the fields
 * present (the one that reproduces the most with the fewest defaults added), the smallest list of
 * profiles plus overrides that reproduces every other value, and the Application whose source path
 * is the DataScienceCluster's folder. What the release lacks or refuses is left out with a note.
 */
final class DscImporter {
    static final String DSC_GROUP = "datasciencecluster.opendatahub.io";
    private static final int MAX_PROFILES = 3;

    private final HandWritten in;
    private final Releases releases = Releases.shipped();
    private final Profiles profiles = Profiles.shipped();
    private final List<SourceObject> claimedApplications = new ArrayList<>();

    DscImporter(List<SourceObject> objects) {
        this.in = new HandWritten(objects);
    }

    /** A release's reading of one DataScienceCluster: profiles, overrides, and what it cannot take. */
    private record Reading(Release release, List<String> profiles, Map<String, Object> overrides, List<String> leftOut, int cost) {
    }

    /**
     * Which DataScienceCluster the hand-written operator layer goes with (one cluster, one layer):
     * the first one an Application deploys, else the first one.
     */
    private SourceObject layerOwner;

    List<Importable.Imported> run() {
        List<Importable.Imported> out = new ArrayList<>();
        List<SourceObject> dscs = in.ofKind(DSC_GROUP, "DataScienceCluster");
        layerOwner = dscs.stream().filter(d -> deployingApplication(d).isPresent()).findFirst().orElse(dscs.isEmpty() ? null : dscs.get(0));
        for (SourceObject dsc : dscs) {
            Map<String, Object> map = dsc.toMap();
            Map<String, Object> leaves = new TreeMap<>();
            flatten("", mapAt(map, "spec", "components"), leaves);
            releases.all().stream().filter(r -> r.apiVersion.equals(map.get("apiVersion")))
                    .map(r -> read(r, leaves))
                    .min(Comparator.comparingInt(Reading::cost).thenComparing(r -> -releases.ids().indexOf(r.release().id)))
                    .ifPresent(reading -> out.add(intent(dsc, reading)));
        }
        return out;
    }

    private Reading read(Release release, Map<String, Object> leaves) {
        Map<String, Object> usable = new TreeMap<>();
        List<String> leftOut = new ArrayList<>();
        leaves.forEach((path, value) -> {
            FieldSpec field = release.field(path);
            Release.Refusal refusal = release.refusal(path, value);
            if (value instanceof Map<?, ?>) {
                return; // an empty object: nothing to reproduce
            }
            if (field == null || field.isObject()) {
                leftOut.add(path + ": " + release.label() + " has no such field (the API server prunes it): left out");
            } else if (!field.admits(value)) {
                leftOut.add(path + ": " + value + " is not a value of " + release.label() + ": left out");
            } else if (refusal != null) {
                leftOut.add(path + ": " + value + " is refused by " + release.label() + ", left out: " + refusal.reason());
            } else {
                usable.put(path, value);
            }
        });
        Map<String, Object> composed = new TreeMap<>();
        flatten("", new Composition(release, releases).components(), composed);
        long defaultsAdded = composed.keySet().stream().filter(k -> !leaves.containsKey(k)).count();
        Reading best = null;
        for (List<String> candidate : candidates()) {
            Composition c = new Composition(release, releases);
            candidate.forEach(p -> profiles.layers(p).forEach(c::applyProfile));
            Map<String, Object> overrides = new TreeMap<>();
            usable.forEach((path, value) -> {
                if (!Objects.equals(String.valueOf(c.value(path)), String.valueOf(value))) {
                    overrides.put(path, value);
                }
            });
            // a profile costs two overrides: [dev] with one override reads better than [dev, serving], whose base undoes part of dev
            int cost = overrides.size() + 2 * candidate.size();
            if (best == null || cost < best.cost()) {
                best = new Reading(release, candidate, overrides, leftOut, cost);
            }
        }
        return new Reading(release, best.profiles(), best.overrides(), leftOut, (int) (leftOut.size() + defaultsAdded) * 1000 + best.cost());
    }

    /** Every list of distinct profiles up to {@link #MAX_PROFILES} long, shortest first, in the profiles' order. */
    private List<List<String>> candidates() {
        List<List<String>> out = new ArrayList<>();
        List<List<String>> previous = List.of(List.of());
        for (int n = 1; n <= MAX_PROFILES; n++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : previous) {
                for (String p : profiles.names()) {
                    if (!prefix.contains(p)) {
                        List<String> longer = new ArrayList<>(prefix);
                        longer.add(p);
                        next.add(longer);
                    }
                }
            }
            out.addAll(next);
            previous = next;
        }
        return out;
    }

    private Importable.Imported intent(SourceObject dsc, Reading reading) {
        List<SourceObject> replaces = new ArrayList<>(List.of(dsc));
        List<String> notes = new ArrayList<>(reading.leftOut());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("release", reading.release().id);
        spec.put("profiles", reading.profiles());
        if (!reading.overrides().isEmpty()) {
            Map<String, Object> components = new TreeMap<>();
            reading.overrides().forEach((path, value) -> put(components, path.split("\\."), value));
            spec.put("components", components);
        }
        String wave = dsc.summary().annotation(DscObjects.WAVE);
        if (wave != null && wave.matches("-?[0-9]+") && !wave.equals("4")) {
            spec.put("syncWave", Long.parseLong(wave));
        }
        advice(reading, notes);
        dscInitialization(reading).ifPresent(replaces::add);
        Composition composed = composition(reading);
        Optional<LayerImporter.Layer> layer = dsc == layerOwner
                ? LayerImporter.read(in, reading.release(), composed, DscInitializations.serviceMesh(reading.release(), composed), notes)
                : Optional.empty();
        layer.ifPresent(l -> {
            spec.put("operators", l.operators());
            replaces.addAll(l.replaces());
        });
        application(dsc).ifPresent(app -> {
            replaces.add(app);
            spec.put("application", DscApplicationReader.read(app.toMap(), reading.release(), notes));
        });
        return new Importable.Imported(HandWritten.intent(DataScienceClusterCompositionSchema.KIND, dsc.summary().name(), spec), replaces, notes);
    }

    /** Settings kept as they were although the README calls them mistakes; and a default queue no ClusterQueue matches. */
    private void advice(Reading reading, List<String> notes) {
        Map<String, Object> o = reading.overrides();
        if ("Removed".equals(o.get("aipipelines.argoWorkflowsControllers.managementState"))) {
            notes.add("aipipelines is Managed with argoWorkflowsControllers Removed, as written: nothing installs an Argo Workflows"
                    + " controller then, so no pipeline runs; drop that override to let the profile's Managed apply");
        }
        Composition c = new Composition(reading.release(), releases);
        reading.profiles().forEach(p -> profiles.layers(p).forEach(c::applyProfile));
        Object queue = o.getOrDefault("kueue.defaultClusterQueueName", c.value("kueue.defaultClusterQueueName"));
        List<String> queues = in.ofKind("kueue.x-k8s.io", "ClusterQueue").stream().map(q -> q.summary().name()).toList();
        if (c.enabled("kueue") && queue != null && !queues.isEmpty() && !queues.contains(String.valueOf(queue))) {
            notes.add("kueue.defaultClusterQueueName is " + queue + ", but the ClusterQueue here is " + String.join(", ", queues)
                    + ": the operator creates an empty queue named " + queue + " for the LocalQueues it makes;"
                    + " set components.kueue.defaultClusterQueueName to use the real quota");
        }
    }

    /**
     * The hand-written DSCInitialization the composition writes too (2.x KServe modes): the intent
     * replaces it, and the import report shows how they differ.
     */
    private Optional<SourceObject> dscInitialization(Reading reading) {
        Composition c = composition(reading);
        if (DscInitializations.serviceMesh(reading.release(), c) == null) {
            return Optional.empty();
        }
        String name = reading.release().facts.dscInitialization().name();
        return in.ofKind(DscObjects.DSCI_GROUP, "DSCInitialization").stream().filter(d -> name.equals(d.summary().name())).findFirst();
    }

    /** The composition a reading renders. */
    private Composition composition(Reading reading) {
        Composition c = new Composition(reading.release(), releases);
        reading.profiles().forEach(p -> profiles.layers(p).forEach(c::applyProfile));
        reading.overrides().forEach((path, value) -> put(c.components(), path.split("\\."), value));
        return c;
    }

    /** The Application that deploys the DataScienceCluster's folder, not yet taken by another DataScienceCluster. */
    private Optional<SourceObject> application(SourceObject dsc) {
        Optional<SourceObject> app = deployingApplication(dsc);
        app.ifPresent(claimedApplications::add);
        return app;
    }

    private Optional<SourceObject> deployingApplication(SourceObject dsc) {
        String dir = HandWritten.directoryOf(dsc.file());
        return in.ofKind("argoproj.io", "Application").stream()
                .filter(a -> !claimedApplications.contains(a))
                .filter(a -> {
                    String path = stringAt(a.toMap(), "spec", "source", "path");
                    return path != null && HandWritten.sameDirectory(path, dir);
                }).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> target, String[] path, Object value) {
        Map<String, Object> node = target;
        for (int i = 0; i < path.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new TreeMap<>());
        }
        node.put(path[path.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, Map<String, Object> out) {
        node.forEach((k, v) -> {
            String path = prefix.isEmpty() ? k : prefix + "." + k;
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                flatten(path, (Map<String, Object>) m, out);
            } else {
                out.put(path, v);
            }
        });
    }
}

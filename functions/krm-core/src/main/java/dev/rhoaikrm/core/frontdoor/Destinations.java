package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FleetLayout;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.fn.RepositoryRoot;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A whole repository rendered as Argo CD deploys it ({@code rhoai-krm render} and {@code validate}
 * of a directory): one run per package and destination. Outside a fleet that is one run per
 * package, as always. In a fleet (an intent of a {@link FleetLayout} function in any package of the
 * input: an AppSetDiscovery with {@code spec.clusters}), each cluster's run holds the folders its
 * Applications deploy (its own and the shared ones), rendered for that cluster ({@code perCluster}
 * sections selected); the hub's run holds what the hub's own Applications deploy (the bootstrap's
 * folder, also when a fleet's set gives it to the clusters as well) and everything no fleet set
 * deploys. So each run's checks (collisions, intent names, the cluster singletons several intents
 * make, facts between intents) see what one destination gets: two clusters' ClusterQueues of one
 * name do not collide, two of one cluster still do.
 */
final class Destinations {

    /**
     * One run: the objects that go to one destination, and the environment they render in.
     *
     * @param cluster the fleet's cluster, or empty (the hub, a repository without a fleet, or shared
     *                folders whose clusters a selector picks without descriptions)
     */
    record Group(Optional<String> cluster, Environment environment, List<SourceObject> objects) {
        /** A result of this run as the user reads it: which cluster it is about, when that is not the only one. */
        Result label(Result r) {
            return cluster.isEmpty() ? r : new Result(r.severity(), "cluster " + cluster.get() + ": " + r.message(), r.resource(),
                    r.fieldPath(), r.file(), r.index());
        }
    }

    private Destinations() {
    }

    /**
     * The runs of the input's packages ({@code packages}, read from {@code packageDir}): each
     * package's objects, per destination its folders go to. The fleet's intents may be in any
     * package (Argo CD knows no Kptfile: a hub package places the clusters' packages' folders), and
     * runs never mix two packages, as kpt renders each apart. With a cluster selected
     * ({@code render --cluster}, {@code RHOAI_KRM_CLUSTER}) only what that cluster gets.
     */
    static List<Group> split(List<List<SourceObject>> packages, Path packageDir, FunctionSet functions, Environment env,
                             Optional<Path> described, Results results) {
        Path root = RepositoryRoot.around(packageDir).path();
        List<SourceObject> all = packages.stream().flatMap(List::stream).toList();
        Map<SourceObject, String> folderOf = new IdentityHashMap<>();
        Set<String> folders = new LinkedHashSet<>();
        for (SourceObject o : all) {
            String folder = folder(root, packageDir, o.file());
            folderOf.put(o, folder);
            for (String f = folder; !f.isEmpty(); f = parent(f)) {
                folders.add(f);
            }
        }
        Map<String, List<FleetLayout.Placement>> placed = new HashMap<>();
        for (Map.Entry<FleetLayout, List<Intent>> layout : layouts(all, functions).entrySet()) {
            for (FleetLayout.Placement p : layout.getKey().place(layout.getValue(), folders, described, results)) {
                placed.computeIfAbsent(p.folder(), k -> new ArrayList<>()).add(p);
            }
        }
        if (placed.values().stream().flatMap(List::stream).allMatch(FleetLayout.Placement::hub)) {
            // no fleet set deploys a folder of this input: one run per package, as outside a fleet
            if (described.isPresent()) {
                results.add(new Result(Severity.WARNING, "--fleet " + described.get() + ": no folder of the input is deployed by the"
                        + " ApplicationSets of an AppSetDiscovery with spec.clusters in it, so the descriptions change nothing", null, null, null, 0));
            }
            return packages.stream().map(p -> new Group(Optional.empty(), env, p)).toList();
        }
        List<Runs> byPackage = packages.stream().map(p -> Runs.of(p, folderOf, placed)).toList();
        List<SourceObject> unknown = byPackage.stream().flatMap(r -> r.unknown().stream()).toList();
        Set<String> unknownBy = new LinkedHashSet<>();
        byPackage.forEach(r -> unknownBy.addAll(r.unknownBy()));
        Optional<String> selected = env.cluster();
        if (selected.isPresent()) {
            return forCluster(selected.get(), byPackage, unknown, unknownBy, env, results);
        }
        if (!unknown.isEmpty()) {
            results.add(new Result(Severity.WARNING, files(unknown) + ": " + String.join(", ", unknownBy) + " deploys it to the clusters"
                    + " a label selector picks, which only Argo CD knows: rendered once without a cluster, and checked without the clusters'"
                    + " own objects; --fleet DIR (cluster descriptions, as for discover) renders it for each of them", null, null, null, 0));
        }
        List<Group> groups = new ArrayList<>();
        for (Runs runs : byPackage) {
            if (!runs.hub().isEmpty()) {
                groups.add(new Group(Optional.empty(), env.forCluster(Optional.empty()), runs.hub()));
            }
            runs.byCluster().forEach((cluster, mine) -> groups.add(new Group(Optional.of(cluster), env.forCluster(Optional.of(cluster)), mine)));
            if (!runs.unknown().isEmpty()) {
                groups.add(new Group(Optional.empty(), env.forCluster(Optional.empty()), runs.unknown()));
            }
        }
        return groups;
    }

    /**
     * One package's objects by destination: the hub's (what the hub's Applications deploy, and what
     * no set deploys), each cluster's, and those of the clusters a selector picks that no description
     * names (with who sends them there).
     */
    private record Runs(List<SourceObject> hub, Map<String, List<SourceObject>> byCluster, List<SourceObject> unknown, Set<String> unknownBy) {
        static Runs of(List<SourceObject> objects, Map<SourceObject, String> folderOf, Map<String, List<FleetLayout.Placement>> placed) {
            Runs runs = new Runs(new ArrayList<>(), new TreeMap<>(), new ArrayList<>(), new LinkedHashSet<>());
            for (SourceObject o : objects) {
                boolean hub = false;
                Set<Optional<String>> clusters = new LinkedHashSet<>();
                for (String f = folderOf.get(o); !f.isEmpty(); f = parent(f)) {
                    for (FleetLayout.Placement p : placed.getOrDefault(f, List.of())) {
                        if (p.hub()) {
                            hub = true;
                            continue;
                        }
                        clusters.add(p.cluster());
                        if (p.cluster().isEmpty()) {
                            runs.unknownBy().add(p.by());
                        }
                    }
                }
                if (hub || clusters.isEmpty()) {
                    runs.hub().add(o);
                }
                for (Optional<String> c : clusters) {
                    if (c.isEmpty()) {
                        runs.unknown().add(o);
                    } else {
                        runs.byCluster().computeIfAbsent(c.get(), k -> new ArrayList<>()).add(o);
                    }
                }
            }
            return runs;
        }
    }

    /** What one cluster gets, package by package; nothing at all is an error (a misspelt name must not pass as an empty render). */
    private static List<Group> forCluster(String cluster, List<Runs> byPackage, List<SourceObject> unknown, Set<String> unknownBy,
                                          Environment env, Results results) {
        List<Group> groups = new ArrayList<>();
        Set<String> clusters = new java.util.TreeSet<>();
        for (Runs runs : byPackage) {
            clusters.addAll(runs.byCluster().keySet());
            List<SourceObject> mine = runs.byCluster().getOrDefault(cluster, List.of());
            if (!mine.isEmpty()) {
                groups.add(new Group(Optional.of(cluster), env.forCluster(Optional.of(cluster)), mine));
            }
        }
        String leftOut = files(unknown) + ", which " + String.join(", ", unknownBy) + " deploys to the clusters a label selector picks,"
                + " which only Argo CD knows: --fleet DIR (cluster descriptions) tells whether " + cluster + " is one of them";
        if (groups.isEmpty()) { // a misspelt name must not pass as an empty render
            results.add(Result.error("cluster " + cluster + " gets nothing from this repository: its fleet's folders go to "
                    + (clusters.isEmpty() ? "no cluster" : String.join(", ", clusters)) + (unknown.isEmpty() ? "" : "; left out " + leftOut)));
            return List.of();
        }
        if (!unknown.isEmpty()) {
            results.add(new Result(Severity.WARNING, "cluster " + cluster + ": left out " + leftOut, null, null, null, 0));
        }
        return groups;
    }

    private static String files(List<SourceObject> objects) {
        Set<String> files = new LinkedHashSet<>();
        objects.forEach(o -> files.add(o.file()));
        List<String> shown = files.stream().limit(3).toList();
        return String.join(", ", shown) + (files.size() > shown.size() ? " and " + (files.size() - shown.size()) + " more file(s)" : "");
    }

    /** The intents of each fleet layout function in the input, bound without a cluster (those that do not bind: the run reports them). */
    private static Map<FleetLayout, List<Intent>> layouts(List<SourceObject> objects, FunctionSet functions) {
        Map<FleetLayout, List<Intent>> layouts = new IdentityHashMap<>();
        Map<String, Optional<KrmFunction>> byKind = new HashMap<>();
        for (SourceObject o : objects) {
            if (!Pipeline.INTENT_GROUP.equals(o.summary().group()) || o.summary().kind() == null) {
                continue;
            }
            Optional<KrmFunction> f = byKind.computeIfAbsent(o.summary().kind(), functions::forKind);
            if (f.isEmpty() || !(f.get() instanceof FleetLayout layout)) {
                continue;
            }
            try {
                IntentSchema.Bound bound = f.get().schema().bind(o.tree(), Optional.empty());
                if (bound.ok()) {
                    layouts.computeIfAbsent(layout, k -> new ArrayList<>()).add(new Intent(o, o.summary().name(), bound.spec()));
                }
            } catch (YamlInputException e) {
                // the run reads it again and reports why
            }
        }
        return layouts;
    }

    /** The object's folder relative to the repository root, '/'-separated ("" for the root). */
    private static String folder(Path root, Path packageDir, String file) {
        Path parent = packageDir.resolve(file).normalize().getParent();
        if (parent == null || !parent.startsWith(root)) {
            return "";
        }
        return root.relativize(parent).toString().replace('\\', '/');
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}

package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppEntry;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppSet;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Clusters;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Destination;
import dev.rhoaikrm.core.fn.FleetLayout.Placement;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.result.Results;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Which clusters of a fleet get which folders of the repository, for a render of the whole
 * repository (krm-core's {@code FleetLayout}, {@code frontdoor.Destinations}): a folder that an
 * ApplicationSet of an AppSetDiscovery with {@code spec.clusters} matches for a cluster (an include
 * glob with {@code {{cluster}}} read as that cluster's name, and no exclude) deploys to that
 * cluster, as the matrix's git directory generator decides per cluster ({@link Fleet},
 * {@link Discovery}, which lists the same Applications).
 *
 * <p>A per-cluster folder names its cluster ({@code clusters/aws-dev/gpu-workers} is aws-dev's: the
 * segment the placeholder stands for, or its middle when literal text surrounds the placeholder).
 * A shared folder goes to every cluster of the fleet: the intent's {@code names}, or for a label
 * selector the described clusters it holds ({@code --fleet DIR}); without descriptions it goes to
 * clusters that only Argo CD knows, and is placed without a cluster.
 *
 * <p>In a fleet, what the Applications on the hub deploy there is placed on the hub too: the
 * bootstrap app-of-apps' path, explicit Applications' paths and the folders of sets without
 * {@code spec.clusters}, when their destination is the hub's own API (the default). A folder a
 * fleet's set also matches then renders for the hub and for each of its clusters, as Argo CD
 * deploys it to each: the hub's bootstrap Application, which syncs the intent itself, gets its
 * manifests whatever else deploys its folder. Applications to another destination are not placed
 * here: only their cluster's name or server says which one that is.
 */
final class FleetFolders {
    private FleetFolders() {
    }

    static List<Placement> place(List<Intent> intents, Set<String> folders, Optional<Path> described, Results results) {
        List<AppSetDiscovery> specs = new ArrayList<>();
        intents.forEach(i -> specs.add(AppSetDiscoverySchema.bind(i)));
        if (specs.stream().allMatch(s -> s.clusters().isEmpty())) {
            return List.of(); // no fleet: the input renders as one
        }
        List<Fleet.Cluster> descriptions = null; // read once, when a selector needs them
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            AppSetDiscovery spec = specs.get(i);
            String of = " of AppSetDiscovery/" + intents.get(i).name();
            onHub(spec, of, folders, out);
            if (spec.clusters().isEmpty()) {
                continue;
            }
            Clusters clusters = spec.clusters().get();
            List<String> members = null; // null: a selector's, which only Argo CD knows
            if (clusters.names().isPresent()) {
                members = clusters.names().get();
            } else if (described.isPresent()) {
                if (descriptions == null) {
                    descriptions = FleetDescriptions.read(described.get(), results);
                }
                members = descriptions.stream().filter(c -> Fleet.holds(clusters, c)).map(Fleet.Cluster::name).toList();
            }
            for (AppSet set : spec.appSets()) {
                String by = "ApplicationSet " + set.name() + of;
                for (String glob : set.directories()) {
                    if (Fleet.isPerCluster(glob)) {
                        // the folder names its cluster: a folder of a cluster the fleet does not (yet) hold is checked as that cluster's too
                        namedBy(glob, folders).forEach(c -> place(set, glob, c, folders, f -> Placement.onCluster(f, Optional.of(c), by), out));
                    } else if (members != null) {
                        members.forEach(c -> place(set, glob, c, folders, f -> Placement.onCluster(f, Optional.of(c), by), out));
                    } else {
                        place(set, glob, null, folders, f -> Placement.onCluster(f, Optional.empty(), by), out);
                    }
                }
            }
        }
        return out;
    }

    /** What the intent's Applications on the hub deploy there: the bootstrap's and explicit Applications' paths, a set's folders without a fleet. */
    private static void onHub(AppSetDiscovery spec, String of, Set<String> folders, List<Placement> out) {
        for (AppEntry app : spec.allApplications()) {
            if (toHub(app.destination()) && folders.contains(app.path())) {
                out.add(Placement.onHub(app.path(), (app.isBootstrap() ? "the bootstrap Application " : "Application ") + app.name() + of));
            }
        }
        if (spec.clusters().isEmpty()) {
            for (AppSet set : spec.appSets()) {
                if (toHub(set.destination())) {
                    String by = "ApplicationSet " + set.name() + of;
                    set.directories().forEach(glob -> place(set, glob, null, folders, f -> Placement.onHub(f, by), out));
                }
            }
        }
    }

    /** The hub's own API: no cluster name, and the in-cluster server or none (as ArgoObjects' AppProject destinations read it). */
    private static boolean toHub(Destination d) {
        return d.name().isEmpty() && d.server().orElse(AppSetDiscovery.IN_CLUSTER).equals(AppSetDiscovery.IN_CLUSTER);
    }

    /** The folders {@code glob} gives {@code cluster} (null: a shared glob for clusters unknown, or the hub), none of the set's excludes. */
    private static void place(AppSet set, String glob, String cluster, Set<String> folders, Function<String, Placement> placement,
                              List<Placement> out) {
        List<GoGlob> include = Discovery.compile(List.of(glob), cluster);
        // for clusters unknown only the excludes every cluster shares can be read
        List<GoGlob> excludes = Discovery.compile(cluster != null ? set.exclude()
                : set.exclude().stream().filter(e -> !Fleet.isPerCluster(e)).toList(), cluster);
        if (include == null || excludes == null) {
            return; // the checks report it
        }
        for (String folder : folders) {
            if (include.get(0).matches(folder) && excludes.stream().noneMatch(e -> e.matches(folder))) {
                out.add(placement.apply(folder));
            }
        }
    }

    /** The cluster names a per-cluster glob's folders stand for: {@code clusters/{{cluster}}/gpu-workers} over clusters/aws-dev/gpu-workers. */
    static List<String> namedBy(String glob, Set<String> folders) {
        String[] segments = glob.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            Matcher m = Fleet.CLUSTER.matcher(segments[i]);
            if (!m.find()) {
                continue;
            }
            String prefix = segments[i].substring(0, m.start());
            String suffix = segments[i].substring(m.end());
            Set<String> names = new TreeSet<>();
            for (String folder : folders) {
                String[] parts = folder.split("/", -1);
                if (parts.length != segments.length) {
                    continue; // a Go glob's * never matches '/': a match has as many segments
                }
                String s = parts[i];
                if (s.length() > prefix.length() + suffix.length() && s.startsWith(prefix) && s.endsWith(suffix)) {
                    String name = s.substring(prefix.length(), s.length() - suffix.length());
                    if (name.matches(AppSetDiscovery.SUBDOMAIN)) {
                        names.add(name); // place() keeps it only where the whole glob matches
                    }
                }
            }
            return List.copyOf(names);
        }
        return List.of();
    }
}

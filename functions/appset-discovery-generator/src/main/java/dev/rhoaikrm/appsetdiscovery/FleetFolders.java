package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppSet;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Clusters;
import dev.rhoaikrm.core.fn.FleetLayout.Placement;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.result.Results;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 */
final class FleetFolders {
    private FleetFolders() {
    }

    static List<Placement> place(List<Intent> intents, Set<String> folders, Optional<Path> described, Results results) {
        List<Fleet.Cluster> descriptions = null; // read once, when a selector needs them
        List<Placement> out = new ArrayList<>();
        for (Intent intent : intents) {
            AppSetDiscovery spec = AppSetDiscoverySchema.bind(intent);
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
                String by = "ApplicationSet " + set.name() + " of AppSetDiscovery/" + intent.name();
                for (String glob : set.directories()) {
                    if (Fleet.isPerCluster(glob)) {
                        // the folder names its cluster: a folder of a cluster the fleet does not (yet) hold is checked as that cluster's too
                        namedBy(glob, folders).forEach(c -> place(set, glob, c, folders, by, out));
                    } else if (members != null) {
                        members.forEach(c -> place(set, glob, c, folders, by, out));
                    } else {
                        place(set, glob, null, folders, by, out);
                    }
                }
            }
        }
        return out;
    }

    /** The folders {@code glob} gives {@code cluster} (null: a shared glob for clusters unknown), none of the set's excludes. */
    private static void place(AppSet set, String glob, String cluster, Set<String> folders, String by, List<Placement> out) {
        List<GoGlob> include = Discovery.compile(List.of(glob), cluster);
        // for clusters unknown only the excludes every cluster shares can be read
        List<GoGlob> excludes = Discovery.compile(cluster != null ? set.exclude()
                : set.exclude().stream().filter(e -> !Fleet.isPerCluster(e)).toList(), cluster);
        if (include == null || excludes == null) {
            return; // the checks report it
        }
        for (String folder : folders) {
            if (include.get(0).matches(folder) && excludes.stream().noneMatch(e -> e.matches(folder))) {
                out.add(new Placement(folder, Optional.ofNullable(cluster), by));
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

package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.result.Results;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A function whose intents say which clusters of a fleet the folders of a repository deploy to
 * (appset-discovery-generator: an AppSetDiscovery with {@code spec.clusters}, whose ApplicationSets
 * give each cluster its own folders and the shared ones). A render of a whole repository
 * ({@code rhoai-krm render}, {@code validate}) renders each destination on its own, as Argo CD
 * deploys it, so that objects of one name that go to different clusters do not collide while
 * objects that go to one cluster still must not ({@code frontdoor.Destinations}). A function
 * without a fleet does not implement it; the CMP, kpt and kustomize never ask (their input is one
 * Application's folder).
 */
public interface FleetLayout {

    /**
     * Where the intents send the folders.
     *
     * @param intents   this function's intents of the whole input (of every package in it: Argo CD
     *                  knows no Kptfile), bound without a cluster (those that do not bind are left
     *                  out: the render reports them)
     * @param folders   the folders to place, '/'-separated and relative to the repository root (the
     *                  intents' paths are): each folder
     *                  of the render that holds an object, and the folders above it
     * @param described the fleet's cluster descriptions ({@code --fleet DIR}), if given
     * @param results   problems with the descriptions, and what cannot be placed exactly (warnings)
     * @return one placement per folder and destination it deploys to; none when no intent is a
     *         fleet's (the input then renders as one, as outside a fleet)
     */
    List<Placement> place(List<Intent> intents, Set<String> folders, Optional<Path> described, Results results);

    /**
     * An Application's folder deploys to a destination: a cluster of a fleet, or the hub (Argo CD's
     * own cluster, where the bootstrap app-of-apps, explicit Applications and ApplicationSets without
     * a fleet deploy by default). A folder may go to several: the hub's bootstrap path may also be a
     * folder the fleet's sets give every cluster, and Argo CD then deploys it to each.
     *
     * @param cluster the cluster's name; empty for the hub, and when the set's clusters are a label
     *                selector's and no description says which clusters it picks (rendered without a
     *                cluster then)
     * @param hub     whether the destination is the hub
     * @param by      who sends it there, for messages: {@code ApplicationSet models of AppSetDiscovery/serving}
     */
    record Placement(String folder, Optional<String> cluster, boolean hub, String by) {
        /** A folder a fleet's set deploys to {@code cluster} (empty: the clusters of a selector no description names). */
        public static Placement onCluster(String folder, Optional<String> cluster, String by) {
            return new Placement(folder, cluster, false, by);
        }

        /** A folder an Application on the hub deploys there. */
        public static Placement onHub(String folder, String by) {
            return new Placement(folder, Optional.empty(), true, by);
        }
    }
}

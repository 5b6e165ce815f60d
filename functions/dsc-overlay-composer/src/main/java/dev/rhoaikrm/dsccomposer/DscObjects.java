package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objects: the DataScienceCluster, the DSCInitialization a 2.x KServe mode needs, and the
 * ArgoCD Application that owns them. Plain maps, in the key order of the reference's files (no kind
 * here has a fabric8 model).
 */
final class DscObjects {
    static final String WAVE = "argocd.argoproj.io/sync-wave";
    static final String DSC_GROUP = "datasciencecluster.opendatahub.io";
    static final String DSCI_GROUP = "dscinitialization.opendatahub.io";
    /** The reference's sync options, each with a reason: README.md, "The Application". */
    static final List<String> SYNC_OPTIONS = List.of("ServerSideApply=true", "SkipDryRunOnMissingResource=true", "RespectIgnoreDifferences=true");

    private DscObjects() {
    }

    static Map<String, Object> dataScienceCluster(String name, Release release, Composition c, long syncWave) {
        Map<String, Object> dsc = map(
                "apiVersion", release.apiVersion,
                "kind", "DataScienceCluster",
                "metadata", map("name", name),
                "spec", map("components", c.components()));
        Manifests.annotationsOf(dsc).put(WAVE, String.valueOf(syncWave));
        return dsc;
    }

    /**
     * The DSCInitialization the operator would create (the release's dscInitialization fact), with
     * the service mesh the DataScienceCluster needs; same sync wave as the DataScienceCluster.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> dscInitialization(Release.Dsci dsci, String serviceMesh, long syncWave) {
        Map<String, Object> spec = deepCopy(dsci.spec());
        ((Map<String, Object>) spec.computeIfAbsent("serviceMesh", k -> new TreeMap<>())).put("managementState", serviceMesh);
        Map<String, Object> object = map(
                "apiVersion", dsci.apiVersion(),
                "kind", "DSCInitialization",
                "metadata", map("name", dsci.name()),
                "spec", spec);
        Manifests.annotationsOf(object).put(WAVE, String.valueOf(syncWave));
        return object;
    }

    /**
     * A sorted copy of shipped data (the compiled maps are shared: never hand them out to be
     * changed). An empty object stays (the operator's own DSCInitialization has monitoring.metrics: {}).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> sub
                ? (sub.isEmpty() ? Manifests.emptyObject() : deepCopy((Map<String, Object>) sub)) : v));
        return out;
    }

    static Map<String, Object> application(DataScienceClusterComposition.Application app, GitSource.Resolved source,
                                           List<String> ignoredPointers, boolean withDsci) {
        DataScienceClusterComposition.Retry retry = app.retry();
        Map<String, Object> application = map(
                "apiVersion", "argoproj.io/v1alpha1",
                "kind", "Application",
                "metadata", map("name", app.name(), "namespace", app.namespace()),
                "spec", map(
                        "project", app.project(),
                        "source", map("repoURL", source.repoURL(), "targetRevision", source.revision(), "path", app.path()),
                        "destination", map("server", app.destinationServer()),
                        "ignoreDifferences", ignoreDifferences(ignoredPointers, withDsci),
                        "syncPolicy", map(
                                "automated", map("selfHeal", app.selfHeal(), "prune", false),
                                "syncOptions", SYNC_OPTIONS,
                                "retry", map("limit", retry.limit(), "backoff", map(
                                        "duration", retry.duration(),
                                        "maxDuration", retry.maxDuration(),
                                        "factor", retry.factor())))));
        app.syncWave().ifPresent(wave -> Manifests.annotationsOf(application).put(WAVE, String.valueOf(wave)));
        return application;
    }

    private static List<Object> ignoreDifferences(List<String> dscPointers, boolean withDsci) {
        List<Object> out = new ArrayList<>();
        out.add(map("group", DSC_GROUP, "kind", "DataScienceCluster", "jsonPointers", dscPointers));
        if (withDsci) {
            out.add(map("group", DSCI_GROUP, "kind", "DSCInitialization", "jsonPointers", List.of("/status")));
        }
        return out;
    }

    /**
     * What the Application ignores: /status (the operator's), and for each enabled component the
     * fields the cluster writes that are also immutable (the RHOAI defaulting webhook's
     * modelregistry.registriesNamespace). Mutable write-backs are not ignored: the composer writes
     * them itself, and with RespectIgnoreDifferences an ignored field would never sync from Git again.
     */
    static List<String> ignoredPointers(Release release, Composition c) {
        List<String> pointers = new ArrayList<>(List.of("/status"));
        for (Release.WrittenBack w : release.writtenBack()) {
            if (w.immutable() && w.when().contains(c.state(w.component()))) {
                pointers.add("/spec/components/" + w.component() + "/" + w.field().replace('.', '/'));
            }
        }
        return pointers;
    }
}

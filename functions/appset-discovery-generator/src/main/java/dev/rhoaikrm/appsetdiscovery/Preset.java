package dev.rhoaikrm.appsetdiscovery;

import java.util.List;
import java.util.Locale;

/**
 * What each kind of app needs from ArgoCD, as the reference repository learnt it
 * (components/argocd/apps/*-appset.yaml, clusters/overlays/dev/bootstrap-app.yaml): the fields
 * its controllers write (ignored so that the app does not stay OutOfSync), whether to prune, the
 * sync options, and how long to retry while operators install the CRDs their instances need.
 */
enum Preset {
    /** OLM Subscriptions: OLM writes startingCSV and status. Never prune an operator. */
    OPERATORS(List.of(Ignore.of("operators.coreos.com", "Subscription", "/spec/startingCSV", "/status")),
            true, false, Options.BASE, Retry.SHORT),
    /**
     * Operator instances: the GPU operator and NFD write status; wait longer for their CRDs. GPU
     * MachineSets: the MachineAutoscaler owns spec.replicas after creation, and the provider's
     * MachineSet controller writes the scale-from-zero annotations and merges kubernetes.io/arch into
     * the autoscaler's capacity labels (gpu-workerset-generator README, "What the cluster's controllers own").
     */
    INSTANCES(List.of(Ignore.of("nvidia.com", "ClusterPolicy", "/status"), Ignore.of("nfd.openshift.io", "NodeFeatureDiscovery", "/status"),
            Ignore.of("machine.openshift.io", "MachineSet", "/spec/replicas",
                    "/metadata/annotations/capacity.cluster-autoscaler.kubernetes.io~1labels",
                    "/metadata/annotations/machine.openshift.io~1vCPU", "/metadata/annotations/machine.openshift.io~1memoryMb",
                    "/metadata/annotations/machine.openshift.io~1GPU")),
            true, false, Options.BASE, Retry.LONG),
    /** Models: KServe writes InferenceService status and annotations, the router a Route's host. */
    MODELS(Ignore.SERVING, true, true, Options.WITH_NAMESPACE, Retry.LONG),
    /** Services: as models, plus Secrets whose data is filled in on the cluster. */
    SERVICES(Ignore.SERVICES, true, true, Options.WITH_NAMESPACE, Retry.LONG),
    /** Nothing: manual sync, no options; the intent states what it wants. */
    NONE(List.of(), false, false, List.of(), null),
    /** The app-of-apps (not selectable): automated without prune, never creates ArgoCD's own namespace. */
    BOOTSTRAP(List.of(), true, false, List.of("ServerSideApply=true", "CreateNamespace=false"), Retry.SHORT);

    final List<Ignore> ignoreDifferences;
    final boolean automated;
    final boolean prune;
    final List<String> syncOptions;
    final Retry retry;

    Preset(List<Ignore> ignoreDifferences, boolean automated, boolean prune, List<String> syncOptions, Retry retry) {
        this.ignoreDifferences = ignoreDifferences;
        this.automated = automated;
        this.prune = prune;
        this.syncOptions = syncOptions;
        this.retry = retry;
    }

    /** selfHeal: every automated preset reverts changes made in the cluster. */
    boolean selfHeal() {
        return automated;
    }

    static Preset named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** One ignoreDifferences entry. */
    record Ignore(String group, String kind, String name, String namespace, List<String> jsonPointers,
                  List<String> jqPathExpressions, List<String> managedFieldsManagers) {
        static Ignore of(String group, String kind, String... jsonPointers) {
            return new Ignore(group, kind, null, null, List.of(jsonPointers), List.of(), List.of());
        }

        static final List<Ignore> SERVING = List.of(
                of("serving.kserve.io", "InferenceService", "/status", "/metadata/annotations"),
                of("serving.kserve.io", "ServingRuntime", "/status"),
                of("route.openshift.io", "Route", "/spec/host", "/status"));
        static final List<Ignore> SERVICES = List.of(SERVING.get(0), SERVING.get(1), SERVING.get(2),
                of("", "Secret", "/data", "/stringData"));
    }

    /** syncPolicy.retry. */
    record Retry(long limit, String duration, String maxDuration, long factor) {
        static final Retry SHORT = new Retry(5, "30s", "5m0s", 2);
        static final Retry LONG = new Retry(10, "60s", "10m0s", 2);
    }

    /** The sync option lists of the reference. */
    static final class Options {
        static final List<String> BASE = List.of("ServerSideApply=true", "SkipDryRunOnMissingResource=true", "RespectIgnoreDifferences=true");
        static final List<String> WITH_NAMESPACE = List.of("ServerSideApply=true", "SkipDryRunOnMissingResource=true",
                "CreateNamespace=true", "RespectIgnoreDifferences=true");

        private Options() {
        }
    }
}

package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.List;
import java.util.Map;

/** A bound ModelServing intent with its derived defaults worked out (namespace, claim, limits, TP...). */
final class ModelServingSpec {
    final String name;
    final BoundObject spec;
    final String namespace;
    final boolean createNamespace;
    final String displayName;
    final String description;
    final ModelUri uri;
    final BoundObject model;
    final BoundObject storage;
    final BoundObject download;
    final BoundObject runtime;
    final long gpuCount;
    final String gpuProduct;
    final String gpuPool;
    final Resources resources;
    final Resources downloadResources;
    final long minReplicas;
    final long maxReplicas;
    final boolean route;
    final boolean routeObject;
    final boolean auth;
    final boolean dashboard;
    final boolean stopped;
    final long syncWave;

    ModelServingSpec(String name, BoundObject spec) {
        this.name = name;
        this.spec = spec;
        this.namespace = spec.optionalString("namespace").orElse(name);
        this.createNamespace = spec.bool("createNamespace");
        this.displayName = spec.optionalString("displayName").orElse(name);
        this.description = spec.string("description");
        this.model = spec.object("model");
        this.uri = ModelUri.parse(model.string("uri"));
        this.storage = spec.object("storage");
        this.download = spec.object("download");
        this.runtime = spec.object("runtime");
        BoundObject gpu = spec.object("gpu");
        this.gpuCount = gpu.integer("count");
        this.gpuProduct = gpu.string("product");
        this.gpuPool = gpu.string("pool");
        this.resources = Resources.of(spec.object("resources"), "4", "16Gi");
        this.downloadResources = Resources.of(download.object("resources"), "1", "4Gi");
        BoundObject replicas = spec.object("replicas");
        this.minReplicas = replicas.integer("min");
        this.maxReplicas = replicas.has("max") ? replicas.integer("max") : Math.max(1, minReplicas);
        BoundObject expose = spec.object("expose");
        this.route = expose.bool("route");
        this.routeObject = route && expose.string("via").equals("route");
        this.auth = expose.bool("auth");
        this.dashboard = spec.bool("dashboard");
        this.stopped = spec.bool("stopped");
        this.syncWave = spec.integer("syncWave");
    }

    /** The PVC hf:// weights go to. */
    String claimName() {
        return storage.optionalString("claimName").orElse(name + "-model-weights");
    }

    long tensorParallelSize() {
        return runtime.has("tensorParallelSize") ? runtime.integer("tensorParallelSize") : Math.max(1, gpuCount);
    }

    double gpuMemoryUtilization() {
        return runtime.number("gpuMemoryUtilization");
    }

    /** Where KServe finds the weights: the PVC for hf:// sources, else the URI itself. */
    String storageUri() {
        if (uri.isHuggingFace()) {
            return "pvc://" + claimName() + "/" + uri.folder();
        }
        return uri.text();
    }

    List<String> runtimeArgs() {
        return runtime.strings("args");
    }

    List<BoundObject> runtimeEnv() {
        return runtime.objects("env");
    }

    Map<String, String> nodeSelectorOverride() {
        return spec.has("nodeSelector") ? spec.stringMap("nodeSelector") : null;
    }
}

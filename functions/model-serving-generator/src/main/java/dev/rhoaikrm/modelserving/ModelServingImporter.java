package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.facts.GpuPool;
import dev.rhoaikrm.modelserving.ModelServingSchema.CpuAndMemoryFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.DownloadFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.ExposeFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.GpuFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.ModelFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.ModelServingFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.QuantitiesFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.ReplicasFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.RuntimeFields;
import dev.rhoaikrm.modelserving.ModelServingSchema.StorageFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * model-serving-generator's importer ({@code rhoai-krm import}): reads a hand-written model folder
 * backwards, writing the intent's fields by the names the declaration generates
 * ({@code ModelServingSchema.*Fields}, from ModelServing.java). Each vLLM InferenceService, with its ServingRuntime, Namespace, Route (and extra
 * Service), and for a PVC filled by a download Job the Hugging Face repository it downloads,
 * becomes one ModelServing intent.
 */
public final class ModelServingImporter implements Importable {
    private static final Pattern REPO_ID = Pattern.compile("repo_id\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern REVISION = Pattern.compile("revision\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static final List<String> TEMPLATE_ARGS = List.of("--port=8080", "--model=/mnt/models", "--served-model-name={{.Name}}");

    /** The hand-written objects of one import; none in the registered instance. */
    private final List<SourceObject> objects;

    public ModelServingImporter() {
        this(List.of());
    }

    private ModelServingImporter(List<SourceObject> objects) {
        this.objects = objects;
    }

    @Override
    public List<Importable.Imported> importFrom(List<SourceObject> objects) {
        return new ModelServingImporter(objects).run();
    }

    /** The differences from the reference that the README documents. */
    @Override
    public List<Fix> fixes() {
        return ModelServingFixes.ALL;
    }

    private List<Importable.Imported> run() {
        List<Importable.Imported> imported = new ArrayList<>();
        for (SourceObject isvc : ofKind("serving.kserve.io", "InferenceService")) {
            imported.add(importOne(isvc));
        }
        return imported;
    }

    @SuppressWarnings("unchecked")
    private Importable.Imported importOne(SourceObject isvcSource) {
        Map<String, Object> isvc = isvcSource.toMap();
        String name = isvcSource.summary().name();
        String namespace = isvcSource.summary().namespace();
        List<SourceObject> replaces = new ArrayList<>(List.of(isvcSource));
        List<String> notes = new ArrayList<>();
        Map<String, Object> predictor = (Map<String, Object>) at(isvc, "spec", "predictor");
        Map<String, Object> model = (Map<String, Object>) predictor.getOrDefault("model", Map.of());
        Map<String, String> annotations = isvcSource.summary().annotations();

        Map<String, Object> spec = new LinkedHashMap<>();
        if (namespace != null && !namespace.equals(name)) {
            spec.put(ModelServingFields.NAMESPACE, namespace);
        }
        Optional<SourceObject> ns = find("", "Namespace", namespace != null ? namespace : name);
        if (ns.isPresent()) {
            replaces.add(ns.get());
        } else {
            spec.put(ModelServingFields.CREATE_NAMESPACE, false);
        }
        putIfSet(spec, ModelServingFields.DISPLAY_NAME, annotations.get("openshift.io/display-name"));
        putIfSet(spec, ModelServingFields.DESCRIPTION, annotations.get("openshift.io/description"));

        Map<String, Object> modelSpec = new LinkedHashMap<>();
        Map<String, Object> runtime = new LinkedHashMap<>();
        String storageUri = String.valueOf(model.get("storageUri"));
        modelSpec.put(ModelFields.URI, storageUri);
        Map<String, Object> storage = new LinkedHashMap<>();
        Map<String, Object> download = new LinkedHashMap<>();
        if (storageUri.startsWith("pvc://")) {
            fromDownloadJob(storageUri, modelSpec, storage, download, replaces, notes);
        }
        spec.put(ModelServingFields.MODEL, modelSpec);
        if (!storage.isEmpty()) {
            spec.put(ModelServingFields.STORAGE, storage);
        }
        if (!download.isEmpty()) {
            spec.put(ModelServingFields.DOWNLOAD, download);
        }

        Optional<SourceObject> srSource = find("serving.kserve.io", "ServingRuntime", String.valueOf(model.getOrDefault("runtime", name)));
        List<String> args = new ArrayList<>();
        if (srSource.isPresent()) {
            replaces.add(srSource.get());
            Map<String, Object> container = ((List<Map<String, Object>>) at(srSource.get().toMap(), "spec", "containers")).get(0);
            if (!ModelServing.DEFAULT_IMAGE.equals(container.get("image"))) {
                runtime.put(RuntimeFields.IMAGE, container.get("image"));
            }
            List<String> srArgs = new ArrayList<>((List<String>) container.getOrDefault("args", List.of()));
            srArgs.removeAll(TEMPLATE_ARGS);
            args.addAll(srArgs);
            List<Map<String, Object>> env = new ArrayList<>((List<Map<String, Object>>) container.getOrDefault("env", List.of()));
            env.removeIf(e -> "HF_HOME".equals(e.get("name")) && "/tmp/hf_home".equals(e.get("value")));
            if (!env.isEmpty()) {
                runtime.put(RuntimeFields.ENV, env);
            }
        } else {
            notes.add("no ServingRuntime named " + model.get("runtime") + ": the generated one follows the vLLM template");
        }
        args.addAll((List<String>) model.getOrDefault("args", List.of()));
        readArgs(args, runtime);
        if (!runtime.isEmpty()) {
            spec.put(ModelServingFields.RUNTIME, runtime);
        }

        Map<String, Object> resources = (Map<String, Object>) model.getOrDefault("resources", Map.of());
        Object gpus = at(resources, "limits", "nvidia.com/gpu");
        Map<String, Object> gpu = new LinkedHashMap<>();
        gpu.put(GpuFields.COUNT, gpus == null ? 0 : Long.parseLong(String.valueOf(gpus)));
        Map<String, Object> nodeSelector = (Map<String, Object>) predictor.get("nodeSelector");
        if (nodeSelector != null && nodeSelector.size() == 1 && nodeSelector.containsKey("nvidia.com/gpu.product")) {
            gpu.put(GpuFields.PRODUCT, nodeSelector.get("nvidia.com/gpu.product"));
        } else if (nodeSelector != null && nodeSelector.size() == 1 && nodeSelector.containsKey(GpuPool.POOL_LABEL)) {
            gpu.put(GpuFields.POOL, nodeSelector.get(GpuPool.POOL_LABEL));
        } else if (nodeSelector != null) {
            spec.put(ModelServingFields.NODE_SELECTOR, nodeSelector);
        }
        spec.put(ModelServingFields.GPU, gpu);
        spec.put(ModelServingFields.RESOURCES, cpuAndMemory(resources));
        Map<String, Object> replicas = new LinkedHashMap<>();
        putIfSet(replicas, ReplicasFields.MIN, predictor.get("minReplicas"));
        putIfSet(replicas, ReplicasFields.MAX, predictor.get("maxReplicas"));
        if (!replicas.isEmpty()) {
            spec.put(ModelServingFields.REPLICAS, replicas);
        }
        spec.put(ModelServingFields.EXPOSE, expose(name, annotations, isvcSource.summary().labels(), replaces));
        if ("true".equals(annotations.get("serving.kserve.io/stop"))) {
            spec.put(ModelServingFields.STOPPED, true);
        }
        Map<String, Object> intent = map("apiVersion", ModelServingSchema.API_VERSION, "kind", ModelServingSchema.KIND,
                "metadata", map("name", name, "annotations", map("config.kubernetes.io/local-config", "true")),
                "spec", spec);
        return new Importable.Imported(intent, replaces, notes);
    }

    /** A pvc:// source filled by a download Job becomes hf://REPO[@REV], with the PVC's size and name. */
    @SuppressWarnings("unchecked")
    private void fromDownloadJob(String storageUri, Map<String, Object> modelSpec, Map<String, Object> storage,
                                 Map<String, Object> download, List<SourceObject> replaces, List<String> notes) {
        String claim = storageUri.substring("pvc://".length()).split("/", 2)[0];
        Optional<SourceObject> pvc = find("", "PersistentVolumeClaim", claim);
        for (SourceObject job : ofKind("batch", "Job")) {
            Map<String, Object> jobMap = job.toMap();
            Map<String, Object> podSpec = (Map<String, Object>) at(jobMap, "spec", "template", "spec");
            List<Map<String, Object>> volumes = (List<Map<String, Object>>) podSpec.getOrDefault("volumes", List.of());
            boolean mountsClaim = volumes.stream().anyMatch(v -> claim.equals(at(v, "persistentVolumeClaim", "claimName")));
            List<Map<String, Object>> containers = (List<Map<String, Object>>) podSpec.getOrDefault("containers", List.of());
            Optional<String> repo = downloadValue(containers, "HF_REPO_ID", REPO_ID);
            if (!mountsClaim || repo.isEmpty()) {
                continue;
            }
            Optional<String> revision = downloadValue(containers, "HF_REVISION", REVISION).filter(r -> !r.equals("main"));
            modelSpec.put(ModelFields.URI, "hf://" + repo.get() + revision.map(r -> "@" + r).orElse(""));
            replaces.add(job);
            Map<String, Object> container = ((List<Map<String, Object>>) at(jobMap, "spec", "template", "spec", "containers")).get(0);
            download.put(DownloadFields.RESOURCES, cpuAndMemory((Map<String, Object>) container.getOrDefault("resources", Map.of())));
            if (!ModelServing.DEFAULT_DOWNLOAD_IMAGE.equals(container.get("image"))) {
                download.put(DownloadFields.IMAGE, container.get("image"));
            }
            if (pvc.isPresent()) {
                replaces.add(pvc.get());
                Map<String, Object> pvcMap = pvc.get().toMap();
                storage.put(StorageFields.SIZE, at(pvcMap, "spec", "resources", "requests", "storage"));
                putIfSet(storage, StorageFields.STORAGE_CLASS_NAME, at(pvcMap, "spec", "storageClassName"));
                storage.put(StorageFields.CLAIM_NAME, claim);
            }
            return;
        }
        notes.add("pvc://" + claim + " is not filled by a download Job here: the intent keeps the pvc:// source");
    }

    /**
     * A value of a download Job: from its environment, as this function's Jobs pass it, else from
     * the Python its script splices it into, as the hand-written Jobs of the reference do.
     */
    @SuppressWarnings("unchecked")
    private static Optional<String> downloadValue(List<Map<String, Object>> containers, String variable, Pattern inScript) {
        for (Map<String, Object> c : containers) {
            for (Map<String, Object> e : (List<Map<String, Object>>) c.getOrDefault("env", List.of())) {
                if (variable.equals(e.get("name")) && e.get("value") != null) {
                    return Optional.of(String.valueOf(e.get("value")));
                }
            }
        }
        String script = String.join("\n", containers.stream()
                .flatMap(c -> ((List<Object>) c.getOrDefault("command", List.of())).stream().map(String::valueOf)).toList());
        Matcher m = inScript.matcher(script);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** vLLM flags back to intent fields; the rest stays in runtime.args. */
    private static void readArgs(List<String> args, Map<String, Object> runtime) {
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "--dtype" -> {
                    if (!"auto".equals(kv.length > 1 ? kv[1] : "")) {
                        rest.add(arg);
                    }
                }
                case "--max-model-len" -> runtime.put(RuntimeFields.MAX_MODEL_LEN, Long.parseLong(kv[1]));
                case "--gpu-memory-utilization" -> runtime.put(RuntimeFields.GPU_MEMORY_UTILIZATION, Double.parseDouble(kv[1]));
                case "--tensor-parallel-size" -> runtime.put(RuntimeFields.TENSOR_PARALLEL_SIZE, Long.parseLong(kv[1]));
                case "--pipeline-parallel-size" -> runtime.put(RuntimeFields.PIPELINE_PARALLEL_SIZE, Long.parseLong(kv[1]));
                case "--data-parallel-size" -> runtime.put(RuntimeFields.DATA_PARALLEL_SIZE, Long.parseLong(kv[1]));
                case "--quantization" -> {
                    if (kv.length > 1 && kv[1].equals("fp8")) {
                        runtime.put(RuntimeFields.QUANTIZATION, kv[1]);
                    } else {
                        rest.add(arg);
                    }
                }
                case "--tool-call-parser" -> runtime.put(RuntimeFields.TOOL_CALL_PARSER, kv[1]);
                case "--enable-auto-tool-choice" -> {
                    // implied by toolCallParser
                }
                default -> rest.add(arg);
            }
        }
        if (!rest.isEmpty()) {
            runtime.put(RuntimeFields.ARGS, rest);
        }
    }

    private Map<String, Object> expose(String name, Map<String, String> annotations, Map<String, String> labels, List<SourceObject> replaces) {
        Map<String, Object> expose = new LinkedHashMap<>();
        // A Route named like the InferenceService is odh-model-controller's to make (and to delete):
        // the intent asks for it with the visibility label (expose.via: label, the default). A Route
        // under the name this function gives a Git-managed one stays in Git (expose.via: route).
        Optional<SourceObject> route = find("route.openshift.io", "Route", name);
        Optional<SourceObject> gitRoute = find("route.openshift.io", "Route", name + "-route");
        route.ifPresent(replaces::add);
        gitRoute.ifPresent(replaces::add);
        // the reference's extra Service in front of the predictor is replaced by KServe's own
        ofKind("", "Service").stream().filter(s -> s.summary().name().startsWith(name + "-")).forEach(replaces::add);
        boolean labelled = "exposed".equals(labels.get(ModelObjects.VISIBILITY_LABEL));
        expose.put(ExposeFields.ROUTE, route.isPresent() || gitRoute.isPresent() || labelled);
        if (gitRoute.isPresent()) {
            expose.put(ExposeFields.VIA, "route");
        }
        if ("true".equals(annotations.get("security.opendatahub.io/enable-auth"))) {
            expose.put(ExposeFields.AUTH, true);
        }
        return expose;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cpuAndMemory(Map<String, Object> resources) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String side : List.of(CpuAndMemoryFields.REQUESTS, CpuAndMemoryFields.LIMITS)) {
            Map<String, Object> values = (Map<String, Object>) resources.get(side);
            if (values == null) {
                continue;
            }
            Map<String, Object> kept = new LinkedHashMap<>();
            putIfSet(kept, QuantitiesFields.CPU, values.get("cpu") == null ? null : String.valueOf(values.get("cpu")));
            putIfSet(kept, QuantitiesFields.MEMORY, values.get("memory") == null ? null : String.valueOf(values.get("memory")));
            out.put(side, kept);
        }
        return out;
    }

    private List<SourceObject> ofKind(String group, String kind) {
        return objects.stream().filter(o -> kind.equals(o.summary().kind()) && group.equals(o.summary().group())).toList();
    }

    private Optional<SourceObject> find(String group, String kind, String name) {
        return ofKind(group, kind).stream().filter(o -> Objects.equals(o.summary().name(), name)).findFirst();
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object v = map;
        for (String p : path) {
            v = v instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(p) : null;
        }
        return v;
    }
}

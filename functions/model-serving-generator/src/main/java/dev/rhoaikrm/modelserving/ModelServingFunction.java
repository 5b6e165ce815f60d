package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.catalog.ModelCatalog;
import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Facts;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.facts.GpuPool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * model-serving-generator: one ModelServing intent becomes the Namespace, ServingRuntime,
 * InferenceService, Route (and for hf:// sources a PVC and download Job) of a vLLM model on RHOAI,
 * after the checks that copy-paste never makes: the model fits its GPUs, the GPU pool exists, and
 * arguments do not contradict the intent.
 */
public final class ModelServingFunction implements KrmFunction {
    public static final String NAME = "model-serving-generator";
    private static final IntentSchema SCHEMA = ModelServingSchema.intent();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IntentSchema schema() {
        return SCHEMA;
    }

    @Override
    public void expand(Intent intent, Expansion out) {
        ModelServing m = ModelServingSchema.bind(intent);
        Checks checks = new Checks(m, out);
        checks.consistency();
        Optional<ModelFacts> facts = catalogEntry(m);
        WeightPrecision precision = WeightPrecision.resolve(m, facts, out);
        SkippedChecks skipped = new SkippedChecks(out);
        GpuTarget target = GpuTarget.of(m, out, pools(m, intent, out), skipped);
        Optional<GpuSizing> sizing = new SizingCheck(m, out, skipped).check(facts, precision, target.gpu());
        Map<String, String> nodeSelector = target.nodeSelector();
        List<String> args = vllmArgs(m, precision);
        String pvcSize = m.uri().isHuggingFace() ? checks.storageSize(sizing) : null;

        ModelObjects objects = new ModelObjects(m);
        List<Map<String, Object>> all = new ArrayList<>();
        if (m.createNamespace()) {
            all.add(objects.namespace());
        }
        if (m.uri().isHuggingFace() && pvcSize != null) {
            all.add(objects.persistentVolumeClaim(pvcSize));
            all.add(new DownloadJob(m).job(nodeSelector, tolerations(m)));
        }
        if (m.expose().auth()) {
            all.addAll(objects.authObjects());
        }
        all.add(objects.servingRuntime());
        all.add(objects.inferenceService(args, nodeSelector, tolerations(m), skipped.annotation()));
        if (m.expose().routeObject()) {
            all.add(objects.route());
        }
        for (Map<String, Object> o : all) {
            out.emit(Decorations.apply(o, m));
        }
    }

    /**
     * What the model is checked against: the GpuWorkerSet of gpu.workerSetFile when it names one
     * (its facts, as gpu-workerset-generator publishes them), else the run's. Null when the file
     * cannot be used (the error is reported).
     */
    static Facts pools(ModelServing m, Intent intent, Expansion out) {
        Optional<String> file = m.gpu().workerSetFile();
        if (file.isEmpty()) {
            return out.facts();
        }
        String path = m.gpu().at().pathOf("workerSetFile");
        if (m.gpu().pool().isEmpty() && m.gpu().product().isEmpty()) {
            out.error(path, "names the GpuWorkerSet for gpu.pool or gpu.product; set one of them");
            return null;
        }
        try {
            Facts facts = out.factsOf(WorkerSetFile.read(file.get(), intent, out.inputs(), out.environment()));
            if (facts.intents(GpuPool.PUBLISHER).isEmpty()) {
                out.error(path, "\"" + file.get() + "\" holds no " + GpuPool.PUBLISHER + " intent");
                return null;
            }
            return facts;
        } catch (WorkerSetFile.Unusable e) {
            out.error(path, e.getMessage());
            return null;
        }
    }

    static Optional<ModelFacts> catalogEntry(ModelServing m) {
        ModelCatalog catalog = ModelCatalog.shipped();
        Optional<ModelFacts> byId = m.model().catalogId().isPresent() ? catalog.find(m.model().catalogId().get()) : Optional.empty();
        return byId.isPresent() ? byId : catalog.find(m.uri().text());
    }

    /**
     * The vLLM arguments of the InferenceService; the runtime's own (port, model path, served name)
     * stay on the ServingRuntime. A flag a field owns never comes from runtime.args ({@link Checks}).
     */
    static List<String> vllmArgs(ModelServing m, WeightPrecision precision) {
        List<String> args = new ArrayList<>();
        args.add("--dtype=auto");
        if (m.runtime().maxModelLen().isPresent()) {
            args.add("--max-model-len=" + m.runtime().maxModelLen().get());
        }
        args.add("--gpu-memory-utilization=" + trim(m.runtime().gpuMemoryUtilization()));
        if (m.tensorParallelSize() > 1) {
            args.add("--tensor-parallel-size=" + m.tensorParallelSize());
        }
        if (m.pipelineParallelSize() > 1) {
            args.add("--pipeline-parallel-size=" + m.pipelineParallelSize());
        }
        if (m.dataParallelSize() > 1) {
            args.add("--data-parallel-size=" + m.dataParallelSize());
        }
        if (precision.loadTime() != null) {
            args.add("--quantization=" + precision.loadTime()); // vLLM quantizes the bf16/fp16 weights at load time
        }
        if (m.runtime().toolCallParser().isPresent()) {
            args.add("--enable-auto-tool-choice");
            args.add("--tool-call-parser=" + m.runtime().toolCallParser().get());
        }
        args.addAll(m.runtime().args());
        return args;
    }

    /** The GPU toleration (every GPU pool is tainted nvidia.com/gpu) plus the intent's own. */
    static List<Map<String, Object>> tolerations(ModelServing m) {
        List<Map<String, Object>> tolerations = new ArrayList<>();
        if (m.gpu().count() > 0) {
            tolerations.add(map("key", "nvidia.com/gpu", "operator", "Exists", "effect", "NoSchedule"));
        }
        for (ModelServing.Toleration t : m.tolerations()) {
            Map<String, Object> tol = new LinkedHashMap<>();
            tol.put("key", t.key());
            tol.put("operator", t.operator());
            tol.put("value", t.value().orElse(null));
            tol.put("effect", t.effect().orElse(null));
            tolerations.add(tol);
        }
        return tolerations;
    }

    static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); // not String.format: its parser compiles a regex
    }
}

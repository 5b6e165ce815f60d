package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Quantities;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The checks of one ModelServing intent's fields against each other; each problem is reported with its field path. */
final class Checks {
    /**
     * vLLM flags a field of the intent owns (with their short forms): in runtime.args they would
     * bypass the checks that read the field, or contradict what the intent generates.
     */
    static final Map<String, String> FLAGS_OF_FIELDS = flagsOfFields();

    private final ModelServing m;
    private final Expansion out;

    Checks(ModelServing model, Expansion out) {
        this.m = model;
        this.out = out;
    }

    private static Map<String, String> flagsOfFields() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("--max-model-len", "runtime.maxModelLen");
        flags.put("--gpu-memory-utilization", "runtime.gpuMemoryUtilization");
        flags.put("--tensor-parallel-size", "runtime.tensorParallelSize");
        flags.put("-tp", "runtime.tensorParallelSize");
        flags.put("--pipeline-parallel-size", "runtime.pipelineParallelSize");
        flags.put("-pp", "runtime.pipelineParallelSize");
        flags.put("--data-parallel-size", "runtime.dataParallelSize");
        flags.put("-dp", "runtime.dataParallelSize");
        flags.put("--quantization", "runtime.quantization (model.quantization says how the checkpoint is stored)");
        flags.put("-q", "runtime.quantization (model.quantization says how the checkpoint is stored)");
        flags.put("--tool-call-parser", "runtime.toolCallParser");
        flags.put("--enable-auto-tool-choice", "runtime.toolCallParser");
        return Map.copyOf(flags);
    }

    /** Fields that are valid alone but contradict each other. */
    void consistency() {
        if (m.replicas().min() > m.replicas().maxOrMin()) {
            out.error(m.replicas().at().pathOf("min"), "min " + m.replicas().min() + " is more than max " + m.replicas().maxOrMin());
        }
        String problem = m.containerResources().problem();
        if (problem != null) {
            out.error(m.at().pathOf("resources"), problem);
        } else if (m.sharedMemoryGiB() > 0 && Quantities.compare(m.containerResources().memoryLimit(), m.sharedMemoryGiB() + "Gi") <= 0) {
            out.error(m.at().pathOf("resources"), "memory limit " + m.containerResources().memoryLimit() + " is no more than the "
                    + m.sharedMemoryGiB() + "Gi of shared memory (/dev/shm) the " + m.gpu().count() + " GPUs get, which counts"
                    + " against it; raise the limit by at least that much");
        }
        String downloadProblem = m.downloadResources().problem();
        if (downloadProblem != null) {
            out.error(m.download().at().pathOf("resources"), downloadProblem);
        }
        if (m.uri().isHuggingFace()) {
            String uriPath = m.model().at().pathOf("uri");
            Optional<String> repoIdProblem = HuggingFaceNames.repoIdProblem(m.uri().repoId());
            if (repoIdProblem.isPresent()) {
                out.error(uriPath, repoIdProblem.get());
            }
            Optional<String> revisionProblem = m.uri().revision() == null ? Optional.empty()
                    : HuggingFaceNames.revisionProblem(m.uri().revision());
            if (revisionProblem.isPresent()) {
                out.error(uriPath, revisionProblem.get());
            }
        }
        if (!m.uri().isHuggingFace() && m.at().has("storage")) {
            out.error(m.at().pathOf("storage"), "applies to hf:// sources only; " + m.uri().scheme() + ":// weights are not downloaded");
        }
        if (!m.uri().isHuggingFace() && m.at().has("download")) {
            out.error(m.at().pathOf("download"), "applies to hf:// sources only");
        }
        if (m.gpu().product().isPresent() && m.gpu().pool().isPresent()) {
            out.error(m.gpu().at().pathOf("pool"), "name either gpu.product or gpu.pool, not both (the pool decides the product)");
        }
        parallelShape();
        cpuOnly();
        runtimeArgs();
    }

    /**
     * vLLM runs TP × PP GPUs per engine and DP engines per pod: that product must be gpu.count.
     * Fewer would leave GPUs requested and idle (blocked for every other workload), more would not start.
     */
    private void parallelShape() {
        long tp = m.tensorParallelSize();
        long pp = m.pipelineParallelSize();
        long dp = m.dataParallelSize();
        long count = m.gpu().count();
        long used = tp * pp * dp;
        String shape = "tensorParallelSize " + tp + " × pipelineParallelSize " + pp + " × dataParallelSize " + dp;
        if (count == 0) {
            if (used > 1) {
                out.error(m.gpu().at().pathOf("count"), "0 GPUs, but " + shape + " needs " + used);
            }
            if (m.runtime().quantization().isPresent()) {
                out.error(m.runtime().at().pathOf("quantization"), "load-time fp8 quantization needs a GPU; gpu.count is 0");
            }
            return;
        }
        if (m.runtime().tensorParallelSize().isEmpty() && count % (pp * dp) != 0) {
            out.error(m.runtime().at().pathOf(m.runtime().pipelineParallelSize().isPresent() ? "pipelineParallelSize" : "dataParallelSize"),
                    "pipelineParallelSize " + pp + " × dataParallelSize " + dp + " does not divide gpu.count " + count);
        } else if (used > count) {
            out.error(m.runtime().at().pathOf("tensorParallelSize"), shape + " needs " + used + " GPUs, but gpu.count is " + count);
        } else if (used < count) {
            out.error(m.gpu().at().pathOf("count"), count + " GPUs per replica, but vLLM uses " + shape + " = " + used + ": "
                    + (count - used) + " would sit idle (requested, so no other pod gets them); set runtime.pipelineParallelSize or"
                    + " runtime.dataParallelSize to use them, or gpu.count: " + used);
        }
    }

    /**
     * gpu.count 0 with the CUDA image: vLLM's CUDA build does not start without a GPU, so a CPU
     * model is a deliberate choice of a CPU image (runtime.image).
     */
    private void cpuOnly() {
        if (m.gpu().count() == 0 && cudaImage()) {
            out.error(m.gpu().at().pathOf("count"), "0 GPUs with the CUDA vLLM image " + m.runtime().image()
                    + ", which needs a GPU; ask for GPUs, or set runtime.image to a CPU build of vLLM to serve on CPUs");
        }
    }

    boolean cudaImage() {
        return m.runtime().image().toLowerCase(Locale.ROOT).contains("cuda");
    }

    /** "--max-model-len" of "--max-model-len=4096" or "--max-model-len 4096" (what split("[= ]", 2) gave, without its regex). */
    static String flagName(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            if (arg.charAt(i) == '=' || arg.charAt(i) == ' ') {
                return arg.substring(0, i);
            }
        }
        return arg;
    }

    /** A flag in runtime.args that a field owns is refused, naming the field. */
    private void runtimeArgs() {
        List<String> extra = m.runtime().args();
        for (int i = 0; i < extra.size(); i++) {
            String flag = flagName(extra.get(i));
            String field = FLAGS_OF_FIELDS.get(flag);
            if (field != null) {
                out.error(m.runtime().at().pathOf("args") + "[" + i + "]", flag + " is set through " + field
                        + ", which the checks read; remove it from runtime.args");
            } else if (flag.equals("--dtype")) {
                out.error(m.runtime().at().pathOf("args") + "[" + i + "]", "--dtype is set from the intent (--dtype=auto:"
                        + " the checkpoint's own); remove it from runtime.args");
            }
        }
    }

    /**
     * The PVC size: stated (and checked against what is downloaded), or derived from it. What is
     * downloaded is the checkpoint as stored, in the format vLLM loads (the download skips the others).
     */
    String storageSize(Optional<GpuSizing> sizing) {
        Optional<Double> downloadGiB = sizing.isPresent() ? Optional.of(sizing.get().checkpointGiB()) : Optional.empty();
        if (m.storage().size().isPresent()) {
            String size = m.storage().size().get();
            double stated = Quantities.amount(size) / (1 << 30);
            if (downloadGiB.isPresent() && stated < downloadGiB.get()) {
                out.error(m.storage().at().pathOf("size"), String.format(Locale.ROOT, "%s is smaller than the weights to download (about %s)",
                        size, GpuSizing.gib(downloadGiB.get())));
            }
            return size;
        }
        if (downloadGiB.isEmpty()) {
            out.error(m.storage().at().pathOf("size"), "cannot be derived without model.parameters: state the PVC size");
            return null;
        }
        return (long) Math.ceil(downloadGiB.get() * 1.25 + 5) + "Gi";
    }
}

package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.ClusterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cluster facts of an intent as a platform writes them into a provider spec. Without a source
 * MachineSet every fact is the stated value or its conventional default (derived from the
 * infrastructure id, as the installer names things); with one, only stated facts are written,
 * over the source's own.
 *
 * @param spec         spec.cluster as the user wrote it
 * @param withDefaults whether facts nobody stated take their installer defaults (no source MachineSet)
 */
record Facts(ClusterSpec spec, String infraId, String region, boolean withDefaults, Problems problems) {

    /** The stated value, else (without a source) the default; empty when neither applies. */
    Optional<String> get(Optional<String> stated, Supplier<String> byDefault) {
        if (stated.isPresent()) {
            return stated;
        }
        return withDefaults && byDefault != null ? Optional.ofNullable(byDefault.get()) : Optional.empty();
    }

    /** {@link #get(Optional, Supplier)} with a default that costs nothing to make (no lambda to link on the start path). */
    Optional<String> get(Optional<String> stated, String byDefault) {
        if (stated.isPresent()) {
            return stated;
        }
        return withDefaults && byDefault != null ? Optional.of(byDefault) : Optional.empty();
    }

    /** Like {@link #get} for a fact without a default: without a source it is required ({@code path} names it). */
    Optional<String> required(Optional<String> stated, String path, String hint) {
        if (stated.isEmpty() && withDefaults) {
            problems.error(path, "required unless spec.cluster.fromMachineSet names a worker MachineSet" + hint);
        }
        return stated;
    }

    Optional<Boolean> flag(Optional<Boolean> stated, boolean byDefault) {
        return stated.isPresent() ? stated : withDefaults ? Optional.of(byDefault) : Optional.empty();
    }

    /** A list fact: stated when {@code isStated}, else (without a source) the default. */
    Optional<List<String>> strings(boolean isStated, List<String> stated, Supplier<List<String>> byDefault) {
        if (isStated) {
            return Optional.of(stated);
        }
        return withDefaults ? Optional.of(byDefault.get()) : Optional.empty();
    }

    /** Writes {@code value} at {@code key}, or removes the key for "" (facts such as a public load balancer can be "none"). */
    static void putOrRemove(Map<String, Object> spec, String key, String value) {
        if (value.isEmpty()) {
            spec.remove(key);
        } else {
            spec.put(key, value);
        }
    }
}

package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cluster facts of an intent as a platform writes them into a provider spec. Without a source
 * MachineSet every fact is the stated value or its conventional default (derived from the
 * infrastructure id, as the installer names things); with one, only stated facts are written,
 * over the source's own.
 */
final class Facts {
    final BoundObject cluster;
    final String infraId;
    final String region;
    final boolean withDefaults;
    final Problems problems;

    Facts(BoundObject cluster, String infraId, String region, boolean withDefaults, Problems problems) {
        this.cluster = cluster;
        this.infraId = infraId;
        this.region = region;
        this.withDefaults = withDefaults;
        this.problems = problems;
    }

    BoundObject section(String platform) {
        return cluster.object(platform);
    }

    /** The stated value, else (without a source) the default; empty when neither applies. */
    Optional<String> get(BoundObject owner, String field, Supplier<String> byDefault) {
        if (owner.has(field)) {
            return Optional.of(owner.string(field));
        }
        return withDefaults && byDefault != null ? Optional.ofNullable(byDefault.get()) : Optional.empty();
    }

    /** Like {@link #get} for a fact without a default: without a source it is required. */
    Optional<String> required(BoundObject owner, String field, String hint) {
        if (owner.has(field)) {
            return Optional.of(owner.string(field));
        }
        if (withDefaults) {
            problems.error(owner.pathOf(field), "required unless spec.cluster.fromMachineSet names a worker MachineSet" + hint);
        }
        return Optional.empty();
    }

    Optional<Boolean> flag(BoundObject owner, String field, boolean byDefault) {
        if (owner.has(field)) {
            return Optional.of(owner.bool(field));
        }
        return withDefaults ? Optional.of(byDefault) : Optional.empty();
    }

    Optional<List<String>> strings(BoundObject owner, String field, Supplier<List<String>> byDefault) {
        if (owner.has(field)) {
            return Optional.of(owner.strings(field));
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

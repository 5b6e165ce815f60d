package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.ReferencedFile;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The worker MachineSet named by {@code spec.cluster.fromMachineSet}: a saved file (found among the
 * input objects by its path, or read from disk when the front door did not pass it in, as a
 * kustomize generator does) or a MachineSet object of the input, by name.
 *
 * <p>Only cluster facts are read from it: the provider spec without its embedded metadata, the
 * infrastructure id and its zone. Status, uid, resourceVersion, managedFields and the rest of what
 * the API server wrote are never copied. A file, and a named object that is a snapshot (it carries
 * such server-set fields), is the intent's material, not a manifest: it is left out of plain
 * manifests like the intent. A named MachineSet without them is one the user deploys from Git and
 * passes through untouched.
 */
final class SourceMachineSet {
    static final String GROUP = "machine.openshift.io";
    static final String CLUSTER_LABEL = "machine.openshift.io/cluster-api-cluster";
    static final String ROLE_LABEL = "machine.openshift.io/cluster-api-machine-role";

    private final Map<String, Object> object;
    private final String description;

    private SourceMachineSet(Map<String, Object> object, String description) {
        this.object = object;
        this.description = description;
    }

    /** "MachineSet/ocp-2qkbk-worker-us-east-2a (worker.yaml)", for messages. */
    String describe() {
        return description;
    }

    String name() {
        return Maps.string(object, "metadata", "name");
    }

    /** The infrastructure id the installer put in the cluster-api-cluster label. */
    String infrastructureId() {
        String id = Maps.string(object, "metadata", "labels", CLUSTER_LABEL);
        return id != null ? id : Maps.string(object, "spec", "template", "metadata", "labels", CLUSTER_LABEL);
    }

    String role() {
        return Maps.string(object, "spec", "template", "metadata", "labels", ROLE_LABEL);
    }

    /** The provider spec, copied, without the empty metadata Go serialises into it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> providerSpec() {
        Object value = Maps.at(object, "spec", "template", "spec", "providerSpec", "value");
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, Object> copy = Maps.copyMap((Map<String, Object>) m);
        copy.remove("metadata");
        return copy;
    }

    String providerKind() {
        return Maps.string(object, "spec", "template", "spec", "providerSpec", "value", "kind");
    }

    /** Finds and reads the source; problems go to {@code problems} at spec.cluster.fromMachineSet paths. */
    static Optional<SourceMachineSet> resolve(GpuWorkerSet.FromMachineSet from, Intent intent, Inputs inputs, Environment env,
                                              Problems problems, Consumer<SourceObject> consume) {
        boolean byFile = from.file().isPresent();
        if (byFile == from.name().isPresent()) {
            problems.error(from.at().path(), "name either file (a saved MachineSet) or name (a MachineSet of the input), not "
                    + (byFile ? "both" : "neither"));
            return Optional.empty();
        }
        return byFile ? fromFile(from, intent, inputs, env, problems, consume) : byName(from, inputs, problems, consume);
    }

    private static Optional<SourceMachineSet> byName(GpuWorkerSet.FromMachineSet from, Inputs inputs, Problems problems,
                                                     Consumer<SourceObject> consume) {
        String name = from.name().orElseThrow();
        List<SourceObject> found = inputs.ofKind(GROUP, "MachineSet").stream()
                .filter(o -> name.equals(o.summary().name())).toList();
        if (found.isEmpty()) {
            problems.error(from.at().pathOf("name"), "no MachineSet named \"" + name + "\" in the input (a kustomize generator sees only"
                    + " its intent: use fromMachineSet.file, or list the MachineSet under resources and the intent under transformers)");
            return Optional.empty();
        }
        if (found.size() > 1) {
            problems.error(from.at().pathOf("name"), "the input holds " + found.size() + " MachineSets named \"" + name + "\" (in "
                    + String.join(", ", found.stream().map(SourceObject::file).toList()) + ")");
            return Optional.empty();
        }
        SourceObject o = found.get(0);
        Map<String, Object> map = read(o, from.at().pathOf("name"), problems);
        if (map == null) {
            return Optional.empty();
        }
        if (ServerWritten.isSnapshot(map)) {
            consume.accept(o);
        }
        return Optional.of(new SourceMachineSet(map, "MachineSet/" + name + " (" + o.file() + ")"));
    }

    private static Optional<SourceMachineSet> fromFile(GpuWorkerSet.FromMachineSet from, Intent intent, Inputs inputs, Environment env,
                                                       Problems problems, Consumer<SourceObject> consume) {
        String file = from.file().orElseThrow();
        String path = from.at().pathOf("file");
        List<SourceObject> inFile;
        try {
            ReferencedFile found = ReferencedFile.read(file, intent, inputs, env);
            if (found.inInput()) {
                found.objects().forEach(consume);
            }
            inFile = found.objects();
        } catch (ReferencedFile.Unusable e) {
            problems.error(path, e.getMessage() + (e.missing() ? " (save it with: oc get machineset -n openshift-machine-api NAME"
                    + " -o yaml > " + file + ")" : ""));
            return Optional.empty();
        }
        if (inFile.size() != 1) {
            problems.error(path, file + " holds " + inFile.size() + " objects; save exactly one MachineSet"
                    + " (oc get machineset -n openshift-machine-api NAME -o yaml)");
            return Optional.empty();
        }
        SourceObject o = inFile.get(0);
        if (!GROUP.equals(o.summary().group()) || !"MachineSet".equals(o.summary().kind())) {
            problems.error(path, file + " holds a " + o.summary().kind() + " (" + o.summary().apiVersion() + "), not a "
                    + GROUP + " MachineSet");
            return Optional.empty();
        }
        Map<String, Object> map = read(o, path, problems);
        return map == null ? Optional.empty()
                : Optional.of(new SourceMachineSet(map, "MachineSet/" + o.summary().name() + " (" + file + ")"));
    }

    private static Map<String, Object> read(SourceObject o, String path, Problems problems) {
        try {
            return o.toMap();
        } catch (YamlInputException e) {
            problems.error(path, "cannot read " + o.file() + ": " + e.getMessage());
            return null;
        }
    }
}

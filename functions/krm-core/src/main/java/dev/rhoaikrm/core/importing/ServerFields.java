package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.Yaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the API server and GitOps tooling write on every object, whatever its kind: an object saved
 * with {@code oc get -o yaml} carries them, a file in Git never does, and no intent generates them.
 * Import reads objects without them, so that they are neither copied into intents nor reported as
 * differences. Kind-specific fields that controllers write (a MachineSet's scale-from-zero
 * annotations) are each function's to know.
 */
final class ServerFields {
    /** metadata fields the API server sets (k8s.io/apimachinery ObjectMeta: read-only or system-populated). */
    static final List<String> METADATA = List.of("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields",
            "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds");
    /**
     * Annotations written by tools, not people: kubectl apply's record of the last applied object, and
     * Argo CD's resource tracking (argoproj/argo-cd common/common.go AnnotationKeyAppInstance), which
     * Argo CD writes again on every object it syncs.
     */
    static final List<String> ANNOTATIONS = List.of("kubectl.kubernetes.io/last-applied-configuration", "argocd.argoproj.io/tracking-id");

    private ServerFields() {
    }

    /** The object without them, and the fields it had (empty when it had none: then {@code object} itself). */
    record Stripped(SourceObject object, Set<String> fields) {
    }

    @SuppressWarnings("unchecked")
    static Stripped strip(SourceObject object) {
        Map<String, Object> map = new LinkedHashMap<>(object.toMap());
        Set<String> found = new TreeSet<>();
        if (map.remove("status") != null) {
            found.add("status");
        }
        if (map.get("metadata") instanceof Map<?, ?> m) {
            Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) m);
            for (String field : METADATA) {
                if (metadata.remove(field) != null) {
                    found.add("metadata." + field);
                }
            }
            if (metadata.get("annotations") instanceof Map<?, ?> a) {
                Map<String, Object> annotations = new LinkedHashMap<>((Map<String, Object>) a);
                for (String key : ANNOTATIONS) {
                    if (annotations.remove(key) != null) {
                        found.add("metadata.annotations." + key);
                    }
                }
                if (annotations.isEmpty()) {
                    metadata.remove("annotations");
                } else {
                    metadata.put("annotations", annotations);
                }
            }
            map.put("metadata", metadata);
        }
        if (found.isEmpty()) {
            return new Stripped(object, found);
        }
        List<SourceObject> again = ObjectScanner.scan(SourceText.of(Yaml.dump(map)), object.file(), InputLimits.DEFAULT).documents();
        return new Stripped(again.get(0), found);
    }
}

package dev.rhoaikrm.testsupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fabric8's model classes as a second oracle beside the upstream schemas: a generated object must
 * read into the fabric8 class of its kind with no unknown field. The functions build plain maps
 * (no reflection on the start path); this keeps them honest about field names and shapes.
 */
public final class Fabric8Models {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> CLASSES = Map.ofEntries(
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/PersistentVolumeClaim", io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class),
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("v1/Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class),
            Map.entry("rbac.authorization.k8s.io/v1/Role", io.fabric8.kubernetes.api.model.rbac.Role.class),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", io.fabric8.kubernetes.api.model.rbac.RoleBinding.class),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRoleBinding", io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding.class),
            Map.entry("route.openshift.io/v1/Route", io.fabric8.openshift.api.model.Route.class),
            Map.entry("machine.openshift.io/v1beta1/MachineSet", io.fabric8.openshift.api.model.machine.v1beta1.MachineSet.class),
            Map.entry("autoscaling.openshift.io/v1beta1/MachineAutoscaler", io.fabric8.openshift.api.model.autoscaling.v1beta1.MachineAutoscaler.class),
            Map.entry("autoscaling.openshift.io/v1/ClusterAutoscaler", io.fabric8.openshift.api.model.autoscaling.v1.ClusterAutoscaler.class));

    private Fabric8Models() {
    }

    /** Problems reading the object into its fabric8 class; empty when it reads, or when fabric8 has no class for the kind. */
    public static List<String> problems(Map<String, Object> object) {
        Class<?> type = CLASSES.get(object.get("apiVersion") + "/" + object.get("kind"));
        List<String> problems = new ArrayList<>();
        if (type != null) {
            try {
                unknownFields(STRICT.convertValue(object, type), "", problems, new java.util.IdentityHashMap<>());
            } catch (IllegalArgumentException e) {
                problems.add(object.get("kind") + ": " + e.getMessage().split("\n")[0]);
            }
        }
        return problems;
    }

    /**
     * fabric8's classes keep fields they do not know in additionalProperties instead of failing,
     * so the walk looks for them: any there is a field the model does not have.
     */
    private static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (java.lang.reflect.Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object child = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties") && child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> problems.add((path.isEmpty() ? "" : path.substring(1) + ".") + k + ": not a field of "
                            + value.getClass().getSimpleName()));
                } else if (!getter.getName().equals("getAdditionalProperties")) {
                    String field = getter.getName().substring(3);
                    unknownFields(child, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), problems, seen);
                }
            } catch (ReflectiveOperationException e) {
                problems.add(path + ": " + e);
            }
        }
    }

    /** Whether fabric8 has a class for the kind (tests assert that the kinds they expect are covered). */
    public static boolean covers(String apiVersion, String kind) {
        return CLASSES.containsKey(apiVersion + "/" + kind);
    }
}

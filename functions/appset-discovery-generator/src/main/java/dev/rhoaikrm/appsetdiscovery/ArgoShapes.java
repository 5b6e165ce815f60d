package dev.rhoaikrm.appsetdiscovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a hand-written AppProject, ApplicationSet, Application or ArgoCD that an AppSetDiscovery can
 * express: the shape of what {@link ArgoObjects} writes. Import reads an object into the intent only
 * when it has nothing else; any other field (an AppProject's roles, syncWindows, signatureKeys,
 * orphanedResources; an Application's labels, finalizers or info) would be lost, so the object stays
 * as plain YAML and the report names the fields.
 */
final class ArgoShapes {
    /** A node of a shape: any value (null fields), an object with known fields, or a list of one shape. */
    private record Shape(Map<String, Shape> fields, Shape items) {
        static final Shape ANY = new Shape(null, null);
    }

    private ArgoShapes() {
    }

    private static Shape any() {
        return Shape.ANY;
    }

    private static Shape object(Object... namesAndShapes) {
        Map<String, Shape> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            fields.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
        }
        return new Shape(fields, null);
    }

    private static Shape list(Shape items) {
        return new Shape(null, items);
    }

    private static final Shape GROUP_KINDS = list(object("group", any(), "kind", any()));
    private static final Shape DESTINATION = object("server", any(), "name", any(), "namespace", any());
    private static final Shape IGNORE_DIFFERENCES = list(object("group", any(), "kind", any(), "name", any(), "namespace", any(),
            "jsonPointers", any(), "jqPathExpressions", any(), "managedFieldsManagers", any()));
    private static final Shape SYNC_POLICY = object(
            "automated", object("prune", any(), "selfHeal", any()),
            "syncOptions", any(),
            "retry", object("limit", any(), "backoff", object("duration", any(), "maxDuration", any(), "factor", any())));
    private static final Shape SOURCE = object("repoURL", any(), "targetRevision", any(), "path", any());
    private static final Shape APPLICATION_SPEC = object("project", any(), "source", SOURCE, "destination", DESTINATION,
            "ignoreDifferences", IGNORE_DIFFERENCES, "syncPolicy", SYNC_POLICY);

    private static Shape metadata(Shape labels) {
        return object("name", any(), "namespace", any(), "labels", labels, "annotations", object(ArgoObjects.WAVE, any()));
    }

    private static Shape kindOf(Shape metadata, Shape spec) {
        return object("apiVersion", any(), "kind", any(), "metadata", metadata, "spec", spec);
    }

    /** No labels: an empty object shape accepts none. */
    private static final Shape NO_LABELS = object();

    static final Shape APP_PROJECT = kindOf(metadata(NO_LABELS), object(
            "description", any(),
            "sourceRepos", any(),
            "destinations", list(DESTINATION),
            "clusterResourceWhitelist", GROUP_KINDS,
            "namespaceResourceWhitelist", GROUP_KINDS,
            "namespaceResourceBlacklist", GROUP_KINDS));

    static final Shape APPLICATION_SET = kindOf(metadata(NO_LABELS), object(
            "goTemplate", any(),
            "goTemplateOptions", any(),
            "syncPolicy", object("applicationsSync", any(), "preserveResourcesOnDeletion", any()),
            "generators", list(object("git", object("repoURL", any(), "revision", any(),
                    "directories", list(object("path", any(), "exclude", any()))))),
            "strategy", object("type", any(), "rollingSync", object("steps", list(object("matchExpressions", any(), "maxUpdate", any())))),
            "template", object(
                    "metadata", object("name", any(), "namespace", any(), "labels", any()),
                    "spec", APPLICATION_SPEC)));

    static final Shape APPLICATION = kindOf(metadata(NO_LABELS), APPLICATION_SPEC);

    /** The ArgoCD resource as bootstrap.healthChecks writes it: the running instance's checks, nothing else. */
    static final Shape ARGO_CD = kindOf(object("name", any(), "namespace", any(), "annotations", object(ArgoObjects.WAVE, any())),
            object("resourceHealthChecks", list(object("group", any(), "kind", any(), "check", any()))));

    static Shape of(String kind) {
        return switch (kind) {
            case "AppProject" -> APP_PROJECT;
            case "ArgoCD" -> ARGO_CD;
            case "ApplicationSet" -> APPLICATION_SET;
            default -> APPLICATION;
        };
    }

    /** The field paths of {@code object} that the shape of its kind does not have, e.g. spec.roles. */
    static List<String> outside(String kind, Map<String, Object> object) {
        List<String> out = new ArrayList<>();
        walk(of(kind), object, "", out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Shape shape, Object value, String path, List<String> out) {
        if (shape.fields() != null && value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                Shape field = shape.fields().get(e.getKey());
                if (field == null) {
                    out.add(child);
                } else {
                    walk(field, e.getValue(), child, out);
                }
            }
        } else if (shape.items() != null && value instanceof List<?> list) {
            List<String> inner = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                walk(shape.items(), list.get(i), path + "[" + i + "]", inner);
            }
            inner.stream().map(p -> p.replaceFirst("\\[[0-9]+]", "[]")).distinct().forEach(out::add);
        }
    }
}

package dev.rhoaikrm.cli;

import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.importing.ObjectDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kustomization's objects against the reference's: paired by kind/namespace/name (or a known
 * rename), then field by field ({@link ObjectDiff}), one line per difference.
 */
final class ObjectPairs {
    /** MachineAutoscalers are named after their MachineSets here; which reference object each one is. */
    private static final Map<String, String> RENAMED = Map.of(
            "MachineAutoscaler/openshift-machine-api/gpu-l4-autoscaler", "MachineAutoscaler/openshift-machine-api/ocp-2qkbk-gpu-l4-us-east-2a",
            "MachineAutoscaler/openshift-machine-api/gpu-l40s-autoscaler", "MachineAutoscaler/openshift-machine-api/ocp-2qkbk-gpu-l40s-us-east-2a");

    private ObjectPairs() {
    }

    /**
     * The differences, reference objects first in their order, then the objects only here;
     * rhoai-krm.dev/generated-by is left out of the objects here.
     */
    static List<String> lines(Map<String, Map<String, Object>> ref, Map<String, Map<String, Object>> generated) {
        Map<String, Map<String, Object>> here = new LinkedHashMap<>();
        generated.forEach((k, v) -> here.put(k, withoutMark(v)));
        Map<String, String> pairs = pair(ref, here);
        List<String> lines = new ArrayList<>();
        for (String r : ref.keySet()) {
            String h = pairs.get(r);
            if (h == null) {
                lines.add(r + ": only in the reference");
                continue;
            }
            if (!h.equals(r)) {
                lines.add(r + ": renamed to " + h);
            }
            List<String> fields = new ArrayList<>();
            listDeltas("", ref.get(r), here.get(h), fields);
            fields.addAll(ObjectDiff.diff(ref.get(r), here.get(h)));
            fields.stream().filter(d -> h.equals(r) || !d.startsWith("metadata.name:")).sorted().forEach(d -> lines.add(r + ": " + d));
        }
        here.keySet().stream().filter(h -> !pairs.containsValue(h)).forEach(h -> lines.add(h + ": only here"));
        return lines;
    }

    /**
     * Lists of scalars of different lengths (ObjectDiff prints them whole, cut short): which elements
     * come and go. The list in {@code b} is then set to {@code a}'s so ObjectDiff passes over it.
     */
    @SuppressWarnings("unchecked")
    private static void listDeltas(String path, Object a, Object b, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (Object k : ma.keySet()) {
                String p = path.isEmpty() ? String.valueOf(k) : path + "." + k;
                if (ma.get(k) instanceof List<?> la && mb.get(k) instanceof List<?> lb && la.size() != lb.size() && scalars(la) && scalars(lb)) {
                    List<Object> added = new ArrayList<>(lb);
                    added.removeAll(la);
                    List<Object> dropped = new ArrayList<>(la);
                    dropped.removeAll(lb);
                    out.add(p + ": " + (added.isEmpty() ? "" : "added " + added) + (added.isEmpty() || dropped.isEmpty() ? "" : ", ")
                            + (dropped.isEmpty() ? "" : "dropped " + dropped) + (added.isEmpty() && dropped.isEmpty() ? "repeated elements" : ""));
                    ((Map<Object, Object>) mb).put(k, la);
                } else if (mb.containsKey(k)) {
                    listDeltas(p, ma.get(k), mb.get(k), out);
                }
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                listDeltas(path + "[" + i + "]", la.get(i), lb.get(i), out);
            }
        }
    }

    private static boolean scalars(List<?> list) {
        return list.stream().noneMatch(e -> e instanceof Map<?, ?> || e instanceof List<?>);
    }

    /** Same key; else a documented rename; else the only unmatched object of its kind and namespace on each side. */
    private static Map<String, String> pair(Map<String, Map<String, Object>> ref, Map<String, Map<String, Object>> here) {
        Map<String, String> pairs = new LinkedHashMap<>();
        ref.keySet().stream().filter(here::containsKey).forEach(k -> pairs.put(k, k));
        RENAMED.forEach((r, h) -> {
            if (ref.containsKey(r) && here.containsKey(h)) {
                pairs.put(r, h);
            }
        });
        for (String r : ref.keySet()) {
            if (pairs.containsKey(r)) {
                continue;
            }
            String group = r.substring(0, r.lastIndexOf('/') + 1);
            List<String> refLeft = ref.keySet().stream().filter(k -> k.startsWith(group) && !pairs.containsKey(k)).toList();
            List<String> hereLeft = here.keySet().stream().filter(k -> k.startsWith(group) && !pairs.containsValue(k)).toList();
            if (refLeft.size() == 1 && hereLeft.size() == 1) {
                pairs.put(r, hereLeft.get(0));
            }
        }
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutMark(Map<String, Object> object) {
        Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) object.get("metadata"));
        if (meta.get("annotations") instanceof Map<?, ?> a && a.containsKey(Pipeline.GENERATED_BY)) {
            Map<String, Object> annotations = new LinkedHashMap<>((Map<String, Object>) a);
            annotations.remove(Pipeline.GENERATED_BY);
            if (annotations.isEmpty()) {
                meta.remove("annotations");
            } else {
                meta.put("annotations", annotations);
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(object);
        copy.put("metadata", meta);
        return copy;
    }
}

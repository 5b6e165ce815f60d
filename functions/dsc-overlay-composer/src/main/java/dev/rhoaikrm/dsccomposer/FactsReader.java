package dev.rhoaikrm.dsccomposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the facts of a release (releases/&lt;id&gt;.yaml merged with what it extends) into {@link Release.Facts}. */
final class FactsReader {
    private static final Set<String> NEED_KINDS = Set.of("operator", "noOperator", "crd", "noCrd", "instance",
            "noInstanceNamedOtherwise", "anyComponent");

    private FactsReader() {
    }

    static Release.Facts read(String where, Map<String, Object> file) {
        Map<String, Release.Equivalent> equivalents = new TreeMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(where, file, "equivalents").entrySet()) {
            String k = entry.getKey();
            Object v = entry.getValue();
            Map<String, Object> e = DataFiles.mapping(where + ": equivalents." + k, v);
            equivalents.put(k, new Release.Equivalent((String) e.get("use"), DataFiles.string(where + ": equivalents." + k, e, "why")));
        }
        Map<String, Map<String, Release.Refusal>> refused = new TreeMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(where, file, "refused").entrySet()) {
            String path = entry.getKey();
            Object values = entry.getValue();
            Map<String, Release.Refusal> reasons = new LinkedHashMap<>();
            for (Map.Entry<String, Object> reason : DataFiles.mapping(where + ": refused." + path, values).entrySet()) {
                String value = reason.getKey();
                Object r = reason.getValue();

                String at = where + ": refused." + path + "." + value;
                Map<String, Object> m = DataFiles.mapping(at, r);
                reasons.put(value, new Release.Refusal(DataFiles.string(at, m, "reason").trim(), (String) m.get("fix"),
                        DataFiles.string(at, m, "source")));
            }
            refused.put(path, reasons);
        }
        Map<String, Release.Deprecation> deprecated = new TreeMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(where, file, "deprecated").entrySet()) {
            String path = entry.getKey();
            Object d = entry.getValue();
            String at = where + ": deprecated." + path;
            Map<String, Object> m = DataFiles.mapping(at, d);
            deprecated.put(path, new Release.Deprecation(List.copyOf(DataFiles.strings(at, m, "use")), DataFiles.string(at, m, "why"),
                    DataFiles.string(at, m, "source")));
        }
        Map<String, Release.Operator> operators = new TreeMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(where, file, "operators").entrySet()) {
            String id = entry.getKey();
            Object o = entry.getValue();
            String at = where + ": operators." + id;
            Map<String, Object> m = DataFiles.mapping(at, o);
            if (m.get("subscriptionName") == null && m.get("csvPrefix") == null && m.get("install") == null) {
                throw new IllegalStateException(at + ": needs subscriptionName or csvPrefix (how the operator finds it), or install");
            }
            boolean lookedUp = m.get("subscriptionName") != null || m.get("csvPrefix") != null;
            operators.put(id, new Release.Operator(id, DataFiles.string(at, m, "name"), (String) m.get("subscriptionName"),
                    (String) m.get("csvPrefix"), List.copyOf(DataFiles.strings(at, m, "packages")),
                    lookedUp ? DataFiles.string(at, m, "source") : (String) m.get("source"),
                    m.get("install") == null ? null : install(at + ".install", DataFiles.mapping(at, m, "install"))));
        }
        for (Release.Operator o : operators.values()) {
            if (o.install() == null) {
                continue;
            }
            for (String r : o.install().requires()) {
                if (operators.get(r) == null || operators.get(r).install() == null) {
                    throw new IllegalStateException(where + ": an operator requires " + r + ", which has no install");
                }
            }
        }
        Map<String, Release.RefusedOperator> refusedOperators = new TreeMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(where, file, "refusedOperators").entrySet()) {
            String pkg = entry.getKey();
            Object r = entry.getValue();
            Map<String, Object> m = DataFiles.mapping(where + ": refusedOperators." + pkg, r);
            refusedOperators.put(pkg, new Release.RefusedOperator(DataFiles.string(where, m, "reason").trim(), DataFiles.string(where, m, "source")));
        }
        List<Release.Check> checks = new ArrayList<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(where, file, "checks").entrySet()) {
            String id = entry.getKey();
            Object c = entry.getValue();
            checks.add(check(where + ": checks." + id, id, c, operators));
        }
        return new Release.Facts(equivalents, refused, deprecated, operators, refusedOperators, List.copyOf(checks),
                dsci(where, file), writtenBack(where, file));
    }

    private static final Set<String> GROUP_SHAPES = Set.of(Release.Install.ALL_NAMESPACES, Release.Install.OWN_NAMESPACE,
            Release.Install.EXISTING);

    private static Release.Install install(String at, Map<String, Object> m) {
        String group = DataFiles.string(at, m, "operatorGroup");
        if (!GROUP_SHAPES.contains(group)) {
            throw new IllegalStateException(at + ": operatorGroup is one of " + GROUP_SHAPES + ", not " + group);
        }
        if (m.get("channel") == null && m.get("carriedBy") == null) {
            throw new IllegalStateException(at + ": a channel, or carriedBy (the moving channels that carry the release)");
        }
        Map<String, String> labels = new TreeMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(at, m, "namespaceLabels").entrySet()) {
            String k = entry.getKey();
            Object v = entry.getValue();
            labels.put(k, String.valueOf(v));
        }
        Release.Instance instance = null;
        if (m.get("instance") != null) {
            String i = at + ".instance";
            Map<String, Object> n = DataFiles.mapping(i, m.get("instance"));
            Map<String, List<String>> frameworks = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : DataFiles.mapping(i, n, "frameworks").entrySet()) {
                String component = entry.getKey();
                Object list = entry.getValue();
                frameworks.put(component, List.copyOf(DataFiles.strings(i + ".frameworks", DataFiles.mapping(i, n, "frameworks"), component)));
            }
            instance = new Release.Instance(DataFiles.string(i, n, "apiVersion"), DataFiles.string(i, n, "kind"), DataFiles.string(i, n, "name"),
                    (String) n.get("namespace"), DataFiles.mapping(i, n, "spec"), frameworks);
        }
        return new Release.Install((String) m.get("channel"), (String) m.get("carriedBy"), DataFiles.string(at, m, "catalog"),
                DataFiles.string(at, m, "namespace"), group, labels, List.copyOf(DataFiles.strings(at, m, "requires")), instance,
                DataFiles.string(at, m, "source"));
    }

    private static Release.Check check(String at, String id, Object node, Map<String, Release.Operator> operators) {
        Map<String, Object> m = DataFiles.mapping(at, node);
        Map<String, List<String>> when = when(at, m);
        Release.Need need = null;
        if (m.containsKey("needs")) {
            Map<String, Object> n = DataFiles.mapping(at + ".needs", m.get("needs"));
            if (n.size() != 1 || !NEED_KINDS.contains(n.keySet().iterator().next())) {
                throw new IllegalStateException(at + ".needs: one of " + NEED_KINDS);
            }
            String kind = n.keySet().iterator().next();
            Object v = n.get(kind);
            if (kind.equals("anyComponent")) {
                need = new Release.Need(kind, null, List.copyOf(DataFiles.strings(at, n, kind)), Map.of());
            } else if (kind.contains("nstance")) {
                Map<String, String> instance = new LinkedHashMap<>();
                for (Map.Entry<String, Object> entry : DataFiles.mapping(at + ".needs." + kind, v).entrySet()) {
                    String k = entry.getKey();
                    Object x = entry.getValue();
                    instance.put(k, String.valueOf(x));
                }
                need = new Release.Need(kind, null, List.of(), instance);
            } else {
                need = new Release.Need(kind, DataFiles.string(at + ".needs", n, kind), List.of(), Map.of());
                if (kind.endsWith("perator") && !operators.containsKey(need.name())) {
                    throw new IllegalStateException(at + ".needs: no operator " + need.name() + " in operators");
                }
            }
        }
        String effect = DataFiles.string(at, m, "effect");
        if (!effect.equals("stops") && !effect.equals("info")) {
            throw new IllegalStateException(at + ": effect is stops or info, not " + effect);
        }
        return new Release.Check(id, when, (String) m.get("at"), need, effect.equals("stops"), DataFiles.string(at, m, "message"),
                (String) m.get("fix"), DataFiles.string(at, m, "source"));
    }

    /** {@code when}: dotted path to one value or a list of values, any of which matches. */
    private static Map<String, List<String>> when(String at, Map<String, Object> m) {
        Map<String, List<String>> when = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(at, m, "when").entrySet()) {
            String path = entry.getKey();
            Object v = entry.getValue();
            List<String> values = new ArrayList<>();
            if (v instanceof List<?> l) {
                for (Object x : l) {
                    values.add(String.valueOf(x));
                }
            } else {
                values.add(String.valueOf(v));
            }
            when.put(path, List.copyOf(values));
        }
        if (when.isEmpty()) {
            throw new IllegalStateException(at + ": when is empty");
        }
        return when;
    }

    private static Release.Dsci dsci(String where, Map<String, Object> file) {
        if (!file.containsKey("dscInitialization")) {
            return null;
        }
        String at = where + ": dscInitialization";
        Map<String, Object> d = DataFiles.mapping(at, file.get("dscInitialization"));
        List<Release.MeshNeed> needs = new ArrayList<>();
        for (Map.Entry<String, Object> entry : DataFiles.mapping(at, d, "serviceMeshFor").entrySet()) {
            String id = entry.getKey();
            Object n = entry.getValue();
            Map<String, Object> m = DataFiles.mapping(at + ".serviceMeshFor." + id, n);
            needs.add(new Release.MeshNeed(id, when(at + ".serviceMeshFor." + id, m), DataFiles.string(at, m, "message"),
                    DataFiles.string(at, m, "source")));
        }
        return new Release.Dsci(DataFiles.string(at, d, "apiVersion"), DataFiles.string(at, d, "name"),
                DataFiles.mapping(at, d, "spec"), DataFiles.string(at, d, "source"), List.copyOf(needs));
    }

    private static List<Release.WrittenBack> writtenBack(String where, Map<String, Object> file) {
        List<Release.WrittenBack> out = new ArrayList<>();
        for (Object o : DataFiles.list(where, file, "writtenBack")) {
            Map<String, Object> w = DataFiles.mapping(where + ": writtenBack", o);
            out.add(new Release.WrittenBack(DataFiles.string(where, w, "component"), DataFiles.string(where, w, "field"),
                    DataFiles.strings(where, w, "when"), Boolean.TRUE.equals(w.get("immutable"))));
        }
        return List.copyOf(out);
    }
}

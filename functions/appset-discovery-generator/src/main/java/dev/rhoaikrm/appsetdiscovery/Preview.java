package dev.rhoaikrm.appsetdiscovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How discovery reads for people: one line per Application (info results), a table
 * ({@code rhoai-krm discover}), and a Mermaid graph bootstrap → sets → Applications for the docs
 * ({@code --graph}).
 */
final class Preview {
    private Preview() {
    }

    /** An intent's Applications with what the graph shows of its sets. */
    record Intent(String name, AppSetDiscovery spec, List<Discovery.App> apps) {
    }

    static String line(Discovery.App a) {
        return "Application " + a.name() + " (project " + a.project() + ", path " + a.path() + ") from " + from(a)
                + (a.cluster() == null ? "" : " for cluster " + a.cluster());
    }

    private static String from(Discovery.App a) {
        return switch (a.owner()) {
            case BOOTSTRAP -> "the bootstrap";
            case APPLICATION -> "the explicit Applications";
            case APPLICATION_SET -> "ApplicationSet " + a.set();
        };
    }

    static String summary(List<Discovery.App> apps) {
        long bootstrap = apps.stream().filter(a -> a.owner() == Discovery.Owner.BOOTSTRAP).count();
        long explicit = apps.stream().filter(a -> a.owner() == Discovery.Owner.APPLICATION).count();
        Set<String> sets = new LinkedHashSet<>();
        apps.stream().filter(a -> a.owner() == Discovery.Owner.APPLICATION_SET).forEach(a -> sets.add(a.set()));
        long fromSets = apps.size() - bootstrap - explicit;
        return apps.size() + " Application(s) would exist: " + bootstrap + " bootstrap, " + explicit + " explicit, "
                + fromSets + " from " + sets.size() + " ApplicationSet(s)";
    }

    /**
     * A fixed-width table: APPLICATION, PROJECT, FROM (bootstrap, application or the set's name),
     * PATH; in a fleet CLUSTER first (the hub's own Applications: the bootstrap's destination).
     */
    static String table(List<Intent> intents) {
        boolean fleet = intents.stream().anyMatch(i -> i.spec().clusters().isPresent());
        List<String[]> rows = new ArrayList<>();
        rows.add(fleet ? new String[] {"CLUSTER", "APPLICATION", "PROJECT", "FROM", "PATH"}
                : new String[] {"APPLICATION", "PROJECT", "FROM", "PATH"});
        for (Intent i : intents) {
            for (Discovery.App a : fleet ? byCluster(i.apps()) : i.apps()) {
                String from = switch (a.owner()) {
                    case BOOTSTRAP -> "bootstrap";
                    case APPLICATION -> "application";
                    case APPLICATION_SET -> a.set();
                };
                String[] row = {a.name(), a.project(), from, a.path()};
                if (fleet) {
                    row = new String[] {a.cluster() == null ? HUB : a.cluster(), a.name(), a.project(), from, a.path()};
                }
                rows.add(row);
            }
        }
        return columns(rows);
    }

    /** The hub's Applications first, then each cluster's, clusters in the order discovery met them. */
    private static List<Discovery.App> byCluster(List<Discovery.App> apps) {
        List<String> order = new ArrayList<>();
        apps.forEach(a -> {
            if (a.cluster() != null && !order.contains(a.cluster())) {
                order.add(a.cluster());
            }
        });
        List<Discovery.App> sorted = new ArrayList<>(apps);
        sorted.sort(java.util.Comparator.comparingInt(a -> a.cluster() == null ? -1 : order.indexOf(a.cluster())));
        return sorted;
    }

    /** Where the bootstrap and explicit Applications of a fleet deploy, in the table. */
    static final String HUB = "(hub)";

    /** Rows as fixed-width columns, two spaces apart; the last column as it is. */
    static String columns(List<String[]> rows) {
        int n = rows.get(0).length;
        int[] width = new int[n];
        for (String[] r : rows) {
            for (int c = 0; c < n - 1; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < n - 1; c++) {
                b.append(r[c]).append(" ".repeat(width[c] - r[c].length() + 2));
            }
            b.append(r[n - 1]).append('\n');
        }
        return b.toString();
    }

    /**
     * A Mermaid flowchart: each bootstrap Application points at its sets and explicit Applications,
     * each set at the Applications it would create. Node ids are positional (b0, s0, a0...), so any
     * name is safe; labels are quoted.
     */
    static String mermaid(List<Intent> intents) {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        int sets = 0;
        int apps = 0;
        int boots = 0;
        for (Intent i : intents) {
            String parent = null;
            for (Discovery.App a : i.apps()) {
                if (a.owner() == Discovery.Owner.BOOTSTRAP) {
                    parent = "b" + boots++;
                    b.append("  ").append(parent).append("([\"").append(label(a.name(), a.path())).append("\"])\n");
                }
            }
            for (Discovery.App a : i.apps()) {
                if (a.owner() == Discovery.Owner.APPLICATION) {
                    String id = "a" + apps++;
                    b.append("  ").append(edge(parent)).append(id).append("(\"").append(label(a.name(), a.path())).append("\")\n");
                }
            }
            for (AppSetDiscovery.AppSet set : i.spec().appSets()) {
                String setId = "s" + sets++;
                b.append("  ").append(edge(parent)).append(setId).append("[[\"")
                        .append(label("ApplicationSet " + set.name(), String.join(", ", set.directories()))).append("\"]]\n");
                for (Discovery.App a : i.apps()) {
                    if (a.owner() == Discovery.Owner.APPLICATION_SET && a.set().equals(set.name())) {
                        b.append("  ").append(setId).append(" --> ").append("a").append(apps++).append("(\"")
                                .append(escape(a.name())).append("\")\n");
                    }
                }
            }
        }
        return b.toString();
    }

    private static String edge(String parent) {
        return parent == null ? "" : parent + " --> ";
    }

    private static String label(String name, String detail) {
        return escape(name) + "<br/>" + escape(detail);
    }

    private static String escape(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}

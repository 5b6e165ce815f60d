package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppEntry;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppSet;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Destination;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Project;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.ProjectDestination;
import dev.rhoaikrm.core.intent.KnownPattern;
import dev.rhoaikrm.core.intent.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks an intent gets without looking at the working tree: references between its parts,
 * names, paths and globs in the form ArgoCD compares them, and name templates that can only
 * produce valid, distinct names.
 */
final class Checks {

    private final AppSetDiscovery s;
    private final Report report;
    private final Set<String> projects = new LinkedHashSet<>();

    Checks(AppSetDiscovery spec, Report report) {
        this.s = spec;
        this.report = report;
    }

    void all() {
        projects();
        clusters();
        Map<String, String> setNames = new HashMap<>();
        for (AppSet set : s.appSets()) {
            unique(setNames, set.name(), set.at().pathOf("name"), "ApplicationSet");
            project(set.at(), set.project());
            globs(set);
            appName(set);
            destination(set.destination(), true);
            for (Map.Entry<String, String> label : set.labels().entrySet()) {
                template(set.at().pathOf("labels") + "." + label.getKey(), label.getValue());
            }
            rollingSync(set);
            if (s.clusters().isPresent()) {
                fleetSet(set);
            }
        }
        Map<String, String> appNames = new HashMap<>();
        for (AppEntry app : s.allApplications()) {
            unique(appNames, app.name(), app.at().pathOf("name"), "Application");
            project(app.at(), app.project());
            String problem = RepoPaths.problem(app.path());
            if (problem != null) {
                report.error(app.at().pathOf("path"), problem);
            }
            destination(app.destination(), false);
            nameLength(report, app.at().pathOf("name"), app.name());
        }
    }

    private void projects() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < s.externalProjects().size(); i++) {
            unique(names, s.externalProjects().get(i), s.at().pathOf("externalProjects") + "[" + i + "]", "AppProject");
            projects.add(s.externalProjects().get(i));
        }
        for (Project p : s.projects()) {
            unique(names, p.name(), p.at().pathOf("name"), "AppProject");
            projects.add(p.name());
            for (ProjectDestination d : p.destinations().orElse(List.of())) {
                if (d.server().isPresent() && d.name().isPresent()) {
                    report.error(d.at().pathOf("name"), "name either server or name, not both");
                }
            }
        }
    }

    private void unique(Map<String, String> seen, String name, String path, String kind) {
        String first = seen.putIfAbsent(name, path);
        if (first != null) {
            report.error(path, "two " + kind + "s are named \"" + name + "\" (the other is " + first + ")");
        }
    }

    private void project(Origin owner, String project) {
        if (!projects.contains(project) && !project.equals(AppSetDiscovery.DEFAULT_PROJECT)) {
            List<String> known = new ArrayList<>(projects);
            report.error(owner.pathOf("project"), "no AppProject \"" + project + "\" in spec.projects or spec.externalProjects ("
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + "), and it is not ArgoCD's built-in \"default\"; an AppProject"
                    + " defined elsewhere goes in externalProjects");
        }
    }

    private void globs(AppSet set) {
        for (int i = 0; i < set.directories().size(); i++) {
            String glob = set.directories().get(i);
            if (glob(set.directoryPath(i), glob)) {
                String hidden = RepoPaths.hiddenSegment(glob);
                if (hidden != null) {
                    report.error(set.directoryPath(i), "\"" + glob + "\" goes through \"" + hidden
                            + "\": ArgoCD's directory generator skips directories whose name starts with \".\", so it never matches");
                }
            }
        }
        for (int i = 0; i < set.exclude().size(); i++) {
            glob(set.excludePath(i), set.exclude().get(i));
        }
    }

    /**
     * The fleet: one of a selector and names. A selector that says nothing would pick every cluster
     * and the hub's implicit in-cluster entry (cluster.go: ignoreLocalClusters only for a non-empty
     * selector), which is rarely what a fleet means: name the labels, or list in-cluster by name.
     */
    private void clusters() {
        if (s.clusters().isEmpty()) {
            return;
        }
        AppSetDiscovery.Clusters c = s.clusters().get();
        if (c.selector().isPresent() == c.names().isPresent()) {
            report.error(c.at().path(), "give either selector (labels of Argo CD's cluster Secrets) or names (registered clusters),"
                    + (c.names().isPresent() ? " not both" : " one of them"));
            return;
        }
        if (c.names().isPresent()) {
            List<String> names = c.names().get();
            if (names.isEmpty()) {
                report.error(c.at().pathOf("names"), "no cluster: list at least one, or leave clusters out for the local cluster only");
            }
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                unique(seen, names.get(i), c.at().pathOf("names") + "[" + i + "]", "cluster");
            }
            return;
        }
        AppSetDiscovery.LabelSelector selector = c.selector().get();
        if (selector.matchLabels().isEmpty() && selector.matchExpressions().isEmpty()) {
            report.error(c.at().pathOf("selector"), "an empty selector picks every cluster and the hub's in-cluster as well:"
                    + " select on labels of the cluster Secrets, or list the clusters in names");
        }
        for (int i = 0; i < selector.matchExpressions().size(); i++) {
            AppSetDiscovery.SelectorRequirement r = selector.matchExpressions().get(i);
            boolean needsValues = r.operator().equals("In") || r.operator().equals("NotIn");
            if (needsValues == r.values().isEmpty()) {
                report.error(selector.at().pathOf("matchExpressions") + "[" + i + "].values", r.operator()
                        + (needsValues ? " needs at least one value" : " takes no values") + " (Kubernetes refuses the selector otherwise)");
            }
        }
    }

    /**
     * A set deployed to every cluster of the fleet: its Applications all live in the hub's
     * namespace, so their names must tell the clusters apart; the destination is the cluster's; and
     * a template reading a parameter a cluster lacks must fail (missingkey=error) rather than
     * deploy "{@literal <no value>}".
     */
    private void fleetSet(AppSet set) {
        NameTemplate t = set.nameTemplate().template();
        if (t != null && !t.usesCluster()) {
            report.error(set.at().pathOf("appName"), "\"" + t.text() + "\" has no {{cluster}}: the Applications of every cluster live in"
                    + " " + s.namespace() + " on the hub, so each cluster's Application for a directory would get one name;"
                    + " write for example {{cluster}}-" + t.text());
        }
        if (set.destination().server().isPresent() || set.destination().name().isPresent()) {
            String field = set.destination().server().isPresent() ? "server" : "name";
            report.error(set.destination().at().pathOf(field), "in a fleet the destination is each cluster's (the cluster generator's"
                    + " {{ .server }}): leave " + field + " out");
        }
        for (int i = 0; i < set.goTemplateOptions().size(); i++) {
            String option = set.goTemplateOptions().get(i);
            if (option.startsWith("missingkey=") && !option.equals(Fleet.MISSING_KEY_ERROR)) {
                report.error(set.at().pathOf("goTemplateOptions") + "[" + i + "]", "a fleet set's templates read the cluster"
                        + " generator's parameters: it runs with " + Fleet.MISSING_KEY_ERROR + ", so that a missing one fails instead of"
                        + " deploying \"<no value>\"");
            }
        }
    }

    /** Whether the glob is a valid repository path pattern; reports its problem otherwise. */
    private boolean glob(String path, String written) {
        if (Fleet.isPerCluster(written) && s.clusters().isEmpty()) {
            report.error(path, "\"" + written + "\" uses {{cluster}}, which only a fleet (spec.clusters) has");
            return false;
        }
        String glob = Fleet.forCluster(written, "x"); // checked as the path of one cluster
        if (glob.contains("{{") || glob.contains("}}")) {
            report.error(path, "\"" + written + "\": the only placeholder a directory glob may use is {{cluster}}");
            return false;
        }
        String problem = RepoPaths.problem(glob);
        if (problem == null) {
            try {
                GoGlob.compile(glob);
            } catch (GoGlob.BadPattern e) {
                problem = "\"" + glob + "\" is not a valid pattern (" + e.getMessage() + "); ArgoCD would log an error and match nothing";
            }
        }
        if (problem != null) {
            report.error(path, problem);
        }
        return problem == null;
    }

    private void appName(AppSet set) {
        String path = set.at().pathOf("appName");
        NameTemplate.Parsed parsed = set.nameTemplate();
        if (parsed.problem() != null) {
            report.error(path, parsed.problem());
            return;
        }
        NameTemplate t = parsed.template();
        String sample = t.sample();
        if (!KnownPattern.DNS_SUBDOMAIN.matches(sample)) {
            report.error(path, "\"" + t.text() + "\" gives names like \"" + sample + "\", which is not a valid Application name"
                    + " (a DNS-1123 subdomain: lower case letters, digits, '-' and '.', starting and ending with a letter or digit)");
        }
        boolean globs = false;
        for (int i = 0; i < set.directories().size(); i++) {
            String glob = set.directories().get(i);
            globs |= !isLiteral(Fleet.forCluster(glob, "x"));
            int segments = RepoPaths.segments(glob);
            if (t.highestSegment() >= segments) {
                report.error(path, "{{segment " + t.highestSegment() + "}} needs a path of at least " + (t.highestSegment() + 1)
                        + " segments, but " + set.directoryPath(i) + " \"" + glob + "\" has " + segments
                        + " (segments count from 0)");
            }
        }
        if (t.usesCluster() && s.clusters().isEmpty()) {
            report.error(path, "\"" + t.text() + "\" uses {{cluster}}, which only a fleet (spec.clusters) has");
        }
        if (!t.hasPathPlaceholder() && globs) {
            report.error(path, "\"" + t.text() + "\" has no {{basename}} or {{segment N}}: every Application of the set"
                    + " would get the same name");
        }
    }

    private static boolean isLiteral(String glob) {
        try {
            return GoGlob.compile(glob).isLiteral();
        } catch (GoGlob.BadPattern e) {
            return true; // reported by globs()
        }
    }

    private void destination(Destination d, boolean templated) {
        if (d.server().isPresent() && d.name().isPresent()) {
            report.error(d.at().pathOf("name"), "name either server or name, not both");
        }
        if (d.namespace().isEmpty()) {
            return;
        }
        String ns = d.namespace().get();
        if (templated) {
            template(d.at().pathOf("namespace"), ns);
        } else if (!KnownPattern.DNS_LABEL.matches(ns) || ns.length() > 63) {
            report.error(d.at().pathOf("namespace"), "\"" + ns + "\" is not a namespace name (a DNS-1123 label)");
        }
    }

    private void template(String path, String text) {
        NameTemplate.Parsed parsed = NameTemplate.parse(text);
        if (parsed.problem() != null) {
            report.error(path, parsed.problem());
        } else if (parsed.template().usesCluster() && s.clusters().isEmpty()) {
            report.error(path, "\"" + text + "\" uses {{cluster}}, which only a fleet (spec.clusters) has");
        }
    }

    private void rollingSync(AppSet set) {
        if (set.rollingSync().isEmpty()) {
            return;
        }
        for (AppSetDiscovery.Step step : set.rollingSync().get().steps()) {
            List<AppSetDiscovery.MatchExpression> expressions = step.matchExpressions();
            for (int i = 0; i < expressions.size(); i++) {
                String key = expressions.get(i).key();
                if (!set.labels().containsKey(key)) {
                    report.warning(step.at().pathOf("matchExpressions") + "[" + i + "].key", "no label \"" + key
                            + "\" among the set's labels (" + String.join(", ", set.labels().keySet())
                            + "): this step selects no Application unless something else labels them");
                }
            }
        }
        if (set.syncPolicy().automated().orElse(set.presetValue().automated)) {
            report.warning(set.at().pathOf("rollingSync"), "the ApplicationSet controller turns automated sync off on the"
                    + " Applications of a RollingSync set: the steps sync them");
        }
    }

    /** Names longer than a label value break ArgoCD's label-based resource tracking. */
    static void nameLength(Report report, String path, String name) {
        if (name.length() > 63) {
            report.warning(path, "\"" + name + "\" is longer than 63 characters: with label-based resource tracking"
                    + " (app.kubernetes.io/instance) ArgoCD cannot track its resources");
        }
    }

    /** The problem with an Application name made from a directory, or null. */
    static String nameProblem(String name) {
        if (name.length() > 253 || !KnownPattern.DNS_SUBDOMAIN.matches(name)) {
            return "\"" + name + "\" is not a valid Application name (a DNS-1123 subdomain: lower case letters, digits,"
                    + " '-' and '.', starting and ending with a letter or digit)";
        }
        return null;
    }
}

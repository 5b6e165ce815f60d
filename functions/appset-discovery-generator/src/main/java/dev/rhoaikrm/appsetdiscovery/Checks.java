package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscoverySpec.AppSpec;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscoverySpec.SetSpec;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks an intent gets without looking at the working tree: references between its parts,
 * names, paths and globs in the form ArgoCD compares them, and name templates that can only
 * produce valid, distinct names.
 */
final class Checks {
    private static final Pattern SUBDOMAIN = Pattern.compile(AppSetDiscoverySchema.SUBDOMAIN);
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final AppSetDiscoverySpec s;
    private final Report report;
    private final Set<String> projects = new LinkedHashSet<>();

    Checks(AppSetDiscoverySpec spec, Report report) {
        this.s = spec;
        this.report = report;
    }

    void all() {
        projects();
        Map<String, String> setNames = new HashMap<>();
        for (SetSpec set : s.appSets) {
            unique(setNames, set.name, set.o.pathOf("name"), "ApplicationSet");
            project(set.o, set.project);
            globs(set);
            appName(set);
            destination(set.o, true);
            set.labels().forEach((k, v) -> template(set.o.pathOf("labels") + "." + k, v));
            rollingSync(set);
        }
        Map<String, String> appNames = new HashMap<>();
        for (AppSpec app : s.applications) {
            unique(appNames, app.name, app.o.pathOf("name"), "Application");
            project(app.o, app.project);
            String problem = RepoPaths.problem(app.path);
            if (problem != null) {
                report.error(app.o.pathOf("path"), problem);
            }
            destination(app.o, false);
            nameLength(report, app.o.pathOf("name"), app.name);
        }
    }

    private void projects() {
        Map<String, String> names = new HashMap<>();
        for (BoundObject p : s.projects) {
            unique(names, p.string("name"), p.pathOf("name"), "AppProject");
            projects.add(p.string("name"));
            for (BoundObject d : p.objects("destinations")) {
                if (d.has("server") && d.has("name")) {
                    report.error(d.pathOf("name"), "name either server or name, not both");
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

    private void project(BoundObject owner, String project) {
        if (!projects.contains(project) && !project.equals(AppSetDiscoverySchema.DEFAULT_PROJECT)) {
            List<String> known = new ArrayList<>(projects);
            report.error(owner.pathOf("project"), "no AppProject \"" + project + "\" in spec.projects ("
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + "), and it is not ArgoCD's built-in \"default\"");
        }
    }

    private void globs(SetSpec set) {
        for (int i = 0; i < set.directories.size(); i++) {
            String glob = set.directories.get(i);
            if (glob(set.directoryPath(i), glob)) {
                String hidden = RepoPaths.hiddenSegment(glob);
                if (hidden != null) {
                    report.error(set.directoryPath(i), "\"" + glob + "\" goes through \"" + hidden
                            + "\": ArgoCD's directory generator skips directories whose name starts with \".\", so it never matches");
                }
            }
        }
        for (int i = 0; i < set.exclude.size(); i++) {
            glob(set.excludePath(i), set.exclude.get(i));
        }
    }

    /** Whether the glob is a valid repository path pattern; reports its problem otherwise. */
    private boolean glob(String path, String glob) {
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

    private void appName(SetSpec set) {
        String path = set.o.pathOf("appName");
        NameTemplate.Parsed parsed = set.appName;
        if (parsed.problem() != null) {
            report.error(path, parsed.problem());
            return;
        }
        NameTemplate t = parsed.template();
        String sample = t.sample();
        if (!SUBDOMAIN.matcher(sample).matches()) {
            report.error(path, "\"" + t.text() + "\" gives names like \"" + sample + "\", which is not a valid Application name"
                    + " (a DNS-1123 subdomain: lower case letters, digits, '-' and '.', starting and ending with a letter or digit)");
        }
        boolean globs = false;
        for (int i = 0; i < set.directories.size(); i++) {
            String glob = set.directories.get(i);
            globs |= !isLiteral(glob);
            int segments = RepoPaths.segments(glob);
            if (t.highestSegment() >= segments) {
                report.error(path, "{{segment " + t.highestSegment() + "}} needs a path of at least " + (t.highestSegment() + 1)
                        + " segments, but " + set.directoryPath(i) + " \"" + glob + "\" has " + segments
                        + " (segments count from 0)");
            }
        }
        if (!t.hasPlaceholder() && globs) {
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

    private void destination(BoundObject owner, boolean templated) {
        BoundObject d = owner.object("destination");
        if (d.has("server") && d.has("name")) {
            report.error(d.pathOf("name"), "name either server or name, not both");
        }
        if (!d.has("namespace")) {
            return;
        }
        String ns = d.string("namespace");
        if (templated) {
            template(d.pathOf("namespace"), ns);
        } else if (!DNS_LABEL.matcher(ns).matches() || ns.length() > 63) {
            report.error(d.pathOf("namespace"), "\"" + ns + "\" is not a namespace name (a DNS-1123 label)");
        }
    }

    private void template(String path, String text) {
        NameTemplate.Parsed parsed = NameTemplate.parse(text);
        if (parsed.problem() != null) {
            report.error(path, parsed.problem());
        }
    }

    private void rollingSync(SetSpec set) {
        if (!set.o.has("rollingSync")) {
            return;
        }
        List<BoundObject> steps = set.o.object("rollingSync").objects("steps");
        for (BoundObject step : steps) {
            List<BoundObject> expressions = step.objects("matchExpressions");
            for (int i = 0; i < expressions.size(); i++) {
                String key = expressions.get(i).string("key");
                if (!set.labels().containsKey(key)) {
                    report.warning(step.pathOf("matchExpressions") + "[" + i + "].key", "no label \"" + key
                            + "\" among the set's labels (" + String.join(", ", set.labels().keySet())
                            + "): this step selects no Application unless something else labels them");
                }
            }
        }
        if (set.o.object("syncPolicy").has("automated") ? set.o.object("syncPolicy").bool("automated") : set.preset.automated) {
            report.warning(set.o.pathOf("rollingSync"), "the ApplicationSet controller turns automated sync off on the"
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
        if (name.length() > 253 || !SUBDOMAIN.matcher(name).matches()) {
            return "\"" + name + "\" is not a valid Application name (a DNS-1123 subdomain: lower case letters, digits,"
                    + " '-' and '.', starting and ending with a letter or digit)";
        }
        return null;
    }
}

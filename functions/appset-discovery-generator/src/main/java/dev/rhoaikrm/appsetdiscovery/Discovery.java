package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppEntry;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Applications that would exist once ArgoCD syncs the intent's objects: the bootstrap and
 * explicit Applications, and what each ApplicationSet's git directory generator makes of the
 * working tree (every listed directory that an include glob matches and no exclude glob does, as
 * ArgoCD's filterApps decides). Problems ArgoCD would only show after the push are found here:
 * two Applications with one name, a matched directory with nothing to deploy, a name that is not
 * valid, a link out of the repository, globs that match nothing.
 */
final class Discovery {

    /** Who makes an Application. */
    enum Owner { BOOTSTRAP, APPLICATION, APPLICATION_SET }

    /**
     * One Application that would exist.
     *
     * @param set       the owning ApplicationSet's name (APPLICATION_SET only)
     * @param fieldPath the intent field it comes from, for messages
     * @param cluster   the fleet's cluster it deploys to (a set's Application in a fleet), else null
     */
    record App(String name, String project, Owner owner, String set, String path, String fieldPath, String cluster) {
        App(String name, String project, Owner owner, String set, String path, String fieldPath) {
            this(name, project, owner, set, path, fieldPath, null);
        }

        String origin() {
            return switch (owner) {
                case BOOTSTRAP -> "the bootstrap Application";
                case APPLICATION -> "the Application at " + fieldPath;
                case APPLICATION_SET -> "ApplicationSet " + set + " (from " + path + (cluster == null ? "" : ", cluster " + cluster) + ")";
            };
        }
    }

    private final AppSetDiscovery spec;
    private final RepositoryTree tree;
    private final Report report;
    /** The clusters the sets deploy to: one null entry outside a fleet. */
    private final List<String> clusters;

    /** Discovery of the intent alone: a fleet's clusters are known when it lists them by name. */
    Discovery(AppSetDiscovery spec, RepositoryTree tree, Report report) {
        this(spec, tree, report, spec.clusters().filter(c -> c.names().isPresent()).map(Fleet::named).orElse(null));
    }

    /**
     * Discovery against cluster descriptions ({@code rhoai-krm discover --fleet}): the sets deploy
     * to the described clusters the fleet holds. {@code described} null: only the intent's own names.
     */
    Discovery(AppSetDiscovery spec, RepositoryTree tree, Report report, List<Fleet.Cluster> described) {
        this.spec = spec;
        this.tree = tree;
        this.report = report;
        if (spec.clusters().isEmpty()) {
            this.clusters = java.util.Collections.singletonList(null);
        } else {
            List<Fleet.Cluster> known = described == null ? List.of() : described;
            this.clusters = known.stream().filter(c -> Fleet.holds(spec.clusters().get(), c)).map(Fleet.Cluster::name).toList();
            if (described == null) {
                report.warning(spec.clusters().get().at().path(), "the clusters a label selector picks are Argo CD's to know:"
                        + " `rhoai-krm discover --fleet DIR` lists each cluster's Applications from cluster descriptions");
            }
        }
    }

    /** Every Application, bootstrap and explicit ones first, then per set in walk order; problems go to the report. */
    List<App> run() {
        for (String link : tree.outOfBoundsLinks()) {
            report.error(spec.at().pathOf("discover"), "\"" + link + "\" is a symbolic link whose target is absolute or leaves the repository:"
                    + " ArgoCD refuses to render any Application of a repository that holds one");
        }
        List<App> apps = new ArrayList<>();
        for (AppEntry a : spec.allApplications()) {
            if (RepoPaths.problem(a.path()) != null) {
                continue; // reported by the checks
            }
            String problem = tree.appPathProblem(a.path());
            if (problem != null) {
                report.error(a.at().pathOf("path"), "\"" + a.path() + "\" " + problem);
            }
            apps.add(new App(a.name(), a.project(), a.isBootstrap() ? Owner.BOOTSTRAP : Owner.APPLICATION, null, a.path(), a.at().path()));
        }
        for (AppSet set : spec.appSets()) {
            List<App> fromSet = new ArrayList<>();
            for (String cluster : clusters) {
                fromSet.addAll(fromSet(set, cluster));
            }
            if (fromSet.isEmpty() && !clusters.isEmpty()) {
                report.warning(set.at().path(), "ApplicationSet " + set.name() + " would create no Application");
            }
            apps.addAll(fromSet);
        }
        duplicates(apps);
        return apps;
    }

    /** The Applications of a set on one cluster (null: outside a fleet). */
    private List<App> fromSet(AppSet set, String cluster) {
        List<GoGlob> includes = compile(set.directories(), cluster);
        List<GoGlob> excludes = compile(set.exclude(), cluster);
        NameTemplate name = set.nameTemplate().template();
        if (includes == null || excludes == null || name == null) {
            return List.of(); // the checks reported why
        }
        boolean[] includeUsed = new boolean[includes.size()];
        boolean[] excludeUsed = new boolean[excludes.size()];
        List<App> apps = new ArrayList<>();
        for (String dir : tree.directories()) {
            // ArgoCD's filterApps: included by any include, and no exclude matches, whatever the order
            if (!anyMatches(includes, dir, includeUsed)) {
                continue;
            }
            boolean excluded = anyMatches(excludes, dir, excludeUsed);
            if (!excluded) {
                App app = app(set, name, dir, cluster);
                if (app != null) {
                    apps.add(app);
                }
            }
        }
        // a set without per-cluster globs matches the same directories for every cluster: say so once
        boolean perCluster = set.directories().stream().anyMatch(Fleet::isPerCluster) || set.exclude().stream().anyMatch(Fleet::isPerCluster);
        if (perCluster || cluster == null || cluster.equals(clusters.get(0))) {
            unmatched(set, includes, excludes, includeUsed, excludeUsed, perCluster ? cluster : null);
        }
        return apps;
    }

    private App app(AppSet set, NameTemplate name, String dir, String cluster) {
        if (name.highestSegment() >= RepoPaths.segments(dir)) {
            report.error(set.at().pathOf("appName"), "{{segment " + name.highestSegment() + "}} does not exist in \"" + dir
                    + "\": ArgoCD's template would fail for it");
            return null;
        }
        String appName = name.render(dir, cluster);
        String problem = Checks.nameProblem(appName);
        if (problem != null) {
            report.error(set.at().pathOf("appName"), problem + "; it is the name of the Application for \"" + dir + "\"");
            return null;
        }
        Checks.nameLength(report, set.at().pathOf("appName"), appName);
        String deploy = tree.appPathProblem(dir);
        if (deploy != null) {
            report.error(set.at().pathOf("directories"), "\"" + dir + "\" matches, but " + deploy
                    + ": exclude it, or narrow the glob");
        }
        return new App(appName, set.project(), Owner.APPLICATION_SET, set.name(), dir, set.at().path(), cluster);
    }

    private void unmatched(AppSet set, List<GoGlob> includes, List<GoGlob> excludes, boolean[] includeUsed, boolean[] excludeUsed,
                           String cluster) {
        String forCluster = cluster == null ? "" : " (cluster " + cluster + ")";
        for (int i = 0; i < includes.size(); i++) {
            if (!includeUsed[i]) {
                report.warning(set.directoryPath(i), "\"" + includes.get(i).pattern() + "\" matches no directory of the working tree"
                        + forCluster);
            }
            for (String link : tree.symlinks()) {
                if (includes.get(i).matches(link) && excludes.stream().noneMatch(e -> e.matches(link))) {
                    report.warning(set.directoryPath(i), "\"" + link + "\" is a symbolic link: ArgoCD's directory generator"
                            + " lists real directories only, so it gets no Application");
                }
            }
        }
        for (int i = 0; i < excludes.size(); i++) {
            if (!excludeUsed[i]) {
                report.warning(set.excludePath(i), "\"" + excludes.get(i).pattern() + "\" excludes nothing: no directory the set"
                        + " includes matches it" + forCluster);
            }
        }
    }

    /** Whether any glob matches; marks every one that does (for the "matches nothing" warnings). */
    private static boolean anyMatches(List<GoGlob> globs, String dir, boolean[] used) {
        boolean any = false;
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).matches(dir)) {
                any = true;
                used[i] = true;
            }
        }
        return any;
    }

    /** The globs for one cluster (null: outside a fleet); null when one does not compile (the checks report it). */
    static List<GoGlob> compile(List<String> written, String cluster) {
        List<GoGlob> out = new ArrayList<>();
        for (String w : written) {
            if (Fleet.isPerCluster(w) && cluster == null) {
                return null; // reported by the checks
            }
            String g = cluster == null ? w : Fleet.forCluster(w, cluster);
            if (RepoPaths.problem(g) != null) {
                return null;
            }
            try {
                out.add(GoGlob.compile(g));
            } catch (GoGlob.BadPattern e) {
                return null;
            }
        }
        return out;
    }

    static String twoNamed(String name, String origin, String otherOrigin) {
        return "two Applications would be named \"" + name + "\": " + origin + " and " + otherOrigin
                + " (ArgoCD keeps one Application, and its owners overwrite each other)";
    }

    /** Two Applications with one name: ArgoCD keeps one, and the owners fight over it. */
    private void duplicates(List<App> apps) {
        Map<String, App> seen = new LinkedHashMap<>();
        for (App a : apps) {
            App first = seen.putIfAbsent(a.name(), a);
            if (first != null) {
                report.error(a.fieldPath(), twoNamed(a.name(), a.origin(), first.origin()));
            }
        }
    }
}

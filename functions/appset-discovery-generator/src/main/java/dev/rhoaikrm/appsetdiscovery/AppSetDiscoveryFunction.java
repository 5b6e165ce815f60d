package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppEntry;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppSet;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.FleetLayout;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.RepositoryRoot;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * appset-discovery-generator: one AppSetDiscovery intent becomes a repository's ArgoCD layer,
 * the AppProjects, the ApplicationSets with git directory generators, the bootstrap app-of-apps
 * and the explicit Applications, pointing at the repository the intent is rendered from (so a
 * fork needs no rewriting). With {@code discover: true} it also previews, as info results, the
 * Applications the sets would create from the working tree, and fails on the problems ArgoCD
 * would only show after the push.
 */
public final class AppSetDiscoveryFunction implements KrmFunction, Importable, FleetLayout {
    public static final String NAME = "appset-discovery-generator";
    private static final IntentSchema SCHEMA = AppSetDiscoverySchema.intent();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IntentSchema schema() {
        return SCHEMA;
    }

    static IntentSchema intentSchema() {
        return SCHEMA;
    }

    @Override
    public void expand(Intent intent, Expansion out) {
        AppSetDiscovery s = AppSetDiscoverySchema.bind(intent);
        Report report = new ExpansionReport(out);
        new Checks(s, report).all();
        Optional<GitSource.Resolved> source = source(s, out, report);
        if (s.discover()) {
            discover(s, intent, out, report);
        }
        if (source.isEmpty()) {
            return;
        }
        ArgoObjects objects = new ArgoObjects(s, source.get(), report);
        for (var p : s.projects()) {
            out.emit(objects.appProject(p));
        }
        for (AppSet set : s.appSets()) {
            if (set.nameTemplate().template() != null) {
                out.emit(objects.applicationSet(set));
            }
        }
        for (AppEntry app : s.allApplications()) {
            out.emit(objects.application(app));
        }
        if (s.bootstrap().isPresent() && s.bootstrap().get().clusterAdmin()) {
            out.emit(objects.controllerClusterAdmin());
        }
        if (s.bootstrap().isPresent() && s.bootstrap().get().healthChecks()) {
            out.emit(objects.healthChecks());
        }
    }

    /** Which clusters of the fleet get which folders, for a render of the whole repository: see {@link FleetFolders}. */
    @Override
    public List<Placement> place(List<Intent> intents, Set<String> folders, Optional<Path> described, Results results) {
        return FleetFolders.place(intents, folders, described, results);
    }

    /** A hand-written ArgoCD layer back to intents: see {@link AppSetImporter}. */
    @Override
    public List<Imported> importFrom(List<SourceObject> objects) {
        return new AppSetImporter(objects).run();
    }

    @Override
    public List<Fix> fixes() {
        return AppSetFixes.ALL;
    }

    /** repoURL and revision: the intent's, else the ArgoCD CMP's, else (opt-in) the working tree's origin and branch. */
    private static Optional<GitSource.Resolved> source(AppSetDiscovery spec, Expansion out, Report report) {
        Optional<GitSource.Resolved> source = GitSource.resolve(spec.repoURL(), spec.revision(), out.environment(), spec.useGitRemote());
        if (source.isEmpty()) {
            report.error(spec.at().pathOf("repoURL"), "no repository URL: set repoURL, render in the ArgoCD CMP (which sets "
                    + GitSource.REPO_URL_VARIABLE + ")" + (spec.useGitRemote()
                    ? ", or run inside a git checkout with an origin remote" : ", or set useGitRemote: true to take the git origin remote"));
            return source;
        }
        GitSource.Resolved r = source.get();
        if (!r.repoURLFrom().equals("the intent")) {
            report.info(spec.at().pathOf("repoURL"), r.repoURL() + " (from " + r.repoURLFrom() + ")");
        }
        if (!r.revisionFrom().equals("the intent")) {
            report.info(spec.at().pathOf("revision"), r.revision() + " (from " + r.revisionFrom() + ")");
        }
        return source;
    }

    /** The preview: one info result per Application, against this intent and every other AppSetDiscovery of the input. */
    private static void discover(AppSetDiscovery s, Intent intent, Expansion out, Report report) {
        RepositoryRoot root = RepositoryRoot.of(out.environment());
        // scanned once per run: every intent with discover asks
        Object scanned = out.inputs().derived(List.of("appset-tree", root.path()), in -> {
            try {
                return RepositoryTree.scan(root.path());
            } catch (RepositoryTree.TreeException e) {
                return e;
            }
        });
        if (scanned instanceof RepositoryTree.TreeException e) {
            report.error(s.at().pathOf("discover"), e.getMessage());
            return;
        }
        RepositoryTree tree = (RepositoryTree) scanned;
        if (root.guessed()) {
            report.warning(s.at().pathOf("discover"), "no .git at or above " + root.path() + ": discovery takes it as the repository"
                    + " root; run from inside the checkout (kpt runs functions in its own working directory)");
        }
        List<Discovery.App> apps = new Discovery(s, tree, report).run();
        OtherIntents.check(apps, intent, out, tree);
        report.info(s.at().pathOf("discover"), Preview.summary(apps) + " (working tree " + tree.root() + ", the root found from "
                + root.foundFrom() + ")");
        for (Discovery.App a : apps) {
            report.info(a.fieldPath(), Preview.line(a));
        }
    }

    /** Results about the intent being expanded. */
    private record ExpansionReport(Expansion out) implements Report {
        @Override
        public void error(String fieldPath, String message) {
            out.error(fieldPath, message);
        }

        @Override
        public void warning(String fieldPath, String message) {
            out.warning(fieldPath, message);
        }

        @Override
        public void info(String fieldPath, String message) {
            out.info(fieldPath, message);
        }
    }

    /** The intents of this kind in an input (for cross-intent checks). */
    static List<SourceObject> intentsIn(List<SourceObject> objects) {
        List<SourceObject> intents = new ArrayList<>();
        for (SourceObject o : objects) {
            if (AppSetDiscoverySchema.KIND.equals(o.summary().kind()) && "rhoai-krm.dev".equals(o.summary().group())) {
                intents.add(o);
            }
        }
        return intents;
    }
}

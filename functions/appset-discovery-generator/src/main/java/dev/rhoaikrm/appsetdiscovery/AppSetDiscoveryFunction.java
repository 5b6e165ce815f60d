package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscoverySpec.AppSpec;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscoverySpec.SetSpec;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.RepositoryRoot;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;
import java.util.Optional;

/**
 * appset-discovery-generator: one AppSetDiscovery intent becomes a repository's ArgoCD layer,
 * the AppProjects, the ApplicationSets with git directory generators, the bootstrap app-of-apps
 * and the explicit Applications, pointing at the repository the intent is rendered from (so a
 * fork needs no rewriting). With {@code discover: true} it also previews, as info results, the
 * Applications the sets would create from the working tree, and fails on the problems ArgoCD
 * would only show after the push.
 */
public final class AppSetDiscoveryFunction implements KrmFunction, Importable {
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
        AppSetDiscoverySpec s = new AppSetDiscoverySpec(intent.spec());
        Report report = new ExpansionReport(out);
        new Checks(s, report).all();
        Optional<GitSource.Resolved> source = source(s.spec, out, report);
        if (s.discover) {
            discover(s, intent, out, report);
        }
        if (source.isEmpty()) {
            return;
        }
        ArgoObjects objects = new ArgoObjects(s, source.get(), report);
        s.projects.forEach(p -> out.emit(objects.appProject(p)));
        for (SetSpec set : s.appSets) {
            if (set.appName.template() != null) {
                out.emit(objects.applicationSet(set));
            }
        }
        for (AppSpec app : s.applications) {
            out.emit(objects.application(app));
        }
        if (s.spec.has("bootstrap") && s.spec.object("bootstrap").bool("clusterAdmin")) {
            out.emit(objects.controllerClusterAdmin());
        }
        if (s.spec.has("bootstrap") && s.spec.object("bootstrap").bool("healthChecks")) {
            out.emit(objects.healthChecks(s.spec.object("bootstrap").string("argoCD")));
        }
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
    private static Optional<GitSource.Resolved> source(BoundObject spec, Expansion out, Report report) {
        Optional<GitSource.Resolved> source = GitSource.resolve(spec.optionalString("repoURL"), spec.optionalString("revision"),
                out.environment(), spec.bool("useGitRemote"));
        if (source.isEmpty()) {
            report.error(spec.pathOf("repoURL"), "no repository URL: set repoURL, render in the ArgoCD CMP (which sets "
                    + GitSource.REPO_URL_VARIABLE + ")" + (spec.bool("useGitRemote")
                    ? ", or run inside a git checkout with an origin remote" : ", or set useGitRemote: true to take the git origin remote"));
            return source;
        }
        GitSource.Resolved r = source.get();
        if (!r.repoURLFrom().equals("the intent")) {
            report.info(spec.pathOf("repoURL"), r.repoURL() + " (from " + r.repoURLFrom() + ")");
        }
        if (!r.revisionFrom().equals("the intent")) {
            report.info(spec.pathOf("revision"), r.revision() + " (from " + r.revisionFrom() + ")");
        }
        return source;
    }

    /** The preview: one info result per Application, against this intent and every other AppSetDiscovery of the input. */
    private static void discover(AppSetDiscoverySpec s, Intent intent, Expansion out, Report report) {
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
            report.error(s.spec.pathOf("discover"), e.getMessage());
            return;
        }
        RepositoryTree tree = (RepositoryTree) scanned;
        if (root.guessed()) {
            report.warning(s.spec.pathOf("discover"), "no .git at or above " + root.path() + ": discovery takes it as the repository"
                    + " root; run from inside the checkout (kpt runs functions in its own working directory)");
        }
        List<Discovery.App> apps = new Discovery(s, tree, report).run();
        OtherIntents.check(apps, intent, out, tree);
        report.info(s.spec.pathOf("discover"), Preview.summary(apps) + " (working tree " + tree.root() + ", the root found from "
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
        return objects.stream().filter(o -> AppSetDiscoverySchema.KIND.equals(o.summary().kind())
                && "rhoai-krm.dev".equals(o.summary().group())).toList();
    }
}

package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dsc-overlay-composer: one DataScienceClusterComposition intent becomes the DataScienceCluster of
 * the RHOAI release it names (every defaulted field explicit, no field the release lacks), composed
 * from built-in profiles and overrides, and optionally the ArgoCD Application that owns it.
 */
public final class DscComposerFunction implements KrmFunction, Importable {
    public static final String NAME = "dsc-overlay-composer";
    /** Set by ArgoCD for a config-management plugin: the Application being rendered. */
    static final String ARGOCD_APP_NAME = "ARGOCD_APP_NAME";
    private static final IntentSchema SCHEMA = DscCompositionSchema.intent();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IntentSchema schema() {
        return SCHEMA;
    }

    @Override
    public void expand(Intent intent, Expansion out) {
        BoundObject spec = intent.spec();
        Releases releases = Releases.shipped();
        Release release = releases.get(spec.string("release"));
        Composition c = new Composition(release, releases);
        for (String profile : spec.strings("profiles")) {
            Profiles.shipped().layers(profile).forEach(c::applyProfile);
        }
        BoundObject overrides = spec.object("components");
        c.applyOverrides(overrides, releases.union(), out);

        CrossChecks cross = new CrossChecks(out);
        if (cross.applicable()) {
            cross.clusterQueue(c, overrides);
            cross.subscriptions(release, c, overrides);
        }

        String output = spec.string("output");
        boolean withApplication = spec.has("application");
        if (output.equals("application") && !withApplication) {
            out.error(spec.pathOf("output"), "application: there is no spec.application to generate");
            return;
        }
        if (!output.equals("application")) {
            out.emit(DscObjects.dataScienceCluster(intent.name(), release, c, spec.integer("syncWave")));
        }
        if (withApplication && !output.equals("dataScienceCluster") && !renderingItself(spec.object("application"), out)) {
            application(spec.object("application"), release, c, out).ifPresent(out::emit);
        }
    }

    /** Hand-written DataScienceClusters (and the Applications that own them) back to intents: see {@link DscImporter}. */
    @Override
    public List<Imported> importFrom(List<SourceObject> objects) {
        return new DscImporter(objects).run();
    }

    @Override
    public List<Fix> fixes() {
        return DscFixes.ALL;
    }

    /**
     * Inside the ArgoCD CMP that renders this very Application, emitting it would make the
     * Application own itself: the DataScienceCluster alone is what that Application deploys.
     */
    private static boolean renderingItself(BoundObject app, Expansion out) {
        return out.environment().variable(ARGOCD_APP_NAME).filter(app.string("name")::equals).isPresent();
    }

    private static Optional<Map<String, Object>> application(BoundObject app, Release release, Composition c, Expansion out) {
        String path = app.string("path");
        boolean pathOk = !List.of(path.split("/")).contains("..");
        if (!pathOk) {
            out.error(app.pathOf("path"), "\"" + path + "\" leaves the repository (..)");
        }
        Optional<GitSource.Resolved> source = GitSource.resolve(app.optionalString("repoURL"), app.optionalString("revision"),
                out.environment(), app.bool("useGitRemote"));
        if (source.isEmpty()) {
            out.error(app.pathOf("repoURL"), "no repository for the Application: set repoURL, render in the ArgoCD CMP ("
                    + GitSource.REPO_URL_VARIABLE + "), or set useGitRemote: true to take the git remote origin"
                    + (app.bool("useGitRemote") ? " (there is none here)" : ""));
            return Optional.empty();
        }
        if (!pathOk) {
            return Optional.empty();
        }
        return Optional.of(DscObjects.application(app, source.get(), DscObjects.ignoredPointers(release, c)));
    }
}

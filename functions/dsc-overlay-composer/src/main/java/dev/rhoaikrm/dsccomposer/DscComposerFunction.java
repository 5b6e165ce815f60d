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
 * from built-in profiles and overrides, the DSCInitialization its 2.x KServe mode needs, and
 * optionally the ArgoCD Application that owns them; what the release's operator would refuse is
 * refused here, with the operator's reason.
 */
public final class DscComposerFunction implements KrmFunction, Importable {
    public static final String NAME = "dsc-overlay-composer";
    /** Set by ArgoCD for a config-management plugin: the Application being rendered. */
    static final String ARGOCD_APP_NAME = "ARGOCD_APP_NAME";
    private static final IntentSchema SCHEMA = DataScienceClusterCompositionSchema.intent();

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
        DataScienceClusterComposition spec = DataScienceClusterCompositionSchema.bind(intent);
        Releases releases = Releases.shipped();
        Release release = releases.get(spec.release());
        Composition c = new Composition(release, releases);
        List<String> profiles = spec.profiles();
        for (String profile : profiles) {
            Profiles.shipped().layers(profile).forEach(c::applyProfile);
        }
        BoundObject overrides = spec.components();
        c.applyOverrides(overrides, releases.union(), out);
        c.checkComposed(overrides, out);
        for (Composition.Note note : c.notes(path -> Composition.overridden(overrides, path))) {
            out.info(spec.at().pathOf("profiles") + "[" + profiles.indexOf(firstIncluding(profiles, note.profile())) + "]",
                    "profile " + note.profile() + " on " + release.label() + ": " + note.message());
        }
        String serviceMesh = DscInitializations.serviceMesh(release, c);

        CrossChecks cross = new CrossChecks(out);
        new OperatorChecks(c, serviceMesh, overrides, out).run(cross.applicable() ? cross.cluster() : null);
        if (cross.applicable()) {
            cross.clusterQueue(c, overrides);
            spec.application().ifPresent(cross::project);
        }

        String output = spec.output();
        if (output.equals("application") && spec.application().isEmpty()) {
            out.error(spec.at().pathOf("output"), "application: there is no spec.application to generate");
            return;
        }
        if (!output.equals("application")) {
            out.emit(DscObjects.dataScienceCluster(intent.name(), release, c, spec.syncWave()));
            if (serviceMesh != null) {
                out.emit(DscObjects.dscInitialization(release.facts.dscInitialization(), serviceMesh, spec.syncWave()));
            }
        }
        spec.application().filter(app -> !output.equals("dataScienceCluster") && !renderingItself(app, out))
                .flatMap(app -> application(app, release, c, serviceMesh != null, out)).ifPresent(out::emit);
    }

    /** The profile of the intent's list that brings in {@code profile} (itself, or one that includes it). */
    private static String firstIncluding(List<String> profiles, String profile) {
        for (String p : profiles) {
            if (Profiles.shipped().layers(p).stream().anyMatch(l -> l.name().equals(profile))) {
                return p;
            }
        }
        return profile;
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
    private static boolean renderingItself(DataScienceClusterComposition.Application app, Expansion out) {
        return out.environment().variable(ARGOCD_APP_NAME).filter(app.name()::equals).isPresent();
    }

    private static Optional<Map<String, Object>> application(DataScienceClusterComposition.Application app, Release release, Composition c,
                                                             boolean withDsci, Expansion out) {
        String path = app.path();
        boolean pathOk = !List.of(path.split("/")).contains("..");
        if (!pathOk) {
            out.error(app.at().pathOf("path"), "\"" + path + "\" leaves the repository (..)");
        }
        Optional<GitSource.Resolved> source = GitSource.resolve(app.repoURL(), app.revision(), out.environment(), app.useGitRemote());
        if (source.isEmpty()) {
            out.error(app.at().pathOf("repoURL"), "no repository for the Application: set repoURL, render in the ArgoCD CMP ("
                    + GitSource.REPO_URL_VARIABLE + "), or set useGitRemote: true to take the git remote origin"
                    + (app.useGitRemote() ? " (there is none here)" : ""));
            return Optional.empty();
        }
        if (!pathOk) {
            return Optional.empty();
        }
        return Optional.of(DscObjects.application(app, source.get(), DscObjects.ignoredPointers(release, c), withDsci));
    }
}

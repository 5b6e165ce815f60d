package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.fn.Problems;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Composed composed = compose(spec, out);
        Release release = composed.release();
        Composition c = composed.composition();
        String serviceMesh = composed.serviceMesh();
        BoundObject overrides = spec.components();

        CrossChecks cross = new CrossChecks(out);
        ClusterInput cluster = cross.applicable() ? cross.cluster() : null;
        if (composed.layer().isPresent()) {
            LayerChecks.leftOut(composed.layer().get(), cluster, overrides, out);
        }
        ClusterInput withLayer = composed.layer().isEmpty() ? cluster
                : (cluster == null ? new ClusterInput(List.of()) : cluster).with(layerObjects(spec, composed));
        new OperatorChecks(c, serviceMesh, overrides, out, composed.layer().isPresent()).run(withLayer);
        if (cross.applicable()) {
            cross.clusterQueue(c, overrides);
            if (spec.application().isPresent()) {
                cross.project(spec.application().get());
            }
        }

        String output = spec.output();
        if (output.equals("application") && spec.application().isEmpty()) {
            out.error(spec.at().pathOf("output"), "application: there is no spec.application to generate");
            return;
        }
        if (output.equals("operators") && spec.operators().isEmpty()) {
            out.error(spec.at().pathOf("output"), "operators: there is no spec.operators to generate");
            return;
        }
        if (spec.operators().isPresent()) {
            LayerChecks.waves(spec.operators().get(), spec, out);
        }
        boolean layerHere = spec.operators().isPresent() && output.equals("all");
        if (output.equals("all") || output.equals("dataScienceCluster")) {
            List<Map<String, Object>> dsc = new ArrayList<>();
            dsc.add(DscObjects.dataScienceCluster(intent.name(), release, c, spec.syncWave()));
            if (serviceMesh != null) {
                dsc.add(DscObjects.dscInitialization(release.facts.dscInitialization(), serviceMesh, spec.syncWave()));
            }
            // in one sync with the RHOAI operator, whose CRDs they need
            for (Map<String, Object> o : dsc) {
                if (layerHere) {
                    Manifests.annotationsOf(o).put(LayerObjects.SYNC_OPTIONS, LayerObjects.SKIP_DRY_RUN);
                }
                out.emit(o);
            }
        }
        // the layer itself: expandTogether, once for every intent of the input
        if (spec.application().isPresent() && (output.equals("all") || output.equals("application"))
                && !renderingItself(spec.application().get(), out)) {
            Optional<Map<String, Object>> application = application(spec.application().get(), release, c, serviceMesh != null, out);
            if (application.isPresent()) {
                out.emit(application.get());
            }
        }
    }

    /** One intent composed: its release, DataScienceCluster components, DSCInitialization mesh, and operator layer. */
    record Composed(Release release, Composition composition, String serviceMesh, Optional<OperatorLayer.Plan> layer) {
    }

    /** Composes an intent; problems go to {@code report} (silent when composing again). */
    private static Composed compose(DataScienceClusterComposition spec, Problems report) {
        Releases releases = Releases.shipped();
        Release release = releases.get(spec.release());
        Composition c = new Composition(release, releases);
        List<String> profiles = spec.profiles();
        for (String profile : profiles) {
            for (Profiles.Profile layer : Profiles.shipped().layers(profile)) {
                c.applyProfile(layer);
            }
        }
        BoundObject overrides = spec.components();
        c.applyOverrides(overrides, releases.union(), report);
        c.checkComposed(overrides, report);
        for (Composition.Note note : c.notes(overrides)) {
            report.info(spec.at().pathOf("profiles") + "[" + profiles.indexOf(firstIncluding(profiles, note.profile())) + "]",
                    "profile " + note.profile() + " on " + release.label() + ": " + note.message());
        }
        String serviceMesh = DscInitializations.serviceMesh(release, c);
        Optional<OperatorLayer.Plan> layer = spec.operators().isPresent()
                ? Optional.of(new OperatorLayer(release, c, serviceMesh, spec.operators().get(), report).plan()) : Optional.empty();
        return new Composed(release, c, serviceMesh, layer);
    }

    private static List<Map<String, Object>> layerObjects(DataScienceClusterComposition spec, Composed composed) {
        DataScienceClusterComposition.Operators o = spec.operators().orElseThrow();
        return LayerObjects.of(composed.layer().orElseThrow(), composed.composition(), o.syncWave(), o.instancesSyncWave());
    }

    /**
     * The operator layer of every intent that has one and generates it (output all or operators):
     * once, as one cluster has one of each Subscription. Two intents that make one object
     * differently (a package on two channels) are an error naming both.
     */
    @Override
    public void expandTogether(List<Intent> intents, Expansion out) {
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        Map<String, Intent> owners = new LinkedHashMap<>();
        for (Intent intent : intents) {
            DataScienceClusterComposition spec = DataScienceClusterCompositionSchema.bind(intent);
            if (spec.operators().isEmpty() || !(spec.output().equals("all") || spec.output().equals("operators"))) {
                continue;
            }
            Composed composed = compose(spec, Problems.SILENT);
            for (Map<String, Object> o : layerObjects(spec, composed)) {
                String key = LayerChecks.key(o);
                Map<String, Object> known = objects.putIfAbsent(key, o);
                if (known != null && !known.equals(o)) {
                    out.errorOn(intent.source(), spec.at().pathOf("operators"), key + " is made differently by "
                            + owners.get(key).source().summary().kind() + " " + owners.get(key).name() + " ("
                            + LayerChecks.difference(known, o) + "): one cluster has one; give both intents the same settings,"
                            + " or generate the layer from one of them");
                }
                owners.putIfAbsent(key, intent);
            }
        }
        for (Map<String, Object> o : objects.values()) {
            out.emit(o);
        }
    }

    /** The profile of the intent's list that brings in {@code profile} (itself, or one that includes it). */
    private static String firstIncluding(List<String> profiles, String profile) {
        for (String p : profiles) {
            for (Profiles.Profile layer : Profiles.shipped().layers(p)) {
                if (layer.name().equals(profile)) {
                    return p;
                }
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
        Optional<String> rendering = out.environment().variable(ARGOCD_APP_NAME);
        return rendering.isPresent() && rendering.get().equals(app.name());
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

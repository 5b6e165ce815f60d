package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A repository's hand-written ArgoCD layer read backwards: the AppProjects, the ApplicationSets
 * whose only generator is a git directory generator, the bootstrap app-of-apps (the Application
 * that syncs its own folder), the other Applications and the controller's ClusterRoleBinding
 * become one AppSetDiscovery per ArgoCD namespace. Presets are recognised from ignoreDifferences,
 * sync options and retry (the preset that leaves the fewest overrides); Go-template names go back
 * to {@code {{basename}}} and {@code {{segment N}}}.
 */
final class AppSetImporter {
    private static final String ARGO = "argoproj.io";

    private final HandWritten in;

    AppSetImporter(List<SourceObject> objects) {
        this.in = new HandWritten(objects);
    }

    List<Importable.Imported> run() {
        Map<String, List<SourceObject>> byNamespace = new LinkedHashMap<>();
        for (String kind : List.of("AppProject", "ApplicationSet", "Application")) {
            for (SourceObject o : in.ofKind(ARGO, kind)) {
                String ns = Objects.requireNonNullElse(o.summary().namespace(), AppSetDiscoverySchema.DEFAULT_NAMESPACE);
                byNamespace.computeIfAbsent(ns, k -> new ArrayList<>()).add(o);
            }
        }
        List<Importable.Imported> out = new ArrayList<>();
        byNamespace.forEach((ns, objects) -> importNamespace(ns, objects, byNamespace.size() > 1).ifPresent(out::add));
        return out;
    }

    private Optional<Importable.Imported> importNamespace(String namespace, List<SourceObject> objects, boolean several) {
        List<String> notes = new ArrayList<>();
        List<SourceObject> replaces = new ArrayList<>();
        List<Map<String, Object>> sources = objects.stream().map(o -> source(o.toMap())).filter(Objects::nonNull).toList();
        String repoURL = mostCommon(sources, s -> stringAt(s, "repoURL"));
        String revision = mostCommon(sources, s -> stringAt(s, "targetRevision"));
        if (repoURL == null) {
            return Optional.empty();
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("repoURL", repoURL);
        HandWritten.putIfSet(spec, "revision", revision);
        if (!namespace.equals(AppSetDiscoverySchema.DEFAULT_NAMESPACE)) {
            spec.put("namespace", namespace);
        }
        notes.add("repoURL and revision are stated as in the files; in a fork leave them out (the ArgoCD CMP supplies them,"
                + " or useGitRemote: true)");
        List<Object> projects = new ArrayList<>();
        List<Object> appSets = new ArrayList<>();
        List<Object> applications = new ArrayList<>();
        ArgoReader reader = new ArgoReader(repoURL, revision, notes);
        String bootstrapName = null;
        Map<String, Object> bootstrap = null;
        SourceObject bootstrapSource = null;
        for (SourceObject o : objects) {
            Map<String, Object> map = o.toMap();
            Optional<Map<String, Object>> read = switch (o.summary().kind()) {
                case "AppProject" -> Optional.of(reader.project(map));
                case "ApplicationSet" -> reader.appSet(map);
                default -> reader.application(map, isBootstrap(o) && bootstrapName == null);
            };
            if (read.isEmpty()) {
                continue;
            }
            replaces.add(o);
            switch (o.summary().kind()) {
                case "AppProject" -> projects.add(read.get());
                case "ApplicationSet" -> appSets.add(read.get());
                default -> {
                    if (isBootstrap(o) && bootstrapName == null) {
                        bootstrapName = o.summary().name();
                        bootstrap = read.get();
                        bootstrapSource = o;
                    } else {
                        applications.add(read.get());
                    }
                }
            }
        }
        if (replaces.isEmpty()) {
            return Optional.empty();
        }
        putIfAny(spec, "projects", projects);
        putIfAny(spec, "appSets", appSets);
        HandWritten.putIfSet(spec, "bootstrap", bootstrap);
        putIfAny(spec, "applications", applications);
        if (bootstrap != null) {
            clusterAdmin(namespace, spec, replaces);
        }
        String name = bootstrapName != null && bootstrapName.endsWith("-bootstrap")
                ? bootstrapName.substring(0, bootstrapName.length() - "-bootstrap".length()) : several ? namespace : "cluster";
        // the intent goes where the bootstrap syncs (Importer writes it beside the first object)
        SourceObject first = bootstrapSource;
        replaces.sort(Comparator.comparing((SourceObject o) -> o != first).thenComparing(SourceObject::file));
        return Optional.of(new Importable.Imported(HandWritten.intent(AppSetDiscoverySchema.KIND, name, spec), replaces, notes));
    }

    /** The app-of-apps: an Application whose source is the folder it lives in. */
    private static boolean isBootstrap(SourceObject app) {
        String path = stringAt(app.toMap(), "spec", "source", "path");
        return app.summary().kind().equals("Application") && path != null
                && HandWritten.sameDirectory(path, HandWritten.directoryOf(app.file()));
    }

    /** The ClusterRoleBinding giving ArgoCD's application controller cluster-admin, as the bootstrap makes it. */
    @SuppressWarnings("unchecked")
    private void clusterAdmin(String namespace, Map<String, Object> spec, List<SourceObject> replaces) {
        Optional<SourceObject> crb = in.find("rbac.authorization.k8s.io", "ClusterRoleBinding", namespace + "-cluster-admin")
                .filter(b -> "cluster-admin".equals(stringAt(b.toMap(), "roleRef", "name"))
                        && listAt(b.toMap(), "subjects").stream().anyMatch(s ->
                        (namespace + "-argocd-application-controller").equals(stringAt(s, "name"))));
        if (crb.isPresent()) {
            replaces.add(crb.get());
        } else {
            ((Map<String, Object>) spec.get("bootstrap")).put("clusterAdmin", false);
        }
    }

    /** The single source of an Application, ApplicationSet template or generator, or null. */
    private static Map<String, Object> source(Map<String, Object> object) {
        Object template = at(object, "spec", "template", "spec", "source");
        Object direct = at(object, "spec", "source");
        Object chosen = template != null ? template : direct;
        if (chosen == null && !listAt(object, "spec", "sourceRepos").isEmpty()) {
            return Map.of("repoURL", String.valueOf(listAt(object, "spec", "sourceRepos").get(0)));
        }
        return chosen == null ? null : mapAt(chosen);
    }

    private static String mostCommon(List<Map<String, Object>> sources, Function<Map<String, Object>, String> value) {
        return sources.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static void putIfAny(Map<String, Object> spec, String field, List<Object> values) {
        if (!values.isEmpty()) {
            spec.put(field, values);
        }
    }
}

package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.catalog.HealthChecks;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.importing.ObjectDiff;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A repository's hand-written ArgoCD layer read backwards: the AppProjects, the ApplicationSets
 * whose only generator is a git directory generator, the bootstrap app-of-apps (the Application
 * that syncs its own folder), the other Applications and the controller's ClusterRoleBinding
 * become one AppSetDiscovery per ArgoCD namespace. Presets are recognised from ignoreDifferences,
 * sync options and retry (the preset that leaves the fewest overrides); Go-template names go back
 * to {@code {{basename}}} and {@code {{segment N}}}.
 *
 * <p>It imports what it can and reports the rest: an object with fields the intent cannot express
 * ({@link ArgoShapes}), the second of two different objects with one name, or an entry the intent
 * would refuse stays as plain YAML with a note; sets and Applications of an AppProject that is not
 * imported name it in {@code externalProjects}. A repository URL is taken only from the sources of
 * Applications and sets, and only when it is one ({@link RepositoryURL}); when none is, the intent
 * leaves repoURL to the ArgoCD CMP.
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
                String ns = Objects.requireNonNullElse(o.summary().namespace(), AppSetDiscovery.DEFAULT_NAMESPACE);
                byNamespace.computeIfAbsent(ns, k -> new ArrayList<>()).add(o);
            }
        }
        List<Importable.Imported> out = new ArrayList<>();
        byNamespace.forEach((ns, objects) -> new NamespaceImport(ns, objects, byNamespace.size() > 1).run().ifPresent(out::add));
        return out;
    }

    /** One hand-written object read into an entry of the intent, with the identical copies it replaces too. */
    private static final class Entry {
        final SourceObject source;
        final List<SourceObject> twins = new ArrayList<>();
        final boolean bootstrap;
        Map<String, Object> read;

        Entry(SourceObject source, boolean bootstrap) {
            this.source = source;
            this.bootstrap = bootstrap;
        }

        String kind() {
            return source.summary().kind();
        }

        String name() {
            return source.summary().name();
        }

        String describe() {
            return kind() + " " + name() + " (" + source.file() + ")";
        }
    }

    /** The import of one ArgoCD namespace. */
    private final class NamespaceImport {
        private final String namespace;
        private final List<SourceObject> objects;
        private final boolean several;
        private final List<String> notes = new ArrayList<>();
        /** The notes about repoURL and revision: said only when there is an intent to state them in. */
        private final List<String> sourceNotes = new ArrayList<>();
        private final Map<String, String> renderedWith = new LinkedHashMap<>();
        /** AppProjects that stay as plain YAML, by name. */
        private final Set<String> plainProjects = new LinkedHashSet<>();

        NamespaceImport(String namespace, List<SourceObject> objects, boolean several) {
            this.namespace = namespace;
            this.objects = objects;
            this.several = several;
        }

        Optional<Importable.Imported> run() {
            List<Entry> entries = entries();
            Map<String, Object> spec = new LinkedHashMap<>();
            String[] source = source(entries, spec);
            ArgoReader reader = new ArgoReader(source[0], source[1], notes);
            for (Entry e : entries) {
                read(e, reader);
            }
            entries.removeIf(e -> e.read == null);
            validate(entries, spec);
            if (entries.isEmpty()) {
                // nothing to import: the notes still say why each object stays
                notes.removeAll(sourceNotes);
                return notes.isEmpty() ? Optional.empty() : Optional.of(new Importable.Imported(null, List.of(), notes));
            }
            return Optional.of(assemble(entries, spec));
        }

        /** The objects as entries: the ones an ApplicationSet made left to it, duplicates of one name folded or kept plain. */
        private List<Entry> entries() {
            Map<String, Entry> byName = new LinkedHashMap<>();
            int generated = 0;
            boolean bootstrapSeen = false;
            for (SourceObject o : objects) {
                if (ownedBySet(o)) {
                    generated++;
                    continue;
                }
                Entry first = byName.get(o.summary().kind() + "/" + o.summary().name());
                if (first == null) {
                    boolean bootstrap = !bootstrapSeen && isBootstrap(o);
                    bootstrapSeen |= bootstrap;
                    byName.put(o.summary().kind() + "/" + o.summary().name(), new Entry(o, bootstrap));
                    continue;
                }
                List<String> differences = ObjectDiff.diff(first.source.toMap(), o.toMap());
                if (differences.isEmpty()) {
                    first.twins.add(o); // the same object twice (two folders, or two builds): one entry replaces both
                } else {
                    notes.add(o.summary().kind() + " " + o.summary().name() + " is defined twice, differently: imported from "
                            + first.source.file() + "; " + o.file() + " stays as plain YAML (it differs in " + paths(differences) + ")");
                    if (o.summary().kind().equals("AppProject")) {
                        plainProjects.add(o.summary().name());
                    }
                }
            }
            if (generated > 0) {
                notes.add(generated + " Application(s) made by an ApplicationSet (ownerReferences) left to their set");
            }
            return new ArrayList<>(byName.values());
        }

        /**
         * repoURL and revision: the most common among the sources of Applications and sets, and only a
         * repository URL and a git revision. An AppProject's sourceRepos are patterns, never a source; a
         * placeholder ("patch-me-see-clusters-overlays", filled in by kustomize replacements) is no URL,
         * and the revision beside it no revision. When none is known the intent leaves it out (the ArgoCD
         * CMP supplies it) and the comparison renders with the files' value as a stand-in.
         */
        private String[] source(List<Entry> entries, Map<String, Object> spec) {
            List<String[]> sources = new ArrayList<>();
            entries.forEach(e -> sources.addAll(sources(e.source.toMap())));
            String repoURL = mostCommon(sources.stream().map(s -> s[0]).filter(RepositoryURL::isURL).toList());
            String revision = mostCommon(sources.stream().filter(s -> RepositoryURL.isURL(s[0])).map(s -> s[1])
                    .filter(RepositoryURL::isRevision).toList());
            String effectiveURL = repoURL;
            if (repoURL != null) {
                spec.put("repoURL", repoURL);
            } else {
                String written = mostCommon(sources.stream().map(s -> s[0]).filter(Objects::nonNull).toList());
                effectiveURL = written != null ? written : "https://example.invalid/unknown.git";
                renderedWith.put(GitSource.REPO_URL_VARIABLE, effectiveURL);
                note("repoURL is left out: " + (written == null ? "no Application or ApplicationSet names a repository"
                        : "\"" + written + "\" is not a repository URL")
                        + "; the ArgoCD CMP supplies the repository it reads (or state repoURL, or useGitRemote: true)");
            }
            String effectiveRevision = revision;
            if (revision != null) {
                spec.put("revision", revision);
            } else {
                String written = mostCommon(sources.stream().map(s -> s[1]).filter(Objects::nonNull).toList());
                effectiveRevision = written != null ? written : "HEAD";
                if (written != null) {
                    renderedWith.put(GitSource.REVISION_VARIABLE, written);
                    note("revision is left out: \"" + written + "\" is not a git revision of a repository URL; the ArgoCD CMP"
                            + " supplies the revision it reads (else HEAD)");
                }
            }
            if (repoURL != null) {
                note("repoURL and revision are stated as in the files; in a fork leave them out (the ArgoCD CMP supplies them,"
                        + " or useGitRemote: true)");
            }
            if (!namespace.equals(AppSetDiscovery.DEFAULT_NAMESPACE)) {
                spec.put("namespace", namespace);
            }
            return new String[] {effectiveURL, effectiveRevision};
        }

        private void note(String text) {
            notes.add(text);
            sourceNotes.add(text);
        }

        /** Reads an entry, or leaves it as plain YAML with a note (entry.read stays null). */
        private void read(Entry e, ArgoReader reader) {
            Map<String, Object> map = e.source.toMap();
            List<String> outside = new ArrayList<>(ArgoShapes.outside(e.kind(), map));
            if (e.kind().equals("AppProject") && map.get("spec") instanceof Map<?, ?> projectSpec
                    && projectSpec.containsKey("namespaceResourceBlacklist") && !ArgoReader.deniesEveryKind(listAt(map, "spec", "namespaceResourceBlacklist"))) {
                outside.add("spec.namespaceResourceBlacklist");
            }
            if (!outside.isEmpty()) {
                keptPlain(e, "the intent cannot express " + String.join(", ", outside));
                return;
            }
            e.read = switch (e.kind()) {
                case "AppProject" -> reader.project(map);
                case "ApplicationSet" -> reader.appSet(map).orElse(null);
                default -> reader.application(map, e.bootstrap).orElse(null);
            };
        }

        private void keptPlain(Entry e, String why) {
            notes.add(e.describe() + " is kept as plain YAML: " + why);
            if (e.kind().equals("AppProject")) {
                plainProjects.add(e.name());
            }
        }

        /**
         * The entries the intent would refuse (a sync option ArgoCD does not know, a name it cannot
         * take) stay as plain YAML, so that one of them does not stop the rest: the intent is bound
         * and checked as the function will, and each entry with an error is dropped, until none is left.
         */
        private void validate(List<Entry> entries, Map<String, Object> spec) {
            for (int round = 0; round < 10 && !entries.isEmpty(); round++) {
                Map<String, Object> intent = HandWritten.intent(AppSetDiscoverySchema.KIND, "check", build(entries, spec));
                Map<Entry, String> refused = new LinkedHashMap<>();
                for (Map.Entry<String, String> problem : IntentCheck.problems(intent).entrySet()) {
                    Entry e = entryAt(entries, problem.getKey());
                    if (e != null) {
                        // the path within the entry: its position in the intent under construction means nothing to the reader
                        String within = problem.getKey().replaceFirst("^spec\\.[a-zA-Z]+(\\[[0-9]+])?\\.?", "");
                        refused.putIfAbsent(e, (within.isEmpty() ? "" : within + ": ") + problem.getValue());
                    }
                }
                if (refused.isEmpty()) {
                    return;
                }
                refused.forEach((e, why) -> keptPlain(e, "the intent would refuse it: " + why));
                entries.removeAll(refused.keySet());
            }
        }

        /** The entry a field path of the intent built from {@code entries} is in, or null. */
        private Entry entryAt(List<Entry> entries, String path) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^spec\\.(projects|appSets|applications|bootstrap)(?:\\[([0-9]+)])?").matcher(path);
            if (!m.find()) {
                return null;
            }
            List<Entry> ofField = switch (m.group(1)) {
                case "projects" -> entries.stream().filter(e -> e.kind().equals("AppProject")).toList();
                case "appSets" -> entries.stream().filter(e -> e.kind().equals("ApplicationSet")).toList();
                case "bootstrap" -> entries.stream().filter(e -> e.bootstrap).toList();
                default -> entries.stream().filter(e -> e.kind().equals("Application") && !e.bootstrap).toList();
            };
            int i = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return i < ofField.size() ? ofField.get(i) : null;
        }

        /** The spec from the entries: projects, externalProjects, sets, bootstrap, Applications. */
        private Map<String, Object> build(List<Entry> entries, Map<String, Object> head) {
            Map<String, Object> spec = new LinkedHashMap<>(head);
            List<Object> projects = new ArrayList<>();
            List<Object> appSets = new ArrayList<>();
            List<Object> applications = new ArrayList<>();
            Map<String, Object> bootstrap = null;
            for (Entry e : entries) {
                switch (e.kind()) {
                    case "AppProject" -> projects.add(e.read);
                    case "ApplicationSet" -> appSets.add(e.read);
                    default -> {
                        if (e.bootstrap) {
                            bootstrap = e.read;
                        } else {
                            applications.add(e.read);
                        }
                    }
                }
            }
            putIfAny(spec, "projects", projects);
            putIfAny(spec, "externalProjects", new ArrayList<>(externalProjects(entries)));
            putIfAny(spec, "appSets", appSets);
            HandWritten.putIfSet(spec, "bootstrap", bootstrap == null ? null : new LinkedHashMap<>(bootstrap));
            putIfAny(spec, "applications", applications);
            return spec;
        }

        /** The projects sets and Applications name that the intent does not define (nor ArgoCD: "default"). */
        private Set<String> externalProjects(List<Entry> entries) {
            Set<String> defined = new LinkedHashSet<>();
            entries.stream().filter(e -> e.kind().equals("AppProject")).forEach(e -> defined.add(e.name()));
            Set<String> external = new java.util.TreeSet<>();
            for (Entry e : entries) {
                if (!e.kind().equals("AppProject")) {
                    String project = Objects.toString(e.read.get("project"), AppSetDiscovery.DEFAULT_PROJECT);
                    if (!defined.contains(project) && !project.equals(AppSetDiscovery.DEFAULT_PROJECT)) {
                        external.add(project);
                    }
                }
            }
            return external;
        }

        private Importable.Imported assemble(List<Entry> entries, Map<String, Object> head) {
            Map<String, Object> spec = build(entries, head);
            // a project kept as plain YAML has its note already, from where it was left (one object, one note)
            for (String project : externalProjects(entries)) {
                if (!plainProjects.contains(project)) {
                    notes.add("AppProject " + project + " is not in the imported files: externalProjects names it; make sure it exists"
                            + " where ArgoCD runs (it refuses the Applications of a project it does not know)");
                }
            }
            List<SourceObject> replaces = new ArrayList<>();
            SourceObject bootstrapSource = null;
            String bootstrapName = null;
            for (Entry e : entries) {
                replaces.add(e.source);
                replaces.addAll(e.twins);
                if (e.bootstrap) {
                    bootstrapSource = e.source;
                    bootstrapName = e.name();
                }
            }
            if (bootstrapSource != null) {
                clusterAdmin(namespace, spec, replaces);
                healthChecks(namespace, spec, replaces, notes);
            }
            String name = bootstrapName != null && bootstrapName.endsWith("-bootstrap")
                    ? bootstrapName.substring(0, bootstrapName.length() - "-bootstrap".length()) : several ? namespace : "cluster";
            // the intent goes where the bootstrap syncs (Importer writes it beside the first object)
            SourceObject first = bootstrapSource;
            replaces.sort(Comparator.comparing((SourceObject o) -> o != first).thenComparing(SourceObject::file));
            return new Importable.Imported(HandWritten.intent(AppSetDiscoverySchema.KIND, name, spec), replaces, notes, Map.of(),
                    renderedWith);
        }
    }

    /** An Application an ApplicationSet made (it owns it): exported from a cluster, never hand-written. */
    private static boolean ownedBySet(SourceObject o) {
        return o.summary().kind().equals("Application") && listAt(o.toMap(), "metadata", "ownerReferences").stream()
                .anyMatch(r -> "ApplicationSet".equals(stringAt(r, "kind")));
    }

    /** The app-of-apps: an Application whose source is the folder it lives in. */
    private static boolean isBootstrap(SourceObject app) {
        String path = stringAt(app.toMap(), "spec", "source", "path");
        return app.summary().kind().equals("Application") && path != null
                && HandWritten.sameDirectory(path, HandWritten.directoryOf(app.file()));
    }

    /**
     * The ClusterRoleBinding giving ArgoCD's application controller cluster-admin, as the bootstrap
     * makes it: its subject names the ArgoCD instance (spec.instance when it is not OpenShift GitOps' own).
     */
    @SuppressWarnings("unchecked")
    private void clusterAdmin(String namespace, Map<String, Object> spec, List<SourceObject> replaces) {
        Optional<SourceObject> crb = in.find("rbac.authorization.k8s.io", "ClusterRoleBinding", namespace + "-cluster-admin")
                .filter(b -> "cluster-admin".equals(stringAt(b.toMap(), "roleRef", "name")) && controllerInstance(b.toMap(), namespace) != null);
        if (crb.isEmpty()) {
            ((Map<String, Object>) spec.get("bootstrap")).put("clusterAdmin", false);
            return;
        }
        replaces.add(crb.get());
        putInstance(spec, controllerInstance(crb.get().toMap(), namespace));
    }

    /**
     * The ArgoCD resource bootstrap.healthChecks writes: imported only when it is that object, the
     * running instance with nothing but spec.resourceHealthChecks, holding exactly the platform's
     * shipped checks. Any other ArgoCD with health checks (a whole instance, checks of the user's
     * own) stays as plain YAML with a note: the intent would replace its list with the platform's.
     */
    @SuppressWarnings("unchecked")
    private void healthChecks(String namespace, Map<String, Object> spec, List<SourceObject> replaces, List<String> notes) {
        Map<String, Object> bootstrap = (Map<String, Object>) spec.get("bootstrap");
        for (SourceObject argoCd : in.ofKind(ARGO, "ArgoCD")) {
            Map<String, Object> object = argoCd.toMap();
            if (!namespace.equals(Objects.requireNonNullElse(argoCd.summary().namespace(), AppSetDiscovery.DEFAULT_NAMESPACE))
                    || at(object, "spec", "resourceHealthChecks") == null) {
                continue;
            }
            String instance = (String) spec.getOrDefault("instance", AppSetDiscovery.DEFAULT_INSTANCE);
            List<String> outside = ArgoShapes.outside("ArgoCD", object);
            String why = Boolean.TRUE.equals(bootstrap.get("healthChecks")) ? "bootstrap.healthChecks names another ArgoCD already"
                    : !outside.isEmpty() ? "bootstrap.healthChecks writes only spec.resourceHealthChecks; it has " + String.join(", ", outside)
                    : !shippedChecks().equals(listAt(object, "spec", "resourceHealthChecks"))
                    ? "its spec.resourceHealthChecks are not the platform's (platform-catalog health-checks.yaml), which"
                            + " bootstrap.healthChecks writes as the whole list"
                    : !Boolean.FALSE.equals(bootstrap.get("clusterAdmin")) && !instance.equals(argoCd.summary().name())
                    ? "the ClusterRoleBinding binds the controller of ArgoCD " + instance + ", and spec.instance names one ArgoCD for both"
                    : null;
            if (why != null) {
                notes.add("ArgoCD " + argoCd.summary().name() + " (" + argoCd.file() + ") is kept as plain YAML: " + why);
                continue;
            }
            replaces.add(argoCd);
            bootstrap.put("healthChecks", true);
            putInstance(spec, argoCd.summary().name());
        }
    }

    /** The platform's checks as the bootstrap writes them (ArgoObjects.healthChecks), to compare a hand-written list with. */
    private static List<Object> shippedChecks() {
        return HealthChecks.shipped().stream()
                .<Object>map(c -> Map.of("group", c.group(), "kind", c.kind(), "check", c.check())).toList();
    }

    /** spec.instance after repoURL, revision and namespace, when it is not OpenShift GitOps' own. */
    private static void putInstance(Map<String, Object> spec, String instance) {
        if (instance.equals(AppSetDiscovery.DEFAULT_INSTANCE)) {
            return;
        }
        Map<String, Object> reordered = new LinkedHashMap<>();
        spec.forEach((k, v) -> {
            reordered.put(k, v);
            if (k.equals("repoURL") || k.equals("revision") || k.equals("namespace")) {
                reordered.remove("instance");
                reordered.put("instance", instance);
            }
        });
        reordered.putIfAbsent("instance", instance);
        spec.clear();
        spec.putAll(reordered);
    }

    /** The ArgoCD instance whose controller ServiceAccount (in {@code namespace}) is the binding's only subject, or null. */
    private static String controllerInstance(Map<String, Object> crb, String namespace) {
        List<Object> subjects = listAt(crb, "subjects");
        String name = subjects.size() == 1 ? stringAt(subjects.get(0), "name") : null;
        String suffix = AppSetDiscovery.CONTROLLER_SERVICE_ACCOUNT_SUFFIX;
        if (name == null || !"ServiceAccount".equals(stringAt(subjects.get(0), "kind")) || !namespace.equals(stringAt(subjects.get(0), "namespace"))
                || !name.endsWith(suffix) || name.length() == suffix.length()) {
            return null;
        }
        return name.substring(0, name.length() - suffix.length());
    }

    /** Each (repoURL, revision) a source of the object names: an Application's, a set template's and its git generators'. */
    private static List<String[]> sources(Map<String, Object> object) {
        List<String[]> out = new ArrayList<>();
        for (String[] path : new String[][] {{"spec", "source"}, {"spec", "template", "spec", "source"}}) {
            Object source = at(object, path);
            if (source != null) {
                out.add(new String[] {stringAt(source, "repoURL"), stringAt(source, "targetRevision")});
            }
        }
        for (Object generator : listAt(object, "spec", "generators")) {
            Object git = at(generator, "git");
            if (git != null) {
                out.add(new String[] {stringAt(git, "repoURL"), stringAt(git, "revision")});
            }
        }
        return out;
    }

    private static String mostCommon(List<String> values) {
        return values.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The first field paths of a list of differences ("spec.roles: added ..."), for a note. */
    private static String paths(List<String> differences) {
        List<String> paths = differences.stream().map(d -> d.substring(0, d.indexOf(": "))).distinct().toList();
        return String.join(", ", paths.subList(0, Math.min(4, paths.size()))) + (paths.size() > 4 ? ", ..." : "");
    }

    private static void putIfAny(Map<String, Object> spec, String field, List<Object> values) {
        if (!values.isEmpty()) {
            spec.put(field, values);
        }
    }
}

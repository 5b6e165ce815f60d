package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.importing.HandWritten;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hand-written AppProject, ApplicationSet or Application read back into its entry of an
 * AppSetDiscovery, stating only what differs from the defaults and the recognised preset. What the
 * intent cannot express (another repository, several generators or sources, Helm or plugin
 * options) is not read: the object stays as plain YAML, with a note saying why.
 */
final class ArgoReader {
    private static final Pattern GO_PLACEHOLDER = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    private static final Pattern SEGMENT = Pattern.compile("(?:index \\.path\\.segments |path\\[)([0-9]+)]?");
    private static final List<Object> ANY_KIND = List.of(Map.of("group", "*", "kind", "*"));

    private final String repoURL;
    private final String revision;
    private final List<String> notes;

    ArgoReader(String repoURL, String revision, List<String> notes) {
        this.repoURL = repoURL;
        this.revision = revision;
        this.notes = notes;
    }

    Map<String, Object> project(Map<String, Object> p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", stringAt(p, "metadata", "name"));
        HandWritten.putIfSet(out, "description", stringAt(p, "spec", "description"));
        List<Object> repos = new ArrayList<>(listAt(p, "spec", "sourceRepos"));
        repos.remove(repoURL);
        putIfAny(out, "sourceRepos", repos);
        List<Object> destinations = listAt(p, "spec", "destinations");
        if (!destinations.equals(List.of(Map.of("namespace", "*", "server", AppSetDiscoverySchema.IN_CLUSTER)))) {
            putIfAny(out, "destinations", destinations);
        }
        for (String[] field : new String[][] {{"clusterResourceWhitelist", "clusterResources"}, {"namespaceResourceWhitelist", "namespaceResources"}}) {
            List<Object> kinds = listAt(p, "spec", field[0]).stream().map(k -> (Object) Manifests.map("group", Objects.toString(at(k, "group"), ""),
                    "kind", Objects.toString(at(k, "kind"), ""))).toList();
            if (!kinds.equals(ANY_KIND)) {
                out.put(field[1], kinds);
            }
        }
        return out;
    }

    Optional<Map<String, Object>> appSet(Map<String, Object> set) {
        String name = stringAt(set, "metadata", "name");
        List<Object> generators = listAt(set, "spec", "generators");
        Object git = generators.size() == 1 ? at(generators.get(0), "git") : null;
        if (git == null || listAt(git, "directories").isEmpty() || !listAt(git, "files").isEmpty()) {
            return skip("ApplicationSet " + name, "its generators are not one git directory generator");
        }
        if (!repoURL.equals(stringAt(git, "repoURL")) || !repoURL.equals(stringAt(set, "spec", "template", "spec", "source", "repoURL"))) {
            return skip("ApplicationSet " + name, "it reads another repository than " + repoURL);
        }
        String appName = placeholders(stringAt(set, "spec", "template", "metadata", "name"));
        if (appName == null) {
            return skip("ApplicationSet " + name, "its template's name uses more than the path's basename and segments");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        Map<String, Object> template = mapAt(set, "spec", "template", "spec");
        HandWritten.putUnlessDefault(out, "project", stringAt(template, "project"), AppSetDiscoverySchema.DEFAULT_PROJECT);
        List<Object> directories = new ArrayList<>();
        List<Object> exclude = new ArrayList<>();
        for (Object d : listAt(git, "directories")) {
            (Boolean.TRUE.equals(at(d, "exclude")) ? exclude : directories).add(stringAt(d, "path"));
        }
        out.put("directories", directories);
        putIfAny(out, "exclude", exclude);
        HandWritten.putUnlessDefault(out, "appName", appName, "{{basename}}");
        Map<String, Object> labels = new LinkedHashMap<>();
        mapAt(set, "spec", "template", "metadata", "labels").forEach((k, v) -> labels.put(k, placeholders(String.valueOf(v))));
        PresetReader.read(template, false).into(out);
        destination(template, out, true);
        if (!labels.isEmpty()) {
            out.put("labels", labels);
        }
        HandWritten.putUnlessDefault(out, "applicationsSync", stringAt(set, "spec", "syncPolicy", "applicationsSync"), "sync");
        wave(set, out);
        rollingSync(set, out);
        return Optional.of(out);
    }

    Optional<Map<String, Object>> application(Map<String, Object> app, boolean bootstrap) {
        String name = stringAt(app, "metadata", "name");
        Map<String, Object> spec = mapAt(app, "spec");
        Map<String, Object> source = mapAt(spec, "source");
        if (source.isEmpty() || spec.containsKey("sources")) {
            return skip("Application " + name, "it has several sources");
        }
        if (!repoURL.equals(source.get("repoURL")) || !Objects.equals(revision, source.getOrDefault("targetRevision", "HEAD"))) {
            return skip("Application " + name, "it reads another repository or revision than " + repoURL + " " + revision);
        }
        if (source.keySet().stream().anyMatch(k -> !List.of("repoURL", "targetRevision", "path").contains(k))) {
            return skip("Application " + name, "its source has settings (" + String.join(", ", source.keySet()) + ") beyond a path");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (bootstrap) {
            HandWritten.putUnlessDefault(out, "name", name, "cluster-bootstrap");
        } else {
            out.put("name", name);
        }
        HandWritten.putUnlessDefault(out, "project", stringAt(spec, "project"), AppSetDiscoverySchema.DEFAULT_PROJECT);
        out.put("path", stringAt(source, "path"));
        PresetReader.read(spec, bootstrap).into(out);
        destination(spec, out, false);
        if (bootstrap && stringAt(app, "metadata", "namespace") != null) {
            // the bootstrap's destination namespace defaults to ArgoCD's own
            Object destination = out.get("destination");
            if (destination instanceof Map<?, ?> d && Objects.equals(d.get("namespace"), stringAt(app, "metadata", "namespace"))) {
                d.remove("namespace");
                if (d.isEmpty()) {
                    out.remove("destination");
                }
            }
        }
        wave(app, out);
        return Optional.of(out);
    }

    private Optional<Map<String, Object>> skip(String what, String why) {
        notes.add(what + " is kept as plain YAML: " + why);
        return Optional.empty();
    }

    private static void destination(Map<String, Object> spec, Map<String, Object> out, boolean templated) {
        Map<String, Object> d = new LinkedHashMap<>();
        HandWritten.putUnlessDefault(d, "server", stringAt(spec, "destination", "server"), AppSetDiscoverySchema.IN_CLUSTER);
        HandWritten.putIfSet(d, "name", stringAt(spec, "destination", "name"));
        String namespace = stringAt(spec, "destination", "namespace");
        HandWritten.putIfSet(d, "namespace", templated && namespace != null ? placeholders(namespace) : namespace);
        if (!d.isEmpty()) {
            out.put("destination", d);
        }
    }

    private static void rollingSync(Map<String, Object> set, Map<String, Object> out) {
        if (!"RollingSync".equals(stringAt(set, "spec", "strategy", "type"))) {
            return;
        }
        List<Object> steps = new ArrayList<>();
        for (Object step : listAt(set, "spec", "strategy", "rollingSync", "steps")) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("matchExpressions", listAt(step, "matchExpressions"));
            HandWritten.putIfSet(s, "maxUpdate", stringAt(step, "maxUpdate"));
            steps.add(s);
        }
        out.put("rollingSync", Map.of("steps", steps));
    }

    private static void wave(Map<String, Object> object, Map<String, Object> out) {
        String wave = stringAt(object, "metadata", "annotations", ArgoObjects.WAVE);
        if (wave != null && wave.matches("-?[0-9]+")) {
            out.put("syncWave", Long.parseLong(wave));
        }
    }

    /**
     * A template value back in the intent's placeholders: {{ .path.basename }} and {{path.basename}}
     * become {{basename}}, {{ index .path.segments N }} and {{path[N]}} {{segment N}}; null for
     * any other placeholder.
     */
    static String placeholders(String template) {
        if (template == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = GO_PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(template, at, m.start());
            String inside = m.group(1);
            Matcher segment = SEGMENT.matcher(inside);
            if (inside.equals(".path.basename") || inside.equals("path.basename")) {
                out.append("{{basename}}");
            } else if (segment.matches()) {
                out.append("{{segment ").append(segment.group(1)).append("}}");
            } else {
                return null;
            }
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    private static void putIfAny(Map<String, Object> out, String field, List<Object> values) {
        if (!values.isEmpty()) {
            out.put(field, values);
        }
    }

}

package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.Yaml;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What messages of the kustomize exec-plugin door name an intent's file as, rather than the
 * temporary copy of its config kustomize passes (kubernetes-sigs/kustomize kustomize/v5.7.1
 * api/internal/plugins/execplugin/execplugin.go invokePlugin: {@code /tmp/kust-plugin-config-NNN}).
 * The config kustomize writes there carries no file of its own: only with
 * {@code buildMetadata: [originAnnotations]} in the kustomization does kustomize add
 * {@value #ORIGIN} ({@code path:}, rooted at the directory kustomize build runs in, plus
 * {@code repo:} and {@code ref:} for a remote one; api/resource/origin.go, kusttarget.go
 * accumulateFile). Without it the intent is named by the kustomization that lists it: kustomize
 * runs the plugin in that kustomization's directory and says so in KUSTOMIZE_PLUGIN_CONFIG_ROOT
 * (execplugin.go getEnv). The message also names the intent by kind and name.
 */
final class PluginConfigs {
    static final String ORIGIN = "config.kubernetes.io/origin";
    static final String CONFIG_ROOT = "KUSTOMIZE_PLUGIN_CONFIG_ROOT";
    /** execplugin.go tmpConfigFilePrefix: the name of kustomize's temporary copy of a plugin config. */
    static final String TEMPORARY_PREFIX = "kust-plugin-config-";
    /**
     * {@link KustomizationCheck#FILE_NAMES}, which is not read from here: that would initialize the
     * check (its patterns) on every plugin start, and this door never walks a kustomization.
     */
    private static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private PluginConfigs() {
    }

    /**
     * The plugin's config, named after its file (its origin) or, when it is kustomize's temporary
     * copy, the kustomization that lists it; a config file given by hand keeps its own name.
     */
    static SourceObject config(SourceObject config, Path configFile, Environment env) {
        String origin = origin(config);
        if (origin != null) {
            return config.labelled(origin, 0);
        }
        Path name = configFile.getFileName();
        return name != null && name.toString().startsWith(TEMPORARY_PREFIX) ? config.labelled(kustomization(env), 0) : config;
    }

    /** kustomize's resources on stdin (a transformer's), each named after its origin when kustomize annotated it. */
    static List<SourceObject> resources(List<SourceObject> resources) {
        List<SourceObject> named = new ArrayList<>(resources.size());
        for (SourceObject r : resources) {
            String origin = origin(r);
            named.add(origin == null ? r : r.labelled(origin, 0));
        }
        return named;
    }

    /** The origin annotation as a location: its path, in repo@ref for a remote one; null when absent or unreadable. */
    static String origin(SourceObject object) {
        String annotation = object.summary().annotation(ORIGIN);
        if (annotation == null) {
            return null;
        }
        Object origin;
        try {
            origin = Yaml.toJava(Yaml.composeOne(annotation, ORIGIN));
        } catch (YamlInputException e) {
            return null;
        }
        if (!(origin instanceof Map<?, ?> m) || !(m.get("path") instanceof String path) || path.isEmpty()) {
            return null;
        }
        if (m.get("repo") instanceof String repo && !repo.isEmpty()) {
            return repo + "//" + path + (m.get("ref") instanceof String ref && !ref.isEmpty() ? "?ref=" + ref : "");
        }
        return path;
    }

    /** The kustomization file in the plugin's config root (else its working directory), or that directory. */
    static String kustomization(Environment env) {
        Path dir = env.variable(CONFIG_ROOT).filter(s -> !s.isEmpty()).map(Path::of).orElse(env.workingDirectory());
        for (String name : KUSTOMIZATION_FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return file.toString();
            }
        }
        return dir.toString();
    }
}

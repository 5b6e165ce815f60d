package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bound AppSetDiscovery intent as the rest of the function reads it: its sets and Applications
 * in order, each with its field path, preset and parsed name template.
 */
final class AppSetDiscoverySpec {
    final BoundObject spec;
    final String namespace;
    final List<BoundObject> projects;
    final List<SetSpec> appSets = new ArrayList<>();
    /** The bootstrap Application first (when there is one), then the explicit ones. */
    final List<AppSpec> applications = new ArrayList<>();
    final boolean discover;

    AppSetDiscoverySpec(BoundObject spec) {
        this.spec = spec;
        this.namespace = spec.string("namespace");
        this.projects = spec.objects("projects");
        spec.objects("appSets").forEach(s -> appSets.add(new SetSpec(s)));
        if (spec.has("bootstrap")) {
            applications.add(new AppSpec(spec.object("bootstrap"), true));
        }
        spec.objects("applications").forEach(a -> applications.add(new AppSpec(a, false)));
        this.discover = spec.bool("discover");
    }

    /** One ApplicationSet. */
    static final class SetSpec {
        final BoundObject o;
        final String name;
        final String project;
        final List<String> directories;
        final List<String> exclude;
        final NameTemplate.Parsed appName;
        final Preset preset;

        SetSpec(BoundObject o) {
            this.o = o;
            this.name = o.string("name");
            this.project = o.string("project");
            this.directories = o.strings("directories");
            this.exclude = o.strings("exclude");
            this.appName = NameTemplate.parse(o.string("appName"));
            this.preset = Preset.named(o.string("preset"));
        }

        String directoryPath(int i) {
            return o.pathOf("directories") + "[" + i + "]";
        }

        String excludePath(int i) {
            return o.pathOf("exclude") + "[" + i + "]";
        }

        Map<String, String> labels() {
            return o.stringMap("labels");
        }
    }

    /** One Application: the bootstrap app-of-apps or an explicit one. */
    static final class AppSpec {
        final BoundObject o;
        final boolean bootstrap;
        final String name;
        final String project;
        final String path;
        final Preset preset;

        AppSpec(BoundObject o, boolean bootstrap) {
            this.o = o;
            this.bootstrap = bootstrap;
            this.name = o.string("name");
            this.project = o.string("project");
            this.path = o.string("path");
            this.preset = bootstrap ? Preset.BOOTSTRAP : Preset.named(o.string("preset"));
        }
    }
}

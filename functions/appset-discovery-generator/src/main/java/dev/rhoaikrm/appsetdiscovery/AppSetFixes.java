package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where an AppSetDiscovery renders a hand-written ArgoCD layer differently on purpose, each with
 * the README row ("Differences from the reference repository") that says why; the first match wins.
 */
final class AppSetFixes {
    static final List<Fix> ALL = List.of(
            new Fix("ApplicationSet", "spec.goTemplate", "goTemplate: true"),
            new Fix("ApplicationSet", "spec.template.spec.source.path", "goTemplate: true"),
            new Fix("ApplicationSet", "spec.template.metadata.name", "goTemplate: true"),
            new Fix("ApplicationSet", "spec.template.metadata.namespace", "the generated Applications in spec.namespace"),
            new Fix("ApplicationSet", "spec.syncPolicy.applicationsSync", "added", "applicationsSync: sync written out"));

    private AppSetFixes() {
    }
}

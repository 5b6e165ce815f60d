package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where an AppSetDiscovery renders a hand-written ArgoCD layer differently on purpose, each with
 * the README row ("Differences from the reference repository") that says why; the first match wins.
 */
final class AppSetFixes {
    static final String GO_TEMPLATE = "goTemplate: true";
    /** A value written in Go-template form ({{ .path.basename }}) instead of the older one. */
    static final String IN_GO_TEMPLATE_FORM = ".* -> .*\\{\\{ \\.";

    static final List<Fix> ALL = List.of(
            new Fix("ApplicationSet", "spec.goTemplate", "added true$", GO_TEMPLATE),
            new Fix("ApplicationSet", "spec.template.spec.source.path", IN_GO_TEMPLATE_FORM, GO_TEMPLATE),
            new Fix("ApplicationSet", "spec.template.metadata.name", IN_GO_TEMPLATE_FORM, GO_TEMPLATE),
            new Fix("ApplicationSet", "spec.template.metadata.namespace", "added", "the generated Applications in spec.namespace"),
            new Fix("ApplicationSet", "spec.syncPolicy.applicationsSync", "added sync$", "applicationsSync: sync written out"));

    private AppSetFixes() {
    }
}

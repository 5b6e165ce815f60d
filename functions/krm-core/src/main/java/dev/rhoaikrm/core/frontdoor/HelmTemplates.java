package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart template each document of a Helm post-renderer stream came from, so that messages
 * name it rather than stdin. Helm 4 annotates every document it pipes with its template
 * (helm/helm v4.1.4 pkg/action/action.go annotateAndMerge, {@link #FILENAME}); Helm 3 writes
 * {@code # Source: <chart>/templates/<file>} on the line after each document's {@code ---}
 * (v3.17.3 pkg/action/action.go renderResources), as `helm template` prints it, which Helm 4 does too.
 */
final class HelmTemplates {
    /** helm/helm pkg/action/action.go filenameAnnotation (Helm 4). */
    static final String FILENAME = "postrenderer.helm.sh/postrender-filename";
    private static final String SOURCE = "# Source: ";

    private HelmTemplates() {
    }

    /** The documents, each named after its template (index: its place among that template's documents). */
    static List<SourceObject> named(List<SourceObject> documents) {
        Map<String, Integer> seen = new HashMap<>();
        List<SourceObject> named = new ArrayList<>(documents.size());
        for (SourceObject d : documents) {
            String template = template(d);
            named.add(template == null ? d : d.labelled(template, seen.merge(template, 1, Integer::sum) - 1));
        }
        return named;
    }

    /** The document's template: Helm 4's annotation, else Helm 3's "# Source:" first line; null when neither. */
    static String template(SourceObject document) {
        String annotated = document.summary().annotation(FILENAME);
        if (annotated != null && !annotated.isBlank()) {
            return annotated.strip();
        }
        return document.text().startsWith(SOURCE) ? sourceLine(document.text(), 0) : null;
    }

    /**
     * The template of the stream's line {@code line} (1-based): the last "# Source:" line at or
     * before it, for a stream that cannot be read as objects; null when there is none.
     */
    static String templateAtLine(String stream, int line) {
        String template = null;
        int start = 0;
        for (int n = 1; n <= line && start < stream.length(); n++) {
            if (stream.startsWith(SOURCE, start)) {
                template = sourceLine(stream, start);
            }
            int nl = stream.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return template;
    }

    private static String sourceLine(String text, int start) {
        int nl = text.indexOf('\n', start);
        String name = text.substring(start + SOURCE.length(), nl < 0 ? text.length() : nl).strip();
        return name.isEmpty() ? null : name;
    }
}

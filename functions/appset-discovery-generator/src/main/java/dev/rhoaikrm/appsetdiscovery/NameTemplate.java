package dev.rhoaikrm.appsetdiscovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name template of the intent, {@code operator-{{basename}}} or {@code model-{{segment 2}}}:
 * literal text and placeholders for the matched directory. It becomes the ApplicationSet's Go
 * template ({@code operator-{{ .path.basename }}}, {@code model-{{ index .path.segments 2 }}}),
 * and for discovery it renders the name ArgoCD would give one directory. In a fleet
 * ({@code spec.clusters}) {@code {{cluster}}} is the cluster's name, the cluster generator's
 * {@code {{ .name }}}.
 */
final class NameTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern SEGMENT = Pattern.compile("segment\\s+([0-9]{1,3})");

    private static final int BASENAME = -1;
    private static final int CLUSTER = -2;

    /** Literal text (placeholder null) or a placeholder: segment -1 is the basename, -2 the cluster. */
    private record Part(String literal, int segment) {
    }

    private final String text;
    private final List<Part> parts;

    private NameTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses a template; the problem is a message for the field, or null. */
    record Parsed(NameTemplate template, String problem) {
    }

    static Parsed parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            parts.add(new Part(text.substring(at, m.start()), 0));
            String inside = m.group(1);
            Matcher segment = SEGMENT.matcher(inside);
            if (inside.equals("basename")) {
                parts.add(new Part(null, BASENAME));
            } else if (inside.equals("cluster")) {
                parts.add(new Part(null, CLUSTER));
            } else if (segment.matches()) {
                parts.add(new Part(null, Integer.parseInt(segment.group(1))));
            } else {
                return new Parsed(null, "unknown placeholder {{" + inside + "}} in \"" + text
                        + "\": use {{basename}}, {{segment N}} (N counts the path's segments from 0) or, in a fleet, {{cluster}}");
            }
            at = m.end();
        }
        parts.add(new Part(text.substring(at), 0));
        for (Part p : parts) {
            if (p.literal() != null && (p.literal().contains("{{") || p.literal().contains("}}"))) {
                return new Parsed(null, "unbalanced {{ }} in \"" + text + "\"");
            }
        }
        List<Part> kept = new ArrayList<>(parts.size());
        for (Part p : parts) {
            if (p.literal() == null || !p.literal().isEmpty()) {
                kept.add(p);
            }
        }
        return new Parsed(new NameTemplate(text, List.copyOf(kept)), null);
    }

    /** Whether it uses a placeholder of the matched path ({{basename}} or {{segment N}}). */
    boolean hasPathPlaceholder() {
        for (Part p : parts) {
            if (p.literal() == null && p.segment() != CLUSTER) {
                return true;
            }
        }
        return false;
    }

    boolean usesCluster() {
        for (Part p : parts) {
            if (p.literal() == null && p.segment() == CLUSTER) {
                return true;
            }
        }
        return false;
    }

    /** The highest segment index used, or -1. */
    int highestSegment() {
        int highest = -1;
        for (Part p : parts) {
            if (p.literal() == null) {
                highest = Math.max(highest, p.segment());
            }
        }
        return highest;
    }

    /** The ApplicationSet's goTemplate form. */
    String goTemplate() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p.literal() != null) {
                b.append(p.literal());
            } else if (p.segment() == CLUSTER) {
                b.append("{{ .name }}");
            } else if (p.segment() == BASENAME) {
                b.append("{{ .path.basename }}");
            } else {
                b.append("{{ index .path.segments ").append(p.segment()).append(" }}");
            }
        }
        return b.toString();
    }

    /** The value for one matched path (segments as ArgoCD splits it on '/'); the caller checks segment bounds. */
    String render(String path) {
        return render(path, null);
    }

    /** The value for one matched path of one cluster (null outside a fleet). */
    String render(String path, String cluster) {
        String[] segments = path.split("/", -1);
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p.literal() != null) {
                b.append(p.literal());
            } else if (p.segment() == CLUSTER) {
                b.append(cluster);
            } else if (p.segment() == BASENAME) {
                b.append(segments[segments.length - 1]);
            } else {
                b.append(segments[p.segment()]);
            }
        }
        return b.toString();
    }

    /** The literal text with placeholders shown as x: enough to judge the characters the intent wrote. */
    String sample() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            b.append(p.literal() != null ? p.literal() : "x");
        }
        return b.toString();
    }

    String text() {
        return text;
    }
}

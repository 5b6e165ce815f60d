package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release's checks (releases/&lt;id&gt;.yaml, {@link Release.Check}: what the RHOAI operator itself
 * checks when it reconciles a component) against the composed DataScienceCluster and, when there is
 * one, the rest of the input ({@link ClusterInput}).
 *
 * <p>How sure a result is decides its severity. A check the composition alone decides (Serverless
 * with serving Removed, OGX with the Llama Stack operator, TrustyAI without serving) is an error
 * when the operator would stop. So is one the input shows failing: a Subscription, CRD or instance
 * that the operator refuses to run next to. One that fails because the input lacks something is an
 * error when the input carries the operator layer (any OLM Subscription, so what it lacks the
 * cluster lacks; for a CRD: any CustomResourceDefinition), and a warning otherwise, as the thing
 * may come from another Application. Checks whose failure the operator only reports
 * (informational conditions) are warnings. Without other objects in the input only the
 * composition's own checks run.
 */
final class OperatorChecks {
    private final Release release;
    private final Composition c;
    private final String serviceMesh;
    private final BoundObject overrides;
    private final Expansion out;

    /** Whether the composition generates the operator layer, which then decides the operators a check needs. */
    private final boolean layer;

    OperatorChecks(Composition c, String serviceMesh, BoundObject overrides, Expansion out, boolean layer) {
        this.release = c.release();
        this.c = c;
        this.serviceMesh = serviceMesh;
        this.overrides = overrides;
        this.out = out;
        this.layer = layer;
    }

    /** Every check whose condition holds; {@code input} null when the input holds nothing to check against. */
    void run(ClusterInput input) {
        for (Release.Check check : release.facts.checks()) {
            if (!DscInitializations.matches(check.when(), c, serviceMesh)) {
                continue;
            }
            Release.Need need = check.needs();
            if (need == null) {
                report(check, true, "the operator " + (check.stops() ? "stops with" : "reports") + " \"" + check.message() + "\"");
            } else if (!need.onCluster()) {
                if (need.components().stream().noneMatch(c::enabled)) {
                    report(check, true, "it needs " + String.join(" or ", need.components()) + " enabled, and the operator "
                            + (check.stops() ? "stops with" : "reports") + " \"" + check.message() + "\"");
                }
            } else if (input != null) {
                onCluster(check, need, input);
            }
        }
    }

    private void onCluster(Release.Check check, Release.Need need, ClusterInput input) {
        switch (need.kind()) {
            case "operator" -> {
                if (layer) {
                    return; // OperatorLayer installed it, said how to add an optional one, or LayerChecks.leftOut reports it
                }
                Release.Operator op = release.facts.operators().get(need.name());
                if (input.installing(op) == null) {
                    ClusterInput.Subscription misnamed = input.misnamed(op);
                    missing(check, input.hasOperatorLayer(), op.name() + " (" + describe(op) + ")", misnamed == null ? listed(input)
                            : "; Subscription " + misnamed.name() + " installs " + misnamed.pkg() + ", but the operator looks it up by the name "
                            + op.subscriptionName());
                }
            }
            case "noOperator" -> {
                Release.Operator op = release.facts.operators().get(need.name());
                ClusterInput.Subscription s = input.installing(op);
                if (s != null) {
                    report(check, true, "the input installs " + op.name() + " (Subscription " + s.name() + " of package " + s.pkg()
                            + "), and the operator stops with \"" + check.message() + "\"");
                }
            }
            case "crd" -> {
                if (!input.hasCrd(need.name())) {
                    missing(check, input.hasCrds(), "the CustomResourceDefinition " + need.name(), "");
                }
            }
            case "noCrd" -> {
                if (input.hasCrd(need.name())) {
                    report(check, true, "the input holds the CustomResourceDefinition " + need.name()
                            + ", which the RHOAI operator did not deploy, and the operator stops with \"" + check.message() + "\"");
                }
            }
            case "instance" -> {
                Map<String, String> i = need.instance();
                List<String> names = input.namesOf(i.get("apiVersion"), i.get("kind"));
                if (i.containsKey("name") ? !names.contains(i.get("name")) : names.isEmpty()) {
                    missing(check, input.hasOperatorLayer(), "a " + i.get("kind") + (i.containsKey("name") ? " named " + i.get("name") : "")
                            + " (" + i.get("apiVersion") + ")", names.isEmpty() ? "" : " (" + i.get("kind") + ": " + String.join(", ", names) + ")");
                }
            }
            case "noInstanceNamedOtherwise" -> {
                Map<String, String> i = need.instance();
                for (String name : input.namesOf(i.get("apiVersion"), i.get("kind"))) {
                    if (!name.equals(i.get("name"))) {
                        report(check, true, "the input holds a " + i.get("kind") + " named " + name + ", and the operator stops with \""
                                + check.message().replace("%s", name) + "\"");
                    }
                }
            }
            default -> throw new IllegalStateException("unknown need " + need.kind());
        }
    }

    /** Something the check needs is not in the input: an error when the input would hold it, else a warning. */
    private void missing(Release.Check check, boolean inputIsTheCluster, String what, String context) {
        String text = "needs " + what + ", which is not in the input" + context + "; without it the operator "
                + (check.stops() ? "stops with" : "reports") + " \"" + check.message() + "\"";
        report(check, check.stops() && inputIsTheCluster, text);
    }

    private void report(Release.Check check, boolean sure, String text) {
        String message = describe(check.when()) + ": " + text + (check.fix() == null ? "" : "; " + check.fix()) + " (" + check.source() + ")";
        String path = path(check);
        if (check.stops() && sure) {
            out.error(path, message);
        } else {
            out.warning(path, message);
        }
    }

    private String path(Release.Check check) {
        String at = check.at();
        if (at == null) {
            at = check.when().keySet().stream().filter(k -> !k.startsWith("dsci.")).findFirst().orElse(null);
        }
        return at == null ? overrides.path() : overrides.path() + "." + at;
    }

    static String describe(Map<String, List<String>> when) {
        List<String> parts = new ArrayList<>();
        when.forEach((path, values) -> parts.add((path.startsWith("dsci.") ? "the DSCInitialization's " + path.substring(5) : path)
                + " " + String.join(" or ", values)));
        return "with " + String.join(", ", parts);
    }

    private static String describe(Release.Operator op) {
        String pkg = String.join(" or ", op.packages());
        return op.subscriptionName() != null ? "a Subscription named " + op.subscriptionName() + (op.csvPrefix() != null ? " of package " + pkg : "")
                : "a Subscription of package " + pkg;
    }

    private static String listed(ClusterInput input) {
        List<String> names = input.subscriptions().stream().map(s -> s.name() + (s.pkg() == null || s.pkg().equals(s.name()) ? "" : " (" + s.pkg() + ")"))
                .toList();
        return names.isEmpty() ? "" : " (Subscriptions: " + String.join(", ", names) + ")";
    }
}

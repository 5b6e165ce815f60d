package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Problems;
import dev.rhoaikrm.dsccomposer.DataScienceClusterComposition.Operators;
import dev.rhoaikrm.dsccomposer.DataScienceClusterComposition.SubscriptionSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which operators a composition installs ({@code spec.operators}), decided from the release's
 * facts: the RHOAI operator; every operator a check of the release needs for the composed
 * components (a check that stops: required; one that only reports: installed when
 * {@code optional} names it); what those operators need themselves ({@code requires}); the GPU
 * stack for {@code gpu: nvidia}. What the release's operator refuses to run next to (a
 * {@code noOperator} check that holds, the release's refusedOperators) is never installed, and
 * asking for it is an error. Each installed operator gets its Subscription settings: the
 * release's channel and catalog unless {@code subscriptions} says otherwise.
 */
final class OperatorLayer {
    static final String RHOAI = "rhods-operator";
    /** The NVIDIA GPU operator's id in the releases' operators (its package). */
    static final String GPU = "gpu-operator-certified";

    /** One operator to install: what the release says of it, and its Subscription's settings. */
    record Planned(Release.Operator operator, String channel, String source, String approval, Optional<String> startingCSV) {
        Release.Install install() {
            return operator.install();
        }
    }

    /**
     * An operator a component needs that the layer does not install ({@code install: false}, or no
     * install facts): the check that needs it, for the error when nothing else in the input installs it.
     */
    record LeftOut(Release.Operator operator, Release.Check check, String why, String neededFor) {
    }

    /** What the layer installs, in order (the RHOAI operator first), and what it leaves to others. */
    record Plan(List<Planned> operators, List<LeftOut> leftOut) {
    }

    private final Release release;
    private final Composition c;
    private final String serviceMesh;
    private final Operators spec;
    private final Problems report;
    private final Map<String, SubscriptionSettings> settings = new LinkedHashMap<>();

    OperatorLayer(Release release, Composition c, String serviceMesh, Operators spec, Problems report) {
        this.release = release;
        this.c = c;
        this.serviceMesh = serviceMesh;
        this.spec = spec;
        this.report = report;
    }

    Plan plan() {
        readSettings();
        Map<String, String> wanted = new LinkedHashMap<>(); // operator id -> why
        Map<String, Release.Check> neededBy = new LinkedHashMap<>();
        Map<String, Release.Check> optional = new LinkedHashMap<>();
        Map<String, Release.Check> forbidden = new LinkedHashMap<>();
        checks(release, c, serviceMesh, neededBy, optional, forbidden);
        wanted.putAll(needed(release, neededBy, spec.gpu().equals("nvidia")));
        for (int i = 0; i < spec.optional().size(); i++) {
            String pkg = spec.optional().get(i);
            String path = spec.at().pathOf("optional") + "[" + i + "]";
            Release.Operator op = byPackage(pkg);
            String refusal = refusal(pkg, op, forbidden);
            if (refusal != null) {
                report.error(path, pkg + ": " + refusal);
            } else if (op == null || op.install() == null) {
                report.error(path, release.label() + ": no install facts for the package " + pkg + " (installable here: "
                        + String.join(", ", installable()) + ")");
            } else if (!wanted.containsKey(op.id())) {
                Release.Check reports = optional.get(op.id());
                wanted.put(op.id(), reports == null ? "optional" : "optional, " + OperatorChecks.describe(reports.when()));
            }
        }
        optional.forEach((id, check) -> {
            if (!wanted.containsKey(id)) {
                Release.Operator op = release.facts.operators().get(id);
                report.info(spec.at().pathOf("optional"), OperatorChecks.describe(check.when()) + ", the RHOAI operator runs without "
                        + op.name() + " and reports \"" + check.message() + "\"; add " + op.pkg() + " here to install it (" + check.source() + ")");
            }
        });
        addRequired(release, wanted);
        List<Planned> planned = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        wanted.forEach((id, why) -> {
            Release.Operator op = release.facts.operators().get(id);
            SubscriptionSettings s = settings.get(op.pkg());
            Release.Check check = neededBy.get(id);
            if (s != null && !s.install()) {
                leftOut.add(new LeftOut(op, check, "spec.operators.subscriptions says install: false", why));
            } else if (op.install() == null) {
                leftOut.add(new LeftOut(op, check, "spec.operators has no install facts for it on " + release.label(), why));
            } else {
                plan(op, s).ifPresent(planned::add);
            }
        });
        settings.forEach((pkg, s) -> {
            if (planned.stream().noneMatch(p -> p.operator().pkg().equals(pkg)) && s.install()) {
                report.warning(s.at().path(), pkg + " is not installed by this composition on " + release.label()
                        + ": nothing it turns on needs it; add it to spec.operators.optional to install it");
            }
        });
        return new Plan(List.copyOf(planned), List.copyOf(leftOut));
    }

    /** The Subscription settings of one operator, or empty (with an error) when they cannot be decided. */
    private Optional<Planned> plan(Release.Operator op, SubscriptionSettings s) {
        Release.Install install = op.install();
        Optional<String> channel = s == null ? Optional.empty() : s.channel();
        Optional<String> startingCSV = s == null ? Optional.empty() : s.startingCSV();
        String approval = s == null ? spec.installPlanApproval() : s.installPlanApproval().orElse(spec.installPlanApproval());
        if (install.channel() == null && (channel.isEmpty() || startingCSV.isEmpty() || !approval.equals("Manual"))) {
            report.error(s == null ? spec.at().pathOf("subscriptions") : s.at().path(), release.label() + " has no channel of its own in "
                    + install.catalog() + ": only the moving channels (" + install.carriedBy() + ") carry it, and they upgrade past it;"
                    + " pin it: subscriptions: [{name: " + op.pkg() + ", channel: <one of them>, startingCSV: " + op.pkg() + ".<version>,"
                    + " installPlanApproval: Manual}] (../shared/facts/rhods-operator-channels.md)");
            return Optional.empty();
        }
        return Optional.of(new Planned(op, channel.orElse(install.channel()), s == null ? install.catalog() : s.source().orElse(install.catalog()),
                approval, startingCSV));
    }

    /** The checks that hold for the composition, by the operator they need (stops / info) or forbid. */
    static void checks(Release release, Composition c, String serviceMesh, Map<String, Release.Check> neededBy,
                       Map<String, Release.Check> optional, Map<String, Release.Check> forbidden) {
        for (Release.Check check : release.facts.checks()) {
            Release.Need need = check.needs();
            if (need == null || !DscInitializations.matches(check.when(), c, serviceMesh)) {
                continue;
            }
            if (need.kind().equals("operator")) {
                (check.stops() ? neededBy : optional).putIfAbsent(need.name(), check);
            } else if (need.kind().equals("noOperator")) {
                forbidden.putIfAbsent(need.name(), check);
            }
        }
    }

    /** What the layer installs before any optional one: the RHOAI operator, what the checks need, the GPU stack; id -> why. */
    static Map<String, String> needed(Release release, Map<String, Release.Check> neededBy, boolean gpu) {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put(RHOAI, "the RHOAI operator");
        neededBy.forEach((id, check) -> wanted.putIfAbsent(id, "needed " + OperatorChecks.describe(check.when())));
        if (gpu) {
            wanted.putIfAbsent(GPU, "gpu: nvidia");
        }
        return wanted;
    }

    /** Adds what the wanted operators need themselves (the Red Hat build of Kueue: cert-manager), after them. */
    static void addRequired(Release release, Map<String, String> wanted) {
        List<String> queue = new ArrayList<>(wanted.keySet());
        while (!queue.isEmpty()) {
            Release.Operator op = release.facts.operators().get(queue.remove(0));
            if (op.install() == null) {
                continue;
            }
            for (String r : op.install().requires()) {
                if (!wanted.containsKey(r)) {
                    wanted.put(r, "needed by " + op.name());
                    queue.add(r);
                }
            }
        }
    }

    /** Why the release refuses this package, or null. */
    private String refusal(String pkg, Release.Operator op, Map<String, Release.Check> forbidden) {
        Release.RefusedOperator refused = release.facts.refusedOperators().get(pkg);
        if (refused != null) {
            return "not installed with " + release.label() + ": " + refused.reason() + " (" + refused.source() + ")";
        }
        Release.Check check = op == null ? null : forbidden.get(op.id());
        if (check != null) {
            return OperatorChecks.describe(check.when()) + " the operator stops with \"" + check.message() + "\" when " + op.name()
                    + " is installed (" + check.source() + ")";
        }
        return null;
    }

    private void readSettings() {
        for (SubscriptionSettings s : spec.subscriptions()) {
            Release.Operator op = byPackage(s.name());
            String refusal = refusal(s.name(), op, Map.of());
            if (settings.containsKey(s.name())) {
                report.error(s.at().pathOf("name"), "a second entry for " + s.name() + ": one per package");
            } else if (refusal != null) {
                report.error(s.at().pathOf("name"), s.name() + ": " + refusal);
            } else if (op == null || op.install() == null) {
                report.error(s.at().pathOf("name"), release.label() + ": no install facts for the package " + s.name()
                        + " (installable here: " + String.join(", ", installable()) + ")");
            } else {
                settings.put(s.name(), s);
            }
        }
    }

    private Release.Operator byPackage(String pkg) {
        return byPackage(release, pkg);
    }

    static Release.Operator byPackage(Release release, String pkg) {
        return release.facts.operators().values().stream().filter(o -> o.packages().contains(pkg)).findFirst().orElse(null);
    }

    private List<String> installable() {
        return release.facts.operators().values().stream().filter(o -> o.install() != null).map(Release.Operator::pkg).sorted().toList();
    }
}

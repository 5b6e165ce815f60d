package dev.rhoaikrm.dsccomposer;

import java.util.List;
import java.util.Map;

/**
 * The CEL rules (x-kubernetes-validations) of the shipped DataScienceCluster CRDs, which the
 * release tables keep verbatim: each rule that judges one object on its own is implemented here, by
 * its exact text, so a composition the API server would reject is an error at render time. Rules
 * that compare with the object's previous state ({@code oldSelf}: immutable fields, no re-enabling)
 * cannot be judged from Git alone; the Application ignores what they protect where the cluster
 * writes it ({@link DscObjects#ignoredPointers}). ReleaseTablesTest fails on a rule that is neither,
 * so a new release's rule cannot be skipped silently.
 */
final class CelRules {
    private CelRules() {
    }

    /** Whether a rule compares with the previous state of the object (a transition rule). */
    static boolean isTransition(FieldSpec.Rule rule) {
        return rule.rule().contains("oldSelf");
    }

    /** Whether this class judges the rule (or knows it for a transition rule). */
    static boolean known(FieldSpec.Rule rule) {
        return isTransition(rule) || switch (rule.rule()) {
            case "self == '' || self == 'rhods-notebooks'",
                 "self.managementState != 'Managed' || has(self.cacheSize)",
                 "self.managementState != 'Managed' || (has(self.nodeNames) && size(self.nodeNames) > 0) || (has(self.nodeSelector) && ((has(self.nodeSelector.matchLabels) && size(self.nodeSelector.matchLabels) > 0) || (has(self.nodeSelector.matchExpressions) && size(self.nodeSelector.matchExpressions) > 0)))",
                 "!(has(self.nodeNames) && has(self.nodeSelector))" -> true;
            default -> false;
        };
    }

    /** The rule's message when {@code self} (the composed value of the node) breaks it, else null. */
    @SuppressWarnings("unchecked")
    static String violation(FieldSpec.Rule rule, Object self) {
        boolean holds = switch (rule.rule()) {
            // workbenches.workbenchNamespace, RHOAI 2.21 and 2.22
            case "self == '' || self == 'rhods-notebooks'" -> "".equals(self) || "rhods-notebooks".equals(self);
            // kserve.modelCache, RHOAI 3.5
            case "self.managementState != 'Managed' || has(self.cacheSize)" -> !managed(self) || has(self, "cacheSize");
            case "self.managementState != 'Managed' || (has(self.nodeNames) && size(self.nodeNames) > 0) || (has(self.nodeSelector) && ((has(self.nodeSelector.matchLabels) && size(self.nodeSelector.matchLabels) > 0) || (has(self.nodeSelector.matchExpressions) && size(self.nodeSelector.matchExpressions) > 0)))" ->
                    !managed(self) || nonEmpty(self, "nodeNames") || (self instanceof Map<?, ?> m && m.get("nodeSelector") instanceof Map<?, ?> sel
                            && (nonEmpty(sel, "matchLabels") || nonEmpty(sel, "matchExpressions")));
            case "!(has(self.nodeNames) && has(self.nodeSelector))" -> !(has(self, "nodeNames") && has(self, "nodeSelector"));
            default -> true; // transition rules, and any rule not known here (ReleaseTablesTest keeps that list empty)
        };
        return holds ? null : rule.message();
    }

    private static boolean managed(Object self) {
        return self instanceof Map<?, ?> m && "Managed".equals(m.get(Composition.STATE));
    }

    private static boolean has(Object self, String field) {
        return self instanceof Map<?, ?> m && m.get(field) != null;
    }

    private static boolean nonEmpty(Object self, String field) {
        if (!(self instanceof Map<?, ?> m)) {
            return false;
        }
        Object v = m.get(field);
        return v instanceof List<?> l ? !l.isEmpty() : v instanceof Map<?, ?> mm && !mm.isEmpty();
    }
}

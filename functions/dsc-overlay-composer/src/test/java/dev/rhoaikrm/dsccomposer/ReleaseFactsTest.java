package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facts beside the tables (releases/&lt;id&gt;.yaml) name what their release has: a typo or a
 * field that moved between releases would otherwise make a check never fire. And every CEL rule of
 * every shipped CRD is one the composer judges, or a transition rule it cannot ({@link CelRules}).
 */
class ReleaseFactsTest {

    @Test
    void everyFactNamesWhatItsReleaseHas() {
        for (Release r : Releases.shipped().all()) {
            Release.Facts f = r.facts;
            f.equivalents().forEach((name, e) -> {
                assertThat(r.field(name)).as(r.id + ": equivalents name what the release lacks: " + name).isNull();
                if (e.use() != null) {
                    assertThat(r.field(e.use())).as(r.id + ": equivalent of " + name).isNotNull();
                }
            });
            f.refused().forEach((path, values) -> values.keySet().forEach(v ->
                    assertThat(r.field(path).admits(v)).as(r.id + ": a refusal is of a value the schema admits: " + path + "=" + v).isTrue()));
            f.deprecated().forEach((path, d) -> {
                assertThat(r.field(path)).as(r.id + ": deprecated " + path).isNotNull();
                d.use().forEach(u -> assertThat(r.field(u)).as(r.id + ": replacement " + u).isNotNull());
            });
            for (Release.Check c : f.checks()) {
                assertCondition(r, c.id(), c.when());
                if (c.at() != null) {
                    assertThat(r.field(c.at())).as(r.id + ": " + c.id() + " at " + c.at()).isNotNull();
                }
                if (c.needs() != null && c.needs().name() != null && c.needs().kind().endsWith("perator")) {
                    assertThat(f.operators()).as(r.id + ": " + c.id()).containsKey(c.needs().name());
                }
                if (c.needs() != null && c.needs().kind().equals("anyComponent")) {
                    c.needs().components().forEach(comp -> assertThat(r.field(comp)).as(r.id + ": " + c.id() + " " + comp).isNotNull());
                }
                assertThat(c.source()).as(r.id + ": " + c.id() + " cites the code").matches("(RO|KM) rhoai-\\d\\.\\d+ .*L\\d+.*");
            }
            f.operators().values().forEach(o -> assertThat(o.packages()).as(r.id + ": " + o.id()).isNotEmpty());
            for (Release.WrittenBack w : f.writtenBack()) {
                assertThat(r.field(w.component() + "." + w.field())).as(r.id + ": " + w).isNotNull();
            }
            if (f.dscInitialization() != null) {
                assertThat(r.major()).as(r.id + ": only 2.x writes the DSCInitialization").isEqualTo(2);
                f.dscInitialization().serviceMeshFor().forEach(n -> assertCondition(r, n.id(), n.when()));
            } else {
                assertThat(r.major()).as(r.id + ": every 2.x release knows its DSCInitialization").isEqualTo(3);
            }
        }
    }

    private static void assertCondition(Release r, String id, Map<String, List<String>> when) {
        when.forEach((path, values) -> {
            if (path.startsWith("dsci.")) {
                assertThat(path).isEqualTo("dsci.serviceMesh.managementState");
                return;
            }
            FieldSpec field = r.field(path);
            assertThat(field).as(r.id + ": " + id + " names " + path).isNotNull();
            values.forEach(v -> assertThat(field.admits(v)).as(r.id + ": " + id + " " + path + "=" + v).isTrue());
        });
    }

    @Test
    void everyCelRuleOfEveryCrdIsJudgedOrATransitionRule() {
        int judged = 0;
        for (Release r : Releases.shipped().all()) {
            judged += rules(r.id, "", r.components);
        }
        assertThat(judged).as("rules judged at render time (workbenchNamespace 2.21-2.22, kserve.modelCache 3.5)").isEqualTo(5);
    }

    private static int rules(String release, String path, FieldSpec node) {
        int judged = 0;
        for (FieldSpec.Rule rule : node.rules) {
            assertThat(CelRules.known(rule)).as(release + ": " + path + ": a CEL rule the composer neither judges nor knows as a transition rule: "
                    + rule.rule()).isTrue();
            judged += CelRules.isTransition(rule) ? 0 : 1;
        }
        for (Map.Entry<String, FieldSpec> p : node.properties.entrySet()) {
            judged += rules(release, path + "." + p.getKey(), p.getValue());
        }
        return judged;
    }

    @Test
    void theRulesJudgedHereAgreeWithTheirText() {
        FieldSpec.Rule notebooks = new FieldSpec.Rule("self == '' || self == 'rhods-notebooks'", "m");
        assertThat(CelRules.violation(notebooks, "rhods-notebooks")).isNull();
        assertThat(CelRules.violation(notebooks, "")).isNull();
        assertThat(CelRules.violation(notebooks, "notebooks")).isEqualTo("m");
        FieldSpec cache = Releases.shipped().get("3.5").field("kserve.modelCache");
        Map<String, Object> managed = Map.of("managementState", "Managed", "cacheSize", "100Gi", "nodeNames", List.of("n1"));
        assertThat(cache.rules).allSatisfy(rule -> assertThat(CelRules.violation(rule, managed)).isNull());
        assertThat(cache.rules).allSatisfy(rule -> assertThat(CelRules.violation(rule, Map.of("managementState", "Removed"))).isNull());
        assertThat(cache.rules.stream().map(rule -> CelRules.violation(rule, Map.of("managementState", "Managed"))))
                .containsExactly("cacheSize is required when managementState is Managed",
                        "one non-empty nodeNames or nodeSelector is required when managementState is Managed", null);
        Map<String, Object> both = Map.of("managementState", "Managed", "cacheSize", "1Gi", "nodeNames", List.of("n"),
                "nodeSelector", Map.of("matchLabels", Map.of("a", "b")));
        assertThat(cache.rules.stream().map(rule -> CelRules.violation(rule, both)))
                .containsExactly(null, null, "nodeNames and nodeSelector are mutually exclusive");
    }
}

package dev.rhoaikrm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.yaml.CompiledData;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * Every shipped Argo CD health check, run by a Lua interpreter (LuaJ) as Argo CD runs it (the
 * object as the global {@code obj}, the script's return value read as {status, message}) on status
 * samples of each outcome it claims: what the controllers write when the kind is healthy, still
 * coming up, and failed.
 */
class HealthChecksTest {
    /** kind -> samples: status (YAML) and the health Argo CD must show. */
    static final Map<String, List<Sample>> SAMPLES = Map.of(
            "DataScienceCluster", List.of(
                    new Sample("{}", "Progressing", "Waiting for the RHOAI operator to report a phase"),
                    new Sample("{phase: Ready, conditions: [{type: Ready, status: 'True'}]}", "Healthy", "Ready"),
                    new Sample("{phase: Not Ready, conditions: [{type: Ready, status: 'False', message: 'Some components are not ready: kserve'}]}",
                            "Progressing", "Not Ready: Some components are not ready: kserve"),
                    new Sample("{phase: Error, conditions: [{type: Ready, status: 'False', message: 'JobSet operator not installed'}]}",
                            "Degraded", "Error: JobSet operator not installed")),
            "DSCInitialization", List.of(
                    new Sample("{}", "Progressing", null),
                    new Sample("{phase: Progressing}", "Progressing", "Progressing"),
                    new Sample("{phase: Ready}", "Healthy", "Ready"),
                    new Sample("{phase: Error}", "Degraded", "Error")),
            "ClusterPolicy", List.of(
                    new Sample("{}", "Progressing", "Waiting for the GPU operator's components"),
                    new Sample("{state: notReady}", "Progressing", "notReady"),
                    new Sample("{state: ready}", "Healthy", "ready"),
                    new Sample("{state: ignored}", "Degraded", "ignored: only one ClusterPolicy is reconciled")),
            "Kueue", List.of(
                    new Sample("{}", "Progressing", "Waiting for the operator to report its conditions"),
                    new Sample("{conditions: [{type: Available, status: 'False', reason: DeploymentNotReady}, {type: Degraded, status: 'False'}]}",
                            "Progressing", "Available: DeploymentNotReady"),
                    new Sample("{conditions: [{type: Available, status: 'True'}, {type: CertManagerAvailable, status: 'False', message: cert-manager is not installed}]}",
                            "Progressing", "CertManagerAvailable: cert-manager is not installed"),
                    new Sample("{conditions: [{type: Available, status: 'True'}, {type: CertManagerAvailable, status: 'True'}, {type: Degraded, status: 'False'}]}",
                            "Healthy", "Available"),
                    new Sample("{conditions: [{type: Available, status: 'True'}, {type: Degraded, status: 'True', message: invalid configuration}]}",
                            "Degraded", "Degraded: invalid configuration")),
            "JobSetOperator", List.of(
                    new Sample("{conditions: [{type: Available, status: 'False', reason: MinimumReplicasUnavailable}]}", "Progressing", null),
                    new Sample("{conditions: [{type: Available, status: 'True'}, {type: TargetConfigControllerDegraded, status: 'False'}]}", "Healthy", "Available"),
                    new Sample("{conditions: [{type: TargetConfigControllerDegraded, status: 'True', reason: SyncError}]}", "Degraded",
                            "TargetConfigControllerDegraded: SyncError")),
            "LeaderWorkerSetOperator", List.of(
                    new Sample("{}", "Progressing", null),
                    new Sample("{conditions: [{type: Available, status: 'True'}]}", "Healthy", "Available"),
                    new Sample("{conditions: [{type: Degraded, status: 'True', reason: Failed}]}", "Degraded", "Degraded: Failed")),
            "NodeFeatureDiscovery", List.of(
                    new Sample("{conditions: [{type: Progressing, status: 'True'}, {type: Available, status: 'False'}]}", "Progressing", null),
                    new Sample("{conditions: [{type: Available, status: 'True'}, {type: Progressing, status: 'False'}, {type: Degraded, status: 'False'}]}",
                            "Healthy", "Available"),
                    new Sample("{conditions: [{type: Degraded, status: 'True', message: nfd-worker failed}]}", "Degraded", "Degraded: nfd-worker failed")),
            "Application", List.of(
                    new Sample("{}", "Progressing", ""),
                    new Sample("{health: {status: Progressing}}", "Progressing", ""),
                    new Sample("{health: {status: Healthy}}", "Healthy", ""),
                    new Sample("{health: {status: Degraded, message: one or more objects failed}}", "Degraded", "one or more objects failed")));

    record Sample(String statusYaml, String health, String message) {
    }

    @TestFactory
    Stream<DynamicTest> everyCheckGivesEachOutcomeOnItsSamples() {
        return HealthChecks.shipped().stream().map(check -> DynamicTest.dynamicTest(check.group() + "/" + check.kind(), () -> {
            List<Sample> samples = SAMPLES.get(check.kind());
            assertThat(samples).as("samples of " + check.kind()).isNotNull();
            assertThat(samples).extracting(Sample::health).contains("Healthy", "Progressing", "Degraded");
            for (Sample s : samples) {
                LuaValue result = run(check.check(), Map.of("apiVersion", check.group() + "/v1", "kind", check.kind(),
                        "metadata", Map.of("name", "x"), "status", CompiledData.read("sample", s.statusYaml())));
                assertThat(result.get("status").tojstring()).as(check.kind() + " " + s.statusYaml()).isEqualTo(s.health());
                if (s.message() != null) {
                    assertThat(result.get("message").tojstring()).as(check.kind() + " " + s.statusYaml()).isEqualTo(s.message());
                }
            }
        }));
    }

    /** An object that has no status at all (just created) is Progressing for every check: a wave waits for it. */
    @Test
    void aNewObjectIsProgressing() {
        for (HealthChecks.HealthCheck check : HealthChecks.shipped()) {
            LuaValue result = run(check.check(), Map.of("kind", check.kind(), "metadata", Map.of("name", "x")));
            assertThat(result.get("status").tojstring()).as(check.kind()).isEqualTo("Progressing");
        }
    }

    @Test
    void oneCheckPerKind() {
        assertThat(HealthChecks.shipped()).extracting(c -> c.group() + "/" + c.kind()).doesNotHaveDuplicates();
        assertThat(HealthChecks.of("nvidia.com", "ClusterPolicy")).isNotNull();
        assertThat(HealthChecks.of("operators.coreos.com", "Subscription")).as("Argo CD has its own").isNull();
    }

    /** Runs a check as Argo CD does: {@code obj} is the live object, the script's return value its health. */
    static LuaValue run(String script, Map<String, Object> object) {
        Globals globals = JsePlatform.standardGlobals();
        globals.set("obj", lua(object));
        return globals.load(script, "health.lua").call();
    }

    @SuppressWarnings("unchecked")
    static LuaValue lua(Object value) {
        if (value instanceof Map<?, ?> m) {
            LuaTable t = new LuaTable();
            ((Map<String, Object>) m).forEach((k, v) -> t.set(k, lua(v)));
            return t;
        }
        if (value instanceof List<?> l) {
            LuaTable t = new LuaTable();
            for (int i = 0; i < l.size(); i++) {
                t.set(i + 1, lua(l.get(i)));
            }
            return t;
        }
        if (value instanceof Boolean b) {
            return LuaValue.valueOf(b);
        }
        if (value instanceof Number n) {
            return LuaValue.valueOf(n.doubleValue());
        }
        return value == null ? LuaValue.NIL : LuaValue.valueOf(String.valueOf(value));
    }
}

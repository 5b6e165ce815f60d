package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict mode (issue #17): kustomize shows an exec plugin's stderr only when it fails (api/internal/plugins/execplugin/execplugin.go
 * wraps stderr into the error), and an ArgoCD config-management plugin's generate output is shown only on failure, so in
 * those doors a warning reaches no one. RHOAI_KRM_STRICT=true (ARGOCD_ENV_RHOAI_KRM_STRICT through an Application's plugin
 * env, or --strict) turns every warning into an error: nothing is generated and the door fails, naming it.
 */
class StrictModeTest {
    static final String WARNING_INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Echo
            metadata: {name: hi}
            spec: {warn: "a check was skipped"}
            """;

    record Run(int code, String out, String err) {
    }

    static Run stream(String input, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(input.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), false), "echo", new Environment(env, Path.of(".")));
        int code = doors.stream(io);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutStrictModeAWarningPassesWithTheOutput() {
        Run run = stream(WARNING_INTENT, Map.of());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("name: hi-echo");
        assertThat(run.err()).contains("echo: warning: <stdin>: Echo/hi: spec.warn: a check was skipped");
    }

    @Test
    void strictModeMakesEveryWarningAnErrorAndGeneratesNothing() {
        for (String variable : List.of(Environment.STRICT, Environment.STRICT_IN_ARGOCD)) {
            for (String on : List.of("true", "1")) {
                Run run = stream(WARNING_INTENT, Map.of(variable, on));
                assertThat(run.code()).as(variable + "=" + on).isEqualTo(ExitCodes.ERROR_RESULTS);
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).contains("echo: error: <stdin>: Echo/hi: spec.warn: a check was skipped [strict mode: RHOAI_KRM_STRICT=true]",
                        "echo: 1 error(s); nothing was generated"); // the escalated warning is counted
            }
        }
        assertThat(stream(WARNING_INTENT, Map.of(Environment.STRICT, "false")).code()).isZero();
    }

    @Test
    void aMistypedSwitchIsAnErrorNotSilentlyOff() {
        Run run = stream(WARNING_INTENT, Map.of(Environment.STRICT_IN_ARGOCD, "yes please"));
        assertThat(run.code()).isEqualTo(ExitCodes.ERROR_RESULTS);
        assertThat(run.err()).contains("ARGOCD_ENV_RHOAI_KRM_STRICT=\"yes please\": expected true or false");
    }

    @Test
    void theStrictFlagOfAFunctionCommand(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("intent.yaml");
        Files.writeString(config, WARNING_INTENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = FunctionCommand.commandLine(FunctionSet.of(List.of(new EchoFunction()), false), io).execute("--strict", config.toString());
        assertThat(code).isEqualTo(ExitCodes.ERROR_RESULTS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[strict mode: RHOAI_KRM_STRICT=true]");
    }
}

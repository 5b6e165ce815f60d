package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values of the input quoted in messages reach stderr with their control characters escaped (terminal and ArgoCD UI spoofing). */
class TerminalTest {

    @Test
    void controlCharactersOfTheInputAreEscapedOnStderr() {
        String intent = "apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: hi}\n"
                + "spec: {pools: [{name: \"\\e[2J\\e[31mall good\\u202Eevil\\r\"}]}\n";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(intent.getBytes(StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), false), "echo", new Environment(Map.of(), Path.of(".")));
        assertThat(doors.stream(io)).isEqualTo(1);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("spec.pools[0].name: \"\\u001B[2J\\u001B[31mall good\\u202Eevil\\u000D\" is not")
                .doesNotContain("\u001b", "\u202e", "\r");
    }

    @Test
    void escapes() {
        assertThat(Terminal.escape("a\u001b[2Jb\u202Ec\nd\te\u0085f\u2028")).isEqualTo("a\\u001B[2Jb\\u202Ec\nd\te\\u0085f\\u2028");
        assertThat(Terminal.escape("plain")).isSameAs("plain");
    }
}

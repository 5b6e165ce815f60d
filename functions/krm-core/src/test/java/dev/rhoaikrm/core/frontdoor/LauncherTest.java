package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.cli.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void runningOutOfMemoryIsSaidPlainlyNotAsABug() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = Launcher.internalError(new OutOfMemoryError("Java heap space"), "fn", io);
        assertThat(code).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("out of memory", "-Xmx").doesNotContain("this is a bug");
    }
}

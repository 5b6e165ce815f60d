package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.KrmFunction;
import org.junit.jupiter.api.Test;

class FunctionsTest {
    @Test
    void everyFunctionCanBeStartedByItsNameAlone() {
        for (KrmFunction f : Functions.all()) {
            assertThat(Functions.named(f.name())).as(f.name()).get().isInstanceOf(f.getClass());
        }
        assertThat(Functions.named("rhoai-krm")).isEmpty();
    }
}

package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.RegexOracle;
import org.junit.jupiter.api.Test;

/** {@link YamlNumbers} against {@link YamlNumbers#REGEX}, java.util.regex being the oracle. */
class YamlNumbersTest {
    @Test
    void matchesWhatItsRegexMatches() {
        assertThat(RegexOracle.check(YamlNumbers.REGEX, YamlNumbers::isNumber, "0159_-+.:eExbo", 5,
                "1_000", "0755", "089", "1:30", "-1:30:59.5", ".inf", "-.Inf", ".NaN", "0x1F", "0b101", "0o17", "1.5e-3",
                "+12e3", ".5", "1.", "190:20:30", "0:59.", "7")).isGreaterThan(500_000);
        assertThat(RegexOracle.check(YamlNumbers.REGEX, YamlNumbers::isNumber, "0x9aF_.nNiI-+", 4, "0xa_F", ".NAN", "+.INF"))
                .isGreaterThan(100_000);
    }
}

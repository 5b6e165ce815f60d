package dev.rhoaikrm.core.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void readsEverySuffix() {
        assertThat(Quantities.amount("500m")).isEqualByComparingTo("0.5");
        assertThat(Quantities.amount("8")).isEqualByComparingTo("8");
        assertThat(Quantities.amount("96Gi")).isEqualByComparingTo(BigDecimal.valueOf(96L << 30));
        assertThat(Quantities.amount("1.5Ki")).isEqualByComparingTo("1536");
        assertThat(Quantities.amount("2M")).isEqualByComparingTo("2000000");
        assertThat(Quantities.amount("1e3")).isEqualByComparingTo("1000");
        assertThat(Quantities.amount("1.5E-3")).isEqualByComparingTo("0.0015");
        assertThat(Quantities.amount(".5")).isEqualByComparingTo("0.5");
    }

    @Test
    void refusesWhatIsNotAQuantity() {
        for (String bad : new String[] {"lots", "8 Gi", "Gi", "1.2.3", "5gb", ""}) {
            assertThatThrownBy(() -> Quantities.amount(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package dev.rhoaikrm.core.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void readsEverySuffix() {
        assertThat(Quantities.amount("500m")).isEqualTo(0.5);
        assertThat(Quantities.amount("8")).isEqualTo(8);
        assertThat(Quantities.amount("96Gi")).isEqualTo(96L << 30);
        assertThat(Quantities.amount("1.5Ki")).isEqualTo(1536);
        assertThat(Quantities.amount("2M")).isEqualTo(2_000_000);
        assertThat(Quantities.amount("2E")).isEqualTo(2e18);
        assertThat(Quantities.amount("1e3")).isEqualTo(1000);
        assertThat(Quantities.amount("1.5E-3")).isEqualTo(0.0015);
        assertThat(Quantities.amount("+1e+2")).isEqualTo(100);
        assertThat(Quantities.amount(".5")).isEqualTo(0.5);
        assertThat(Quantities.amount("5.")).isEqualTo(5);
        assertThat(Quantities.amount("-2k")).isEqualTo(-2000);
    }

    @Test
    void comparesExactlyAcrossNotations() {
        assertThat(Quantities.compare("1.1Ki", "1126.4")).isZero(); // 1.1 * 1024: no rounding on the way
        assertThat(Quantities.compare("100m", "0.1")).isZero();
        assertThat(Quantities.compare("1Gi", "1G")).isPositive();
        assertThat(Quantities.compare("999m", "1")).isNegative();
        assertThat(Quantities.compare("1e-3", "1m")).isZero();
        assertThat(Quantities.compare("0.0000000000000000001", "0")).isPositive();
    }

    @Test
    void agreesWithBigDecimalArithmetic() {
        List<String> samples = List.of("0", "1", "500m", "1500m", "1.5", "2k", "96Gi", "100Gi", "107374182400", "1.25Ti",
                "3e2", "300", "7.5E-1", "750m", "1Ei", "1E", "12.345M", "0.5Mi");
        for (String a : samples) {
            for (String b : samples) {
                assertThat(Integer.signum(Quantities.compare(a, b))).as(a + " vs " + b)
                        .isEqualTo(Integer.signum(big(a).compareTo(big(b))));
            }
        }
    }

    @Test
    void refusesWhatIsNotAQuantity() {
        for (String bad : new String[] {"lots", "8 Gi", "Gi", "1.2.3", "5gb", "", "1e1000"}) {
            assertThatThrownBy(() -> Quantities.amount(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The old implementation, kept as the oracle. */
    private static BigDecimal big(String q) {
        String number = q.replaceAll("[^0-9.+-].*$", "");
        String suffix = q.substring(number.length());
        BigDecimal n = new BigDecimal(number);
        return switch (suffix) {
            case "" -> n;
            case "m" -> n.movePointLeft(3);
            case "k" -> n.movePointRight(3);
            case "M" -> n.movePointRight(6);
            case "E" -> n.movePointRight(18);
            case "Gi" -> n.multiply(BigDecimal.valueOf(1L << 30));
            case "Ti" -> n.multiply(BigDecimal.valueOf(1L << 40));
            case "Mi" -> n.multiply(BigDecimal.valueOf(1L << 20));
            case "Ei" -> n.multiply(BigDecimal.valueOf(1L << 60));
            default -> n.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
        };
    }
}

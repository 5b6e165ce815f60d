package dev.rhoaikrm.core.fn;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ("500m", "96Gi", "1.5e3") as numbers, for comparisons such as
 * request ≤ limit. The grammar is apimachinery's resource.Quantity.
 */
public final class Quantities {
    /** The quantity grammar; intents use it to refuse "lots" before anything reads the value. */
    public static final String PATTERN = "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?";
    private static final Pattern QUANTITY = Pattern.compile(PATTERN);
    private static final Pattern SPLIT = Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(.*)");

    private Quantities() {
    }

    /** The amount in base units (cores, bytes); IllegalArgumentException for text that is not a quantity. */
    public static BigDecimal amount(String quantity) {
        Matcher m = SPLIT.matcher(quantity.trim());
        if (!m.matches() || !QUANTITY.matcher(quantity.trim()).matches()) {
            throw new IllegalArgumentException("not a quantity: " + quantity);
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String suffix = m.group(2);
        return switch (suffix) {
            case "" -> number;
            case "m" -> number.movePointLeft(3);
            case "k" -> number.movePointRight(3);
            case "M" -> number.movePointRight(6);
            case "G" -> number.movePointRight(9);
            case "T" -> number.movePointRight(12);
            case "P" -> number.movePointRight(15);
            case "E" -> number.movePointRight(18);
            case "Ki" -> number.multiply(BigDecimal.valueOf(1L << 10));
            case "Mi" -> number.multiply(BigDecimal.valueOf(1L << 20));
            case "Gi" -> number.multiply(BigDecimal.valueOf(1L << 30));
            case "Ti" -> number.multiply(BigDecimal.valueOf(1L << 40));
            case "Pi" -> number.multiply(BigDecimal.valueOf(1L << 50));
            case "Ei" -> number.multiply(BigDecimal.valueOf(1L << 60));
            default -> number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))); // e/E exponent
        };
    }
}

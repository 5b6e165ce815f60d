package dev.rhoaikrm.core.fn;

import java.math.BigInteger;

/**
 * Kubernetes resource quantities ("500m", "96Gi", "1.5e3") as numbers, for comparisons such as
 * request ≤ limit. The grammar is apimachinery's resource.Quantity.
 *
 * <p>A quantity is read as an exact fraction of two integers, so that "1.1Ki" equals "1126.4".
 * Not with BigDecimal: its class initialisation alone takes ~20 ms of a cold start on JDK 25.
 */
public final class Quantities {
    /**
     * The quantity grammar; intents use it to refuse "lots" before anything reads the value. The
     * exponent has at most three digits: no resource comes near 1e999, and a longer one would only
     * make this class compute a huge power of ten. At most 40 digits on each side of the point:
     * apimachinery caps every quantity at 2^63-1 (19 digits) with three decimal places, and turning
     * a million digits into a BigInteger took 28 seconds.
     */
    private static final String UNSIGNED = "([0-9]{1,40}(\\.[0-9]{0,40})?|\\.[0-9]{1,40})([eE][+-]?[0-9]{1,3}|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?";
    public static final String PATTERN = "[+-]?" + UNSIGNED;
    /** A quantity that is not negative, as resource requests, limits and sizes must be (the API server refuses less than 0). */
    public static final String NON_NEGATIVE_PATTERN = "\\+?" + UNSIGNED;
    private static final int MAX_DIGITS = 40;
    private static final int MAX_EXPONENT_DIGITS = 3;

    private Quantities() {
    }

    /** Compares two quantities by amount, like {@link Comparable#compareTo}; IllegalArgumentException for non-quantities. */
    public static int compare(String a, String b) {
        Fraction x = fraction(a);
        Fraction y = fraction(b);
        return x.numerator.multiply(y.denominator).compareTo(y.numerator.multiply(x.denominator));
    }

    /** The amount in base units (cores, bytes), as a double: for sizes, where the last bit does not matter. */
    public static double amount(String quantity) {
        Fraction f = fraction(quantity);
        return f.numerator.doubleValue() / f.denominator.doubleValue();
    }

    /**
     * Whether {@code q} matches {@link #PATTERN} ({@code signed}) or {@link #NON_NEGATIVE_PATTERN},
     * as {@code Pattern.matches} would: by hand, as quantities are read on every render and a JDK 17
     * process pays 2–3 ms for its first regex (QuantitiesTest holds it to both patterns).
     */
    public static boolean isQuantity(String q, boolean signed) {
        int i = 0;
        if (i < q.length() && (q.charAt(i) == '+' || signed && q.charAt(i) == '-')) {
            i++;
        }
        int digits = digits(q, i);
        i += digits;
        if (digits > MAX_DIGITS) {
            return false;
        }
        if (i < q.length() && q.charAt(i) == '.') {
            int fraction = digits(q, i + 1);
            if (fraction > MAX_DIGITS || digits == 0 && fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        } else if (digits == 0) {
            return false;
        }
        return isSuffix(q, i);
    }

    /** q from {@code i} on is empty, a decimal exponent or a unit suffix of {@link #PATTERN}. */
    private static boolean isSuffix(String q, int i) {
        String rest = q.substring(i);
        switch (rest) {
            case "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "m", "k", "M", "G", "T", "P", "E":
                return true;
            default:
                break;
        }
        if (rest.charAt(0) != 'e' && rest.charAt(0) != 'E') {
            return false;
        }
        int j = 1;
        if (j < rest.length() && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
            j++;
        }
        int exponent = digits(rest, j);
        return exponent >= 1 && exponent <= MAX_EXPONENT_DIGITS && j + exponent == rest.length();
    }

    /** How many ASCII digits {@code s} has from {@code from} on. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private record Fraction(BigInteger numerator, BigInteger denominator) {
    }

    private static Fraction fraction(String quantity) {
        String q = quantity.trim();
        if (!isQuantity(q, true)) {
            throw new IllegalArgumentException("not a quantity: " + quantity);
        }
        int end = 0;
        while (end < q.length() && ("+-.".indexOf(q.charAt(end)) >= 0 || Character.isDigit(q.charAt(end)))) {
            end++;
        }
        String number = q.substring(0, end);
        int point = number.indexOf('.');
        String digits = point < 0 ? number : number.substring(0, point) + number.substring(point + 1);
        int decimalExponent = point < 0 ? 0 : -(number.length() - point - 1);
        int binaryExponent = 0;
        String suffix = q.substring(end);
        switch (suffix) {
            case "" -> { }
            case "m" -> decimalExponent -= 3;
            case "k" -> decimalExponent += 3;
            case "M" -> decimalExponent += 6;
            case "G" -> decimalExponent += 9;
            case "T" -> decimalExponent += 12;
            case "P" -> decimalExponent += 15;
            case "E" -> decimalExponent += 18;
            case "Ki" -> binaryExponent = 10;
            case "Mi" -> binaryExponent = 20;
            case "Gi" -> binaryExponent = 30;
            case "Ti" -> binaryExponent = 40;
            case "Pi" -> binaryExponent = 50;
            case "Ei" -> binaryExponent = 60;
            default -> decimalExponent += Integer.parseInt(suffix.substring(suffix.charAt(1) == '+' ? 2 : 1)); // e/E exponent
        }
        BigInteger numerator = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits).shiftLeft(binaryExponent);
        BigInteger denominator = BigInteger.ONE;
        if (decimalExponent > 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(decimalExponent));
        } else if (decimalExponent < 0) {
            denominator = BigInteger.TEN.pow(-decimalExponent);
        }
        return new Fraction(numerator, denominator);
    }
}

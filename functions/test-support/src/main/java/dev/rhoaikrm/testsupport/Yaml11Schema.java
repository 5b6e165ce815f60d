package dev.rhoaikrm.testsupport;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * YAML 1.1 plain-scalar typing, as PyYAML's SafeLoader (validate.py) and go-yaml v2
 * (sigs.k8s.io/yaml: kubectl, Argo CD) read it: {@code on}, {@code yes}, {@code off} are booleans,
 * {@code 0755} is octal. A generated string emitted unquoted as {@code on} then fails its schema
 * here, as it would for those consumers. Timestamps stay strings, like validate.py's loader.
 */
final class Yaml11Schema implements Schema {
    // PyYAML's implicit resolvers (resolver.py), minus timestamp, merge and value.
    private static final Pattern BOOL = Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
            + "|on|On|ON|off|Off|OFF");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

    private static final ScalarResolver RESOLVER = (value, implicit) -> {
        if (!implicit) {
            return Tag.STR; // quoted: always a string
        }
        if (NULL.matcher(value).matches()) {
            return Tag.NULL;
        }
        if (BOOL.matcher(value).matches()) {
            return Tag.BOOL;
        }
        if (FLOAT.matcher(value).matches()) {
            return Tag.FLOAT;
        }
        return INT.matcher(value).matches() ? Tag.INT : Tag.STR;
    };

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        Map<Tag, ConstructNode> m = new HashMap<>(new CoreSchema().getSchemaTagConstructors());
        m.put(Tag.NULL, node -> null);
        m.put(Tag.BOOL, node -> switch (text(node).toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on" -> Boolean.TRUE;
            default -> Boolean.FALSE;
        });
        m.put(Tag.INT, node -> integer(text(node)));
        m.put(Tag.FLOAT, node -> floating(text(node)));
        return m;
    }

    private static String text(Node node) {
        return ((ScalarNode) node).getValue();
    }

    /** PyYAML's construct_yaml_int. */
    static Number integer(String raw) {
        String v = raw.replace("_", "");
        int sign = 1;
        if (v.startsWith("-") || v.startsWith("+")) {
            sign = v.startsWith("-") ? -1 : 1;
            v = v.substring(1);
        }
        BigInteger n;
        if (v.startsWith("0b")) {
            n = new BigInteger(v.substring(2), 2);
        } else if (v.startsWith("0x")) {
            n = new BigInteger(v.substring(2), 16);
        } else if (v.contains(":")) {
            n = BigInteger.ZERO;
            for (String digit : v.split(":")) {
                n = n.multiply(BigInteger.valueOf(60)).add(new BigInteger(digit));
            }
        } else if (v.length() > 1 && v.startsWith("0")) {
            n = new BigInteger(v, 8);
        } else {
            n = new BigInteger(v);
        }
        n = sign < 0 ? n.negate() : n;
        if (n.bitLength() < 32) {
            return n.intValue();
        }
        return n.bitLength() < 64 ? (Number) n.longValue() : n;
    }

    /** PyYAML's construct_yaml_float. */
    static Double floating(String raw) {
        String v = raw.replace("_", "").toLowerCase(Locale.ROOT);
        double sign = 1;
        if (v.startsWith("-") || v.startsWith("+")) {
            sign = v.startsWith("-") ? -1 : 1;
            v = v.substring(1);
        }
        if (v.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (v.equals(".nan")) {
            return Double.NaN;
        }
        if (v.contains(":")) {
            double n = 0;
            for (String digit : v.split(":")) {
                n = n * 60 + Double.parseDouble(digit);
            }
            return sign * n;
        }
        return sign * Double.parseDouble(v);
    }
}

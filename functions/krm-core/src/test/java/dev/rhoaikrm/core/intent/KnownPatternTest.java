package dev.rhoaikrm.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.RegexOracle;
import dev.rhoaikrm.core.fn.Quantities;
import org.junit.jupiter.api.Test;

/** Each hand-written {@link KnownPattern} against its regex, java.util.regex being the oracle. */
class KnownPatternTest {
    private static final String FORTY = "1234567890123456789012345678901234567890";

    @Test
    void dnsLabel() {
        check(KnownPattern.DNS_LABEL, "az09-.A", "gpt-oss-120b", "a", "0-0");
    }

    @Test
    void dnsSubdomain() {
        check(KnownPattern.DNS_SUBDOMAIN, "az09-.A", "prod-east.example.com", "a.b", "cluster-1");
    }

    @Test
    void dnsSubdomainOrEmpty() {
        check(KnownPattern.DNS_SUBDOMAIN_OR_EMPTY, "az09-.A", "gpu-teams", "a.b-c.d");
    }

    @Test
    void labelValue() {
        check(KnownPattern.LABEL_VALUE, "aZ9-_. /", "NVIDIA-L40S", "a_b.c-d", "x");
    }

    @Test
    void labelKey() {
        check(KnownPattern.LABEL_KEY, "aZ9-_./", "nvidia.com/gpu.product", "node-role.kubernetes.io/worker", "team",
                "a.b/" + "x".repeat(63));
    }

    @Test
    void quantities() {
        String alphabet = "09+-.eEKMGTPimk";
        check(KnownPattern.QUANTITY, alphabet, "500m", "96Gi", "-1.5e+3", ".5", "5.", FORTY + "." + FORTY + "E999", "1e12");
        check(KnownPattern.NON_NEGATIVE_QUANTITY, alphabet, "+500m", "96Gi", "1.5e-3", FORTY + "Ki", "." + FORTY);
    }

    @Test
    void lowerWord() {
        check(KnownPattern.LOWER_WORD, "az09_-A.", "hermes", "openai", "llama3_json", "a-b");
    }

    @Test
    void modelUri() {
        String alphabet = "aZ9-_./@: \t\u000B\u00e9";
        check(KnownPattern.MODEL_URI, alphabet, "hf://RedHatAI/gpt-oss-120b", "hf://a/b@main", "hf://a.b/c_d@refs/pr/1", "oci://quay.io/m:1",
                "pvc://models/llama/x", "pvc://a/", "s3://bucket/path/to", "s3://b/");
        java.util.List<String> prefixes = java.util.List.of("", "hf://", "hf://a/", "hf://a/b@", "oci://", "pvc://", "pvc://a-", "pvc://a/",
                "s3://", "s3://b/", "hf:/", "HF://", "s3:", "pvc:///", "oci:/", "xhf://");
        assertThat(RegexOracle.checkTails(KnownPattern.MODEL_URI.regex(), KnownPattern.MODEL_URI::matches, prefixes, alphabet, 4))
                .isGreaterThan(200_000);
    }

    @Test
    void everyShapeIsFoundByItsRegexAndTheQuantitiesAreTheirs() {
        for (KnownPattern p : KnownPattern.values()) {
            assertThat(KnownPattern.ofRegex(p.regex())).isSameAs(p);
        }
        assertThat(KnownPattern.QUANTITY.regex()).isEqualTo(Quantities.PATTERN);
        assertThat(KnownPattern.NON_NEGATIVE_QUANTITY.regex()).isEqualTo(Quantities.NON_NEGATIVE_PATTERN);
        assertThat(KnownPattern.ofRegex("[a-z]+")).isNull();
    }

    private static void check(KnownPattern p, String alphabet, String... seeds) {
        assertThat(RegexOracle.check(p.regex(), p::matches, alphabet, 5, seeds)).isGreaterThan(100_000);
    }
}

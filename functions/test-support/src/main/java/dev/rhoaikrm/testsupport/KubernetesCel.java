package dev.rhoaikrm.testsupport;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The CEL environment in which the API server evaluates a CRD's {@code x-kubernetes-validations}
 * rules, as far as the vendored schemas' rules use it (every one of them compiles here, which
 * {@code CelRulesTest} checks):
 * <ul>
 * <li>{@code self} (the value at the rule's place) and {@code oldSelf} (the stored value: rules that
 *     use it are transition rules, compiled but not evaluated, as on a create);</li>
 * <li>CEL's standard definitions ({@code has()}, {@code size()}, {@code matches()} with RE2
 *     syntax, {@code all}/{@code exists}/{@code exists_one}, {@code in}), with numbers compared across
 *     int and double as the API server's environment does;</li>
 * <li>the strings extension ({@code lowerAscii()}), and optional values ({@code hasValue()}), which
 *     Kubernetes' base environment includes
 *     (https://kubernetes.io/docs/reference/using-api/cel/#cel-options-language-features-and-libraries);</li>
 * <li>Kubernetes' format library, the formats the rules name: {@code format.dns1123Label()},
 *     {@code format.dns1123Subdomain()}, {@code format.qualifiedName()} and
 *     {@code <Format>.validate(string) -> optional<list<string>>}
 *     (https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-format-library; the code:
 *     kubernetes/kubernetes, staging/src/k8s.io/apiserver/pkg/cel/library/format.go, with the checks
 *     of k8s.io/apimachinery/pkg/util/validation/validation.go).</li>
 * </ul>
 */
final class KubernetesCel {
    /** Kubernetes' Format type (apiservercel.FormatType). */
    private static final CelType FORMAT_TYPE = OpaqueType.create("kubernetes.NamedFormat");

    /** A named format: the error messages of a string, none when it is valid. */
    record Format(String name, Function<String, List<String>> errors) {
    }

    // k8s.io/apimachinery/pkg/util/validation/validation.go
    private static final int DNS1123_LABEL_MAX = 63;
    private static final int DNS1123_SUBDOMAIN_MAX = 253;
    private static final int QUALIFIED_NAME_MAX = 63;
    private static final String DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_LABEL_RE = Pattern.compile(DNS1123_LABEL);
    private static final Pattern DNS1123_SUBDOMAIN_RE = Pattern.compile(DNS1123_LABEL + "(\\." + DNS1123_LABEL + ")*");
    private static final Pattern QUALIFIED_NAME_RE = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    static final Map<String, Format> FORMATS = Map.of(
            "dns1123Label", new Format("DNS1123Label", KubernetesCel::dns1123Label),
            "dns1123Subdomain", new Format("DNS1123Subdomain", KubernetesCel::dns1123Subdomain),
            "qualifiedName", new Format("QualifiedName", KubernetesCel::qualifiedName));

    private static final Cel CEL = build();
    private static final Map<String, Compiled> PROGRAMS = new ConcurrentHashMap<>();

    /** A compiled rule, or why it does not compile. */
    record Compiled(CelRuntime.Program program, String error) {
    }

    private KubernetesCel() {
    }

    private static Cel build() {
        List<CelFunctionDecl> declarations = new ArrayList<>();
        List<CelFunctionBinding> bindings = new ArrayList<>();
        FORMATS.forEach((name, format) -> {
            String function = "format." + name;
            declarations.add(CelFunctionDecl.newFunctionDeclaration(function, CelOverloadDecl.newGlobalOverload(function, FORMAT_TYPE)));
            bindings.add(CelFunctionBinding.from(function, List.of(), args -> format));
        });
        declarations.add(CelFunctionDecl.newFunctionDeclaration("validate", CelOverloadDecl.newMemberOverload("format-validate",
                OptionalType.create(ListType.create(SimpleType.STRING)), FORMAT_TYPE, SimpleType.STRING)));
        bindings.add(CelFunctionBinding.from("format-validate", Format.class, String.class, (format, s) -> {
            List<String> errors = format.errors().apply(s);
            return errors.isEmpty() ? Optional.empty() : Optional.of(errors);
        }));
        return CelFactory.standardCelBuilder()
                .setOptions(CelOptions.current().enableHeterogeneousNumericComparisons(true).enableOptionalSyntax(true).build())
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar("self", SimpleType.DYN)
                .addVar("oldSelf", SimpleType.DYN)
                .addCompilerLibraries(CelExtensions.strings(), CelExtensions.optional())
                .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.optional())
                .addFunctionDeclarations(declarations)
                .addFunctionBindings(bindings)
                .build();
    }

    /** The rule compiled (once per distinct text). */
    static Compiled compile(String rule) {
        return PROGRAMS.computeIfAbsent(rule, r -> {
            try {
                CelAbstractSyntaxTree ast = CEL.compile(r).getAst();
                return new Compiled(CEL.createProgram(ast), null);
            } catch (CelValidationException | CelEvaluationException e) {
                return new Compiled(null, e.getMessage());
            }
        });
    }

    // ---- the formats (k8s.io/apimachinery/pkg/util/validation/validation.go) -------------------

    static List<String> dns1123Label(String s) {
        return errors(s, DNS1123_LABEL_MAX, DNS1123_LABEL_RE, "a lowercase RFC 1123 label must consist of lower case alphanumeric"
                + " characters or '-', and must start and end with an alphanumeric character");
    }

    static List<String> dns1123Subdomain(String s) {
        return errors(s, DNS1123_SUBDOMAIN_MAX, DNS1123_SUBDOMAIN_RE, "a lowercase RFC 1123 subdomain must consist of lower case"
                + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character");
    }

    /** What the apimachinery checks say of a string too long, and of one that does not match. */
    private static List<String> errors(String s, int max, Pattern pattern, String mismatch) {
        List<String> errors = new ArrayList<>();
        if (s.length() > max) {
            errors.add("must be no more than " + max + " characters");
        }
        if (!pattern.matcher(s).matches()) {
            errors.add(mismatch);
        }
        return errors;
    }

    /** IsQualifiedName: an optional DNS subdomain prefix and "/", then a name of at most 63 characters. */
    static List<String> qualifiedName(String s) {
        List<String> errors = new ArrayList<>();
        String[] parts = s.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            name = parts[1];
            if (parts[0].isEmpty()) {
                errors.add("prefix part must be non-empty");
            } else {
                dns1123Subdomain(parts[0]).forEach(e -> errors.add("prefix part " + e));
            }
        } else {
            errors.add("a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
                    + " alphanumeric character with an optional DNS subdomain prefix and '/'");
            return errors;
        }
        if (name.isEmpty()) {
            errors.add("name part must be non-empty");
        } else if (name.length() > QUALIFIED_NAME_MAX) {
            errors.add("name part must be no more than " + QUALIFIED_NAME_MAX + " characters");
        }
        if (!name.isEmpty() && !QUALIFIED_NAME_RE.matcher(name).matches()) {
            errors.add("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
                    + " alphanumeric character");
        }
        return errors;
    }
}

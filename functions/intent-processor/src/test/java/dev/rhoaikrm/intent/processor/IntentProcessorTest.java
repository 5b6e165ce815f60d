package dev.rhoaikrm.intent.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.intent.annotation.IntentKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor run by javac on small declarations: a valid one compiles with its generated
 * schema; each declaration it cannot express is a compile error on the component, saying what to
 * write instead.
 */
class IntentProcessorTest {
    @TempDir
    Path dir;

    /** Compiles one source file with the processor; the error messages, none when it compiled. */
    private List<String> compile(String source) throws IOException, URISyntaxException {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(src.resolve("Demo.java"), source);
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            String classpath = location(IntentKind.class) + java.io.File.pathSeparator + location(org.snakeyaml.engine.v2.nodes.Node.class);
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-classpath", classpath, "-d", out.toString(), "-s", out.toString()),
                    null, files.getJavaFileObjects(src.resolve("Demo.java").toFile()));
            task.setProcessors(List.of(new IntentProcessor()));
            task.call();
        }
        generated = out.resolve("demo/DemoSchema.java");
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    private Path generated;

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String demo(String components) {
        return """
                package demo;
                import dev.rhoaikrm.core.intent.Origin;
                import dev.rhoaikrm.core.intent.annotation.*;
                import java.util.*;
                @IntentKind(kind = "Demo", description = "A demo.")
                record Demo(@IntentName String name, %s, Origin at) {
                    @Doc("Inner things.")
                    record Inner(@Min(1) @Default("2") long size, Origin at) {
                    }
                }
                """.formatted(components);
    }

    @Test
    void aValidDeclarationCompilesWithItsSchema() throws Exception {
        List<String> errors = compile(demo("""
                @Required @DnsLabel String id, @Quantity Optional<String> memory, @Default({"a", "b"}) List<@NonEmpty String> items,
                Inner inner, List<Inner> inners, Optional<Map<String, String>> labels, @Above(0) @Max(1) @Default("0.5") double ratio,
                @Required @NonEmpty List<@NumbersAllowed @MaxLength(5) String> codes, @DnsLabel @MaxLength(37) Optional<String> instance"""));
        assertThat(errors).isEmpty();
        String schema = Files.readString(generated);
        assertThat(schema).contains(
                ".required(\"id\", Schema.string().dnsLabel())",
                ".field(\"memory\", Schema.string().numbersAllowed().pattern(dev.rhoaikrm.core.fn.Quantities.NON_NEGATIVE_PATTERN,",
                ".field(\"items\", Schema.array(Schema.string().nonEmpty()).byDefault(List.of(\"a\", \"b\")))",
                ".field(\"inner\", schemaOfInner())",
                ".field(\"inners\", Schema.array(schemaOfInner()))",
                ".field(\"ratio\", Schema.number().above(0.0).max(1.0).byDefault(0.5))",
                ".field(\"size\", Schema.integer().min(1L).byDefault(2L))",
                ".describe(\"Inner things.\")",
                "o.has(\"labels\") ? Optional.of(o.stringMap(\"labels\")) : Optional.empty()",
                "o.origin(FIELDS_Demo)",
                ".required(\"codes\", Schema.array(Schema.string().numbersAllowed().maxLength(5)).minItems(1))",
                ".field(\"instance\", Schema.string().dnsLabel().maxLength(37))");
    }

    /** Map values take the same constraints as list items; a required list is refused when absent. */
    @Test
    void mapValuesAreConstrainedAndListsCanBeRequired() throws Exception {
        List<String> errors = compile(demo("""
                Map<String, @Pattern(regex = "[a-z]+", meaning = "lower case") String> labels, @Required @NonEmpty List<Inner> parts,
                @MaxLength(253) Optional<String> cohort"""));
        assertThat(errors).isEmpty();
        assertThat(Files.readString(generated)).contains(
                ".field(\"cohort\", Schema.string().maxLength(253))",
                ".field(\"labels\", Schema.map(Schema.string().pattern(\"[a-z]+\", \"lower case\")))",
                ".required(\"parts\", Schema.array(schemaOfInner()).minItems(1))");
        assertThat(compile(demo("Map<String, Long> sizes"))).singleElement().asString().isEqualTo("a map field is Map<String, String>");
        assertThat(compile(demo("@Required Map<String, String> labels"))).singleElement().asString()
                .startsWith("@Required applies to scalars, records and lists");
    }

    /** A field whose schema shipped data decides: the record's static method gives it, and the Java type says how it binds. */
    @Test
    void aFieldMaySayWhichStaticMethodGivesItsSchema() throws Exception {
        List<String> errors = compile("""
                package demo;
                import dev.rhoaikrm.core.intent.BoundObject;
                import dev.rhoaikrm.core.intent.Origin;
                import dev.rhoaikrm.core.intent.Schema;
                import dev.rhoaikrm.core.intent.annotation.*;
                import java.util.*;
                @IntentKind(kind = "Demo", description = "A demo.")
                record Demo(@IntentName String name, @SchemaFrom("releases") String release,
                        @SchemaFrom("tableSchema") @Doc("Free.") BoundObject table, Origin at) {
                    static Schema releases() {
                        return Schema.string().oneOf("1", "2").byDefault("2");
                    }
                    static Schema tableSchema() {
                        return Schema.object();
                    }
                }
                """);
        assertThat(errors).isEmpty();
        assertThat(Files.readString(generated)).contains(".field(\"release\", demo.Demo.releases())",
                ".field(\"table\", demo.Demo.tableSchema().describe(\"Free.\"))", "o.object(\"table\")", "o.string(\"release\")");
        assertThat(compile(demo("@SchemaFrom(\"nowhere\") String release"))).singleElement().asString()
                .isEqualTo("@SchemaFrom(\"nowhere\"): Demo has no static method nowhere() returning the field's Schema");
        assertThat(compile(demo("@SchemaFrom(\"x\") @Default(\"1\") String release"))).singleElement().asString()
                .startsWith("@Default does not go with @SchemaFrom");
        assertThat(compile(demo("dev.rhoaikrm.core.intent.BoundObject table"))).singleElement().asString()
                .isEqualTo("a BoundObject field takes its schema from @SchemaFrom");
    }

    @Test
    void aScalarNeedsADefaultRequiredOrOptional() throws Exception {
        assertThat(compile(demo("long count"))).singleElement().asString()
                .isEqualTo("a scalar field needs a @Default, @Required, or the type Optional<Long>");
    }

    @Test
    void aConstraintOnTheWrongTypeIsAnError() throws Exception {
        assertThat(compile(demo("@DnsLabel @Default(\"1\") long count"))).singleElement().asString()
                .isEqualTo("@DnsLabel does not apply to a field of type integer");
        assertThat(compile(demo("@Required Optional<String> id"))).singleElement().asString()
                .startsWith("an Optional field takes neither @Required nor @Default");
        assertThat(compile(demo("@Default(\"many\") long count"))).singleElement().asString()
                .isEqualTo("@Default(\"many\") is not a long");
        assertThat(compile(demo("java.time.Duration timeout"))).singleElement().asString()
                .startsWith("unsupported field type java.time.Duration");
    }
}

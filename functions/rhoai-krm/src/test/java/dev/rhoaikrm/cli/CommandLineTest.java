package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.catalog.ModelCatalog;
import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.core.cli.Launcher;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a newcomer types first (issue #22), in-process through the same command line as the
 * binary: a file, stdin and a missing path; help, version, completion; the catalogs.
 */
class CommandLineTest {
    static final Path ROOT = Golden.projectRoot();
    static final Path MODEL = ROOT.resolve("examples/model-serving/gpt-oss-120b/model.yaml");

    record Run(int code, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(stdin, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = Launcher.execute(Main.commandLine(io), args, io);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    @Test
    void aFileAndStandardInputRenderAsTheirFolderDoes() throws Exception {
        String expected = Files.readString(MODEL.resolveSibling(".expected/manifests.yaml"));
        Run file = run("render", MODEL.toString());
        assertThat(file.code()).as(file.err()).isZero();
        assertThat(file.out()).isEqualTo(expected);
        Run stdin = run(Files.readAllBytes(MODEL), "render", "-");
        assertThat(stdin.code()).as(stdin.err()).isZero();
        assertThat(stdin.out()).isEqualTo(expected);
        Run valid = run(Files.readAllBytes(MODEL), "validate", "-");
        assertThat(valid.code()).as(valid.err()).isZero();
        assertThat(valid.err()).contains("1 intent(s) valid");
        Run imported = run("import", ROOT.resolve("examples/model-serving/gpt-oss-120b/.expected/manifests.yaml").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("kind: ModelServing", "name: gpt-oss-120b");
    }

    @Test
    void aMissingPathIsAUsageErrorWithAPlainMessage() {
        for (String command : List.of("render", "validate", "import", "cmp-generate")) {
            Run missing = run(command, "no-such-path");
            assertThat(missing.code()).as(command).isEqualTo(2);
            assertThat(missing.err()).as(command).startsWith(command + ": no-such-path: no such").doesNotContain("internal error", "Exception");
            assertThat(missing.out()).isEmpty();
        }
        Run stdinToFiles = run("render", "-", "-o", "out");
        assertThat(stdinToFiles.code()).isEqualTo(2);
        assertThat(stdinToFiles.err()).contains("standard input");
    }

    @Test
    void helpVersionAndCompletionAreCommandsToo() {
        Run help = run("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: rhoai-krm", "catalog").doesNotContain("Did you mean");
        assertThat(run("help", "render").out()).contains("Usage: rhoai-krm render", "- for standard input");
        Run version = run("version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("rhoai-krm ");
        assertThat(version.out()).isEqualTo(run("--version").out());
        Run completion = run("completion");
        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("complete -F", "render", "catalog");
    }

    /**
     * picocli wraps each description string to the terminal; a string broken by hand is broken
     * twice. Every string is a whole paragraph, of a command or of its options. (help and completion
     * are picocli's.)
     */
    @Test
    void descriptionsAreWholeParagraphs() {
        List<String> broken = new ArrayList<>();
        CommandLine cl = Main.commandLine(new Io(new byte[0], System.out, System.err));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand().getClass().getName().startsWith("picocli.")) {
                continue;
            }
            List<String> lines = new ArrayList<>(List.of(sub.getCommandSpec().usageMessage().description()));
            sub.getCommandSpec().options().forEach(o -> lines.addAll(List.of(o.description())));
            for (String line : lines) {
                if (!line.endsWith(".") && !line.endsWith(":") && !line.endsWith(")")) {
                    broken.add(sub.getCommandName() + ": " + line);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCatalogListsEveryEntryWithItsExactSpelling() throws Exception {
        Run table = run("catalog");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("# models", "# instanceTypes", "# gpus", "GPU_MEMORY_GIB");
        for (ModelFacts m : ModelCatalog.shipped().all()) {
            assertThat(table.out()).contains(m.id() + " ");
        }
        JsonNode all = new ObjectMapper().readTree(run("catalog", "-o", "json").out());
        assertThat(all.get("models")).hasSize(ModelCatalog.shipped().all().size());
        assertThat(all.get("instanceTypes")).hasSize(InstanceCatalog.shipped().all().size());
        InstanceType first = InstanceCatalog.shipped().all().get(0);
        assertThat(all.at("/instanceTypes/0/name").asText()).isEqualTo(first.name());
        assertThat(all.at("/instanceTypes/0/gpuProduct").asText()).isEqualTo(first.gpu().product());
        JsonNode gpus = new ObjectMapper().readTree(run("catalog", "gpus", "-o", "json").out());
        List<String> products = new ArrayList<>();
        gpus.forEach(g -> products.add(g.get("product").asText()));
        assertThat(products).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(InstanceCatalog.shipped().all().stream().map(t -> t.gpu().product()).distinct().toList());
        JsonNode gcp = new ObjectMapper().readTree(run("catalog", "instance-types", "--platform", "gcp", "-o", "json").out());
        gcp.forEach(t -> assertThat(t.get("platform").asText()).isEqualTo("gcp"));
        assertThat(run("catalog", "modles").code()).isEqualTo(2);
        assertThat(run("catalog", "-o", "yaml").code()).isEqualTo(2);
        assertThat(run("catalog", "instance-types", "--platform", "ibm").code()).isEqualTo(2);
    }
}

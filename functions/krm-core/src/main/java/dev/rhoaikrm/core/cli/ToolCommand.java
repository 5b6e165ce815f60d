package dev.rhoaikrm.core.cli;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FunctionRegistration;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.CmpGenerate;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Input;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.frontdoor.Terminal;
import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.core.importing.Importer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The all-in-one rhoai-krm command: every function as a subcommand, plus render, validate,
 * post-render (Helm) and cmp-generate (ArgoCD), which run all functions over one input.
 */
@Command(name = "rhoai-krm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = "Expands rhoai-krm.dev intents into the manifests of a Red Hat OpenShift AI platform.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (warnings may have been printed)", "1:the input has errors; results name file, object and field",
            "2:wrong command line", "3:internal error (a bug)"})
public final class ToolCommand implements Callable<Integer> {
    private final List<FunctionRegistration> functions;
    private final List<FunctionImporter> importers;
    private final Io io;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param functions every function of the product, in the order a render runs them
     * @param importers their importers, in the order they take hand-written objects
     */
    public ToolCommand(List<? extends FunctionRegistration> functions, List<FunctionImporter> importers, Io io) {
        this.functions = List.copyOf(functions);
        this.importers = List.copyOf(importers);
        this.io = io;
    }

    /** The command line with every subcommand. */
    public static CommandLine commandLine(List<? extends FunctionRegistration> functions, List<FunctionImporter> importers, Io io) {
        ToolCommand tool = new ToolCommand(functions, importers, io);
        CommandLine cl = new CommandLine(tool);
        cl.addSubcommand("render", new Render(tool));
        cl.addSubcommand("validate", new Validate(tool));
        cl.addSubcommand("post-render", new PostRender(tool));
        cl.addSubcommand("cmp-generate", new Cmp(tool));
        cl.addSubcommand("import", new Import(tool));
        for (FunctionRegistration f : tool.functions) {
            cl.addSubcommand(f.name(), FunctionCommand.commandLine(FunctionSet.only(f.name(), tool.functions).orElseThrow(), io));
        }
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return ExitCodes.USAGE;
    }

    FrontDoors doors() {
        return doors(false);
    }

    /** The doors, in strict mode when {@code strict} (the --strict flag) or the environment says so. */
    FrontDoors doors(boolean strict) {
        Environment env = strict ? Environment.fromSystem().strictMode() : Environment.fromSystem();
        return new FrontDoors(new Pipeline(FunctionSet.all(functions)), "rhoai-krm", env);
    }

    /** The doors of a render for {@code cluster} (the --cluster option), as RHOAI_KRM_CLUSTER would. */
    FrontDoors doors(boolean strict, Optional<String> cluster) {
        FrontDoors doors = doors(strict);
        return cluster.isEmpty() ? doors : new FrontDoors(doors.pipeline(), doors.label(), doors.environment().forCluster(cluster));
    }

    /** The --strict option every rendering subcommand takes. */
    static final String STRICT_HELP = "Warnings are errors (nothing is generated), for GitOps where no one reads warnings;"
            + " also " + Environment.STRICT + "=true, or for the ArgoCD plugin the Application's plugin env " + Environment.STRICT + ".";

    Io withStdin() {
        return new Io(io.stdin() != null ? io.stdin() : Launcher.readStdin(), io.out(), io.err());
    }

    static final String PATH_HELP = "A directory, one YAML file, or - for standard input. In a directory, hidden folders, "
            + "kustomization files, Kptfiles, Helm charts, Maven's target folder and the patterns of a package's .krmignore file are left out.";

    /** Standard input read only when the input is standard input: a render of a directory never waits on a terminal. */
    Io withStdinFor(Input input) {
        return input.isStdin() ? withStdin() : io;
    }

    /** The input PATH names; when it names nothing, says so (a usage error: the caller exits 2). */
    Optional<Input> input(String command, String path) {
        Optional<Input> input;
        try {
            input = Input.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            input = Optional.empty();
        }
        if (input.isEmpty()) {
            io.err().println(command + ": " + Terminal.escape(path) + ": no such file or directory");
        }
        return input;
    }

    /** render's and validate's options for a repository that drives a fleet of clusters (README, "Many clusters"). */
    static final class FleetOptions {
        @Option(names = "--cluster", paramLabel = "NAME", description = {"Render what cluster NAME of the fleet gets: the folders the"
                + " ApplicationSets of an AppSetDiscovery with spec.clusters deploy to it, with the intents' perCluster sections of NAME."
                + " Without it a fleet's repository renders each destination on its own (the hub, then each cluster). Outside a fleet:"
                + " as " + Environment.CLUSTER_OVERRIDE + "=NAME, the perCluster sections of NAME."})
        String cluster;

        @Option(names = "--fleet", paramLabel = "CLUSTERS", description = {"Directory of the fleet's cluster descriptions (YAML: name,"
                + " server, labels) or exported Argo CD cluster Secrets without credentials, as for discover --fleet: which clusters a"
                + " label selector picks, so that shared folders render for each of them."})
        Path fleet;

        FrontDoors doors(ToolCommand tool, boolean strict) {
            return tool.doors(strict, Optional.ofNullable(cluster).filter(c -> !c.isEmpty()));
        }

        Optional<Path> descriptions() {
            return Optional.ofNullable(fleet);
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Render every intent in PATH with the objects beside them: manifests on stdout, or files under --output.")
    static final class Render implements Callable<Integer> {
        private final ToolCommand tool;

        @Parameters(paramLabel = "PATH", description = PATH_HELP)
        String path;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write one file per source file and per generated object under OUT instead of printing.")
        Path output;

        @Option(names = "--strict", description = STRICT_HELP)
        boolean strict;

        @Mixin
        FleetOptions fleet;

        Render(ToolCommand tool) {
            this.tool = tool;
        }

        @Override
        public Integer call() {
            Optional<Input> input = tool.input("render", path);
            if (input.isEmpty()) {
                return ExitCodes.USAGE;
            }
            if (input.get().isStdin() && output != null) {
                tool.io.err().println("render: --output writes one file per source file; standard input has none (redirect stdout instead)");
                return ExitCodes.USAGE;
            }
            return Directory.ofRepository(fleet.doors(tool, strict), fleet.descriptions())
                    .render(input.get(), Optional.ofNullable(output), tool.withStdinFor(input.get()));
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check every intent in PATH (binding, sizing, cross-checks) without writing anything.")
    static final class Validate implements Callable<Integer> {
        private final ToolCommand tool;

        @Parameters(paramLabel = "PATH", description = PATH_HELP)
        String path;

        @Option(names = "--strict", description = STRICT_HELP)
        boolean strict;

        @Mixin
        FleetOptions fleet;

        Validate(ToolCommand tool) {
            this.tool = tool;
        }

        @Override
        public Integer call() {
            Optional<Input> input = tool.input("validate", path);
            if (input.isEmpty()) {
                return ExitCodes.USAGE;
            }
            return Directory.ofRepository(fleet.doors(tool, strict), fleet.descriptions()).validate(input.get(), tool.withStdinFor(input.get()));
        }
    }

    @Command(name = "post-render", mixinStandardHelpOptions = true,
            description = "Helm post-renderer: a manifest stream on stdin, intents expanded, everything else passed through to stdout.")
    static final class PostRender implements Callable<Integer> {
        private final ToolCommand tool;

        @Option(names = "--strict", description = STRICT_HELP)
        boolean strict;

        PostRender(ToolCommand tool) {
            this.tool = tool;
        }

        @Override
        public Integer call() {
            return tool.doors(strict).stream(tool.withStdin());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            // one string per paragraph: picocli wraps to the terminal, and a line broken here would be broken twice
            description = {"Write the intents that reproduce the hand-written objects in PATH (a way in for an existing repository).",
                "Intents go to stdout (or one file each under --output); the report on stderr lists, for each intent, the objects it "
                        + "replaces and every field it renders differently (each a fix a function README documents, or [review]), the files to "
                        + "delete, and the objects left as plain YAML."})
    static final class Import implements Callable<Integer> {
        private final ToolCommand tool;

        @Parameters(paramLabel = "PATH", description = PATH_HELP)
        String path;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write each intent beside the first file it replaces, under OUT.")
        Path output;

        Import(ToolCommand tool) {
            this.tool = tool;
        }

        @Override
        public Integer call() {
            Optional<Input> input = tool.input("import", path);
            if (input.isEmpty()) {
                return ExitCodes.USAGE;
            }
            return new Importer(tool.importers, Environment.fromSystem()).run(input.get(), Optional.ofNullable(output), tool.withStdinFor(input.get()));
        }
    }

    @Command(name = "cmp-generate", mixinStandardHelpOptions = true,
            description = {"ArgoCD config-management plugin generate: render the application directory (the working directory).",
                "A kustomization there is checked (only kustomize builtins and rhoai-krm intents as generators, transformers and "
                        + "validators; every path inside the repository), then built with kustomize (" + CmpGenerate.KUSTOMIZE_COMMAND
                        + ", default \"kustomize build\", or \"kubectl kustomize\" where only kubectl is on PATH), "
                        + "with our exec plugins (KUSTOMIZE_PLUGIN_HOME, else a plugin home it makes) only when an intent needs them."})
    static final class Cmp implements Callable<Integer> {
        private final ToolCommand tool;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The application directory (default: the working directory).")
        Path dir;

        @Option(names = "--strict", description = STRICT_HELP)
        boolean strict;

        Cmp(ToolCommand tool) {
            this.tool = tool;
        }

        @Override
        public Integer call() {
            FrontDoors doors = tool.doors(strict);
            Path appDir = dir != null ? dir : doors.environment().workingDirectory();
            if (!java.nio.file.Files.isDirectory(appDir)) {
                tool.io.err().println("cmp-generate: " + Terminal.escape(appDir.toString()) + ": no such directory"
                        + " (the application's directory, as the CMP server runs it)");
                return ExitCodes.USAGE;
            }
            return new CmpGenerate(doors).run(appDir, tool.io);
        }
    }
}

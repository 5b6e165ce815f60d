package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.RepositoryRoot;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.frontdoor.Terminal;
import dev.rhoaikrm.core.frontdoor.Writers;
import dev.rhoaikrm.core.intent.Binding;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rhoai-krm discover DIR}: the AppSetDiscovery intents under DIR, checked, and the
 * Applications their ApplicationSets would create from the working tree, listed (a table) or
 * drawn ({@code --graph}, Mermaid). Problems go to stderr as results; with an error nothing is
 * printed on stdout and the exit code is 1.
 */
@Command(name = "discover", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        // one string per paragraph: picocli wraps to the terminal, and a line broken here would be broken twice
        description = {"List the ArgoCD Applications that the AppSetDiscovery intents under DIR would create.",
            "The bootstrap and explicit Applications, and what each ApplicationSet's git directory generator makes of the "
                    + "working tree (globs, excludes, hidden directories and symbolic links as ArgoCD treats them). Fails on two "
                    + "Applications with one name, a matched directory with nothing to deploy, invalid names and links out of the "
                    + "repository."})
public final class DiscoverCommand implements Callable<Integer> {
    static final String LABEL = "rhoai-krm discover";

    private final Io io;

    @Parameters(paramLabel = "DIR", description = "Directory holding AppSetDiscovery intents (YAML files below it).")
    Path dir;

    @Option(names = "--root", paramLabel = "ROOT",
            description = "The repository's working tree the generator paths are relative to (default: the git checkout around DIR, else DIR).")
    Path root;

    @Option(names = "--fleet", paramLabel = "CLUSTERS",
            description = "Directory of the fleet's cluster descriptions (YAML: name, server, labels) or exported Argo CD cluster Secrets "
                    + "without credentials: list the Applications each cluster of an intent's spec.clusters gets.")
    Path fleet;

    @Option(names = "--graph", description = "Print a Mermaid flowchart (bootstrap -> ApplicationSets -> Applications) instead of the table.")
    boolean graph;

    public DiscoverCommand(Io io) {
        this.io = io;
    }

    /** The subcommand, for the all-in-one command line. */
    public static CommandLine commandLine(Io io) {
        return new CommandLine(new DiscoverCommand(io));
    }

    @Override
    public Integer call() {
        Results results = new Results();
        List<Preview.Intent> intents = discover(results);
        if (!results.isEmpty()) {
            io.err().print(Writers.summary(LABEL, results));
        }
        if (results.hasErrors()) {
            io.err().println(LABEL + ": " + results.errorCount() + " error(s)");
            return ExitCodes.ERROR_RESULTS;
        }
        // directory names of the repository: control characters in them must not reach the terminal
        io.out().print(Terminal.escape(graph ? Preview.mermaid(intents) : Preview.table(intents)));
        return ExitCodes.OK;
    }

    private List<Preview.Intent> discover(Results results) {
        List<SourceObject> objects;
        Results unreadable = new Results();
        try {
            objects = Directory.read(dir, unreadable);
        } catch (YamlInputException e) {
            results.add(Result.error(e.getMessage()));
            return List.of();
        }
        // DIR may be a whole repository: a file there that is no YAML is not discovery's concern (skipped, a warning);
        // what the reader leaves out on purpose (a Helm chart, target/, a JSON6902 patch) is said as render says it, as info
        unreadable.all().forEach(r -> results.add(r.severity() != Severity.ERROR ? r : new Result(Severity.WARNING,
                "skipped: " + r.message(), r.resource(), r.fieldPath(), r.file(), r.index())));
        List<SourceObject> sources = AppSetDiscoveryFunction.intentsIn(objects);
        if (sources.isEmpty()) {
            results.add(Result.error("no AppSetDiscovery intent (rhoai-krm.dev/v1alpha1) under " + dir));
            return List.of();
        }
        List<Fleet.Cluster> described = null;
        if (fleet != null) {
            described = FleetDescriptions.read(fleet, results);
            if (results.hasErrors()) {
                return List.of();
            }
        }
        RepositoryRoot where = root != null ? new RepositoryRoot(root, "--root") : RepositoryRoot.around(dir);
        RepositoryTree tree;
        try {
            tree = RepositoryTree.scan(where.path());
        } catch (RepositoryTree.TreeException e) {
            results.add(Result.error(e.getMessage()));
            return List.of();
        }
        List<Preview.Intent> intents = new ArrayList<>();
        IntentSchema schema = AppSetDiscoveryFunction.intentSchema();
        for (SourceObject source : sources) {
            Report report = new ResultsReport(results, source);
            IntentSchema.Bound bound = schema.bind(source.tree());
            if (!bound.ok()) {
                for (Binding.Problem p : bound.problems()) {
                    report.error(p.path(), p.message());
                }
                continue;
            }
            AppSetDiscovery spec = AppSetDiscoverySchema.bind(new Intent(source, source.summary().name(), bound.spec()));
            new Checks(spec, report).all();
            if (described != null) {
                undescribed(spec, described, report);
            }
            Discovery discovery = described == null ? new Discovery(spec, tree, report) : new Discovery(spec, tree, report, described);
            intents.add(new Preview.Intent(source.summary().name(), spec, discovery.run()));
        }
        acrossIntents(intents, sources, OtherIntents.handWritten(objects), results);
        return intents;
    }

    /** A cluster the intent names that --fleet does not describe gets nothing in the listing: say so. */
    private static void undescribed(AppSetDiscovery spec, List<Fleet.Cluster> described, Report report) {
        if (spec.clusters().isEmpty()) {
            return;
        }
        List<String> names = spec.clusters().get().names().orElse(List.of());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (described.stream().noneMatch(c -> c.name().equals(name))) {
                report.warning(spec.clusters().get().at().pathOf("names") + "[" + i + "]", "cluster " + name
                        + " is not described in --fleet: its Applications are not listed");
            }
        }
        if (described.stream().noneMatch(c -> Fleet.holds(spec.clusters().get(), c))) {
            report.warning(spec.clusters().get().at().path(), "no described cluster belongs to the fleet");
        }
    }

    /** Two intents under DIR, or an intent and a hand-written Application, must not make Applications of one name either. */
    private static void acrossIntents(List<Preview.Intent> intents, List<SourceObject> sources, Map<String, String> handWritten,
                                      Results results) {
        Map<String, String> seen = new LinkedHashMap<>(handWritten);
        for (Preview.Intent i : intents) {
            SourceObject source = sources.stream().filter(s -> i.name().equals(s.summary().name())).findFirst().orElseThrow();
            Map<String, String> mine = new LinkedHashMap<>();
            for (Discovery.App a : i.apps()) {
                String other = seen.get(a.name());
                if (other != null) {
                    results.error(source, a.fieldPath(), Discovery.twoNamed(a.name(), a.origin(), other));
                }
                mine.putIfAbsent(a.name(), a.origin() + " in AppSetDiscovery/" + i.name());
            }
            mine.forEach(seen::putIfAbsent);
        }
    }

    /** Results about one intent of DIR. */
    private record ResultsReport(Results results, SourceObject source) implements Report {
        @Override
        public void error(String fieldPath, String message) {
            results.error(source, fieldPath, message);
        }

        @Override
        public void warning(String fieldPath, String message) {
            results.warning(source, fieldPath, message);
        }

        @Override
        public void info(String fieldPath, String message) {
            results.info(source, fieldPath, message);
        }
    }
}

package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Outcome;
import dev.rhoaikrm.core.fn.OutputForm;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.trace.Trace;
import dev.rhoaikrm.core.yaml.FastResourceList;
import dev.rhoaikrm.core.yaml.InputBytes;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.ResourceListLayout;
import dev.rhoaikrm.core.yaml.ScannedInput;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ways in: KRM function (ResourceList on stdin), legacy kustomize exec plugin (config file as
 * argv[1]), and plain manifest streams (Helm post-renderer). They share the pipeline and differ
 * only in reading and writing. Exit codes: 0 done, 1 error results (see {@link ExitCodes}).
 */
public final class FrontDoors {
    public static final String STDIN = "<stdin>";

    private final Pipeline pipeline;
    private final String label;
    private final Environment environment;

    public FrontDoors(Pipeline pipeline, String label, Environment environment) {
        this.pipeline = pipeline;
        this.label = label;
        this.environment = environment;
    }

    /** No argument: a ResourceList in, a ResourceList out; a plain stream in, plain manifests out. */
    public int standardInput(Io io) {
        SourceText source;
        ScannedInput scanned;
        try {
            source = SourceText.decode(io.stdin(), STDIN, InputLimits.DEFAULT);
            Optional<ResourceListLayout> fast = FastResourceList.layout(source, STDIN);
            if (fast.isPresent()) {
                return resourceList(fast.get(), io);
            }
            scanned = ObjectScanner.scan(source, STDIN, InputLimits.DEFAULT);
            scanned.checkResourceListVersion();
        } catch (YamlInputException e) {
            return unreadable(e, io, true);
        }
        if (!scanned.isResourceList()) {
            return stream(scanned, io);
        }
        try {
            return resourceList(scanned.resourceList(), io);
        } catch (YamlInputException e) {
            return unreadable(e, io, true);
        }
    }

    private int resourceList(ResourceListLayout layout, Io io) {
        Optional<SourceObject> functionConfig;
        try {
            functionConfig = layout.functionConfig(STDIN);
        } catch (YamlInputException e) {
            return unreadable(e, io, true);
        }
        Trace.mark("ResourceList laid out");
        Outcome outcome = pipeline.run(layout.items(), functionConfig, environment, OutputForm.KRM);
        Writers.resourceList(layout, outcome, io.out());
        Trace.mark("ResourceList written");
        return finish(outcome.results(), io);
    }

    /**
     * Helm's post-renderer contract: a manifest stream in, the expanded stream out. Messages name
     * each object's chart template ({@link HelmTemplates}), not stdin.
     */
    public int stream(Io io) {
        SourceText source = null;
        try {
            source = SourceText.decode(io.stdin(), STDIN, InputLimits.DEFAULT);
            return stream(ObjectScanner.scan(source, STDIN, InputLimits.DEFAULT), io);
        } catch (YamlInputException e) {
            return unreadable(inTemplate(e, source), io, false);
        }
    }

    private int stream(ScannedInput scanned, Io io) {
        List<SourceObject> documents;
        try {
            documents = scanned.documents();
        } catch (YamlInputException e) {
            return unreadable(inTemplate(e, scanned.source()), io, false);
        }
        return manifests(HelmTemplates.named(documents), Optional.empty(), OutputForm.MANIFESTS, io);
    }

    /** A stream Helm 3 rendered that cannot be read: the message also names the template of the line. */
    private static YamlInputException inTemplate(YamlInputException e, SourceText source) {
        String template = source == null || e.line() < 1 ? null : HelmTemplates.templateAtLine(source.text(), e.line());
        return template == null ? e : new YamlInputException(e.getMessage() + " (in the template " + template + ")", e.file(), e.line());
    }

    /**
     * kubectl kustomize's legacy exec plugin: argv[1] is the intent (the generator or transformer
     * config); stdin holds the resources when the plugin is a transformer, nothing when a generator.
     * argv[1] is a temporary copy: messages name the intent's file as {@link PluginConfigs} finds it.
     */
    public int legacyPlugin(Path config, Io io) {
        List<SourceObject> configDocs;
        List<SourceObject> documents;
        try {
            configDocs = readFile(config, config.toString());
            documents = ObjectScanner.scan(SourceText.decode(io.stdin(), STDIN, InputLimits.DEFAULT), STDIN,
                    InputLimits.DEFAULT).documents();
        } catch (YamlInputException e) {
            return unreadable(e, io, false);
        }
        Trace.mark("config and stdin scanned");
        if (configDocs.size() != 1) {
            Results results = new Results();
            results.add(new Result(Severity.ERROR, "the plugin config must hold exactly one intent, found "
                    + configDocs.size() + " objects", null, null, config.toString(), 0));
            return finish(results, io);
        }
        return manifests(PluginConfigs.resources(documents), Optional.of(PluginConfigs.config(configDocs.get(0), config, environment)),
                OutputForm.PLUGIN, io);
    }

    private int manifests(List<SourceObject> documents, Optional<SourceObject> functionConfig, OutputForm form, Io io) {
        Outcome outcome = pipeline.run(documents, functionConfig, environment, form);
        if (!outcome.failed()) {
            Writers.manifests(outcome, io.out());
        }
        Trace.mark("manifests written");
        return finish(outcome.results(), io);
    }

    /** Reads one YAML file as objects; a missing, unreadable or too large file is a YamlInputException. */
    public static List<SourceObject> readFile(Path file, String name) {
        byte[] bytes = InputBytes.readFile(file, InputLimits.DEFAULT.maxBytes(), name);
        return ObjectScanner.scan(SourceText.decode(bytes, name, InputLimits.DEFAULT), name, InputLimits.DEFAULT).documents();
    }

    private int unreadable(YamlInputException e, Io io, boolean asResourceList) {
        Results results = new Results();
        results.add(new Result(Severity.ERROR, e.getMessage(), null, null, e.file(), 0));
        if (asResourceList) {
            Writers.failedResourceList(results, io.out());
        }
        return finish(results, io);
    }

    /** Prints the results for people on stderr; 1 when any is an error. */
    int finish(Results results, Io io) {
        if (!results.isEmpty()) {
            io.err().print(Writers.summary(label, results));
        }
        if (results.hasErrors()) {
            io.err().println(label + ": " + results.errorCount() + " error(s); nothing was generated");
            return ExitCodes.ERROR_RESULTS;
        }
        return ExitCodes.OK;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Environment environment() {
        return environment;
    }

    public String label() {
        return label;
    }
}

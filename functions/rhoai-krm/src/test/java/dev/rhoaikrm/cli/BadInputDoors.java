package dev.rhoaikrm.cli;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.CmpGenerate;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.yaml.KptAnnotations;
import dev.rhoaikrm.core.yaml.Yaml;
import dev.rhoaikrm.testsupport.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Runs a bad-input case through one front door in-process, fed as the tool behind that door
 * feeds it: kpt's ResourceList (items annotated with their file), Helm's stream, kubectl
 * kustomize's plugin config plus stdin, a directory for render/validate and the ArgoCD CMP.
 */
final class BadInputDoors {
    static final String LABEL = "test";

    /** What a door printed and returned; {@code stdin} is what it was given (the KRM door's ResourceList). */
    record Run(int code, String out, String err, byte[] stdin) {
    }

    private BadInputDoors() {
    }

    static Run run(BadInputCase c, String door, KrmFunction function, Path workspace) {
        writeWorkspace(c, workspace);
        Environment env = new Environment(Map.of(), workspace);
        boolean single = door.equals("krm") || door.equals("legacy");
        // as the binary builds it: one function that knows the others (for their facts), or all of them
        Pipeline pipeline = new Pipeline(single ? FunctionSet.only(function.name(), Functions.registered()).orElseThrow()
                : FunctionSet.all(Functions.registered()));
        FrontDoors doors = new FrontDoors(pipeline, LABEL, env);
        byte[] stdin = switch (door) {
            case "krm" -> c.krmStdin() != null ? c.bytes(c.krmStdin()) : resourceList(c);
            case "stream" -> stream(c, null);
            case "legacy" -> stream(c, c.legacyConfig());
            default -> new byte[0];
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(stdin, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = switch (door) {
                case "krm" -> doors.standardInput(io);
                case "stream" -> doors.stream(io);
                case "legacy" -> doors.legacyPlugin(workspace.resolve(c.legacyConfig()), io);
                case "render" -> new Directory(doors).render(workspace, Optional.empty(), io);
                case "validate" -> new Directory(doors).validate(workspace, io);
                case "cmp" -> new CmpGenerate(doors).run(workspace, io);
                default -> throw new IllegalArgumentException("unknown door " + door);
            };
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // what the binaries' Launcher would turn into exit 3; the trace makes the failure readable
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            io.err().println(LABEL + ": internal error: " + trace);
            code = 3;
        }
        io.out().flush();
        String errText = err.toString(StandardCharsets.UTF_8).replace(workspace + "/", "");
        return new Run(code, out.toString(StandardCharsets.UTF_8), errText, stdin);
    }

    /** The case's files in a fresh directory, with the repository of tree.txt around them. */
    static void writeWorkspace(BadInputCase c, Path workspace) {
        try {
            Files.createDirectories(workspace);
            for (String f : c.files()) {
                Files.write(workspace.resolve(f), c.bytes(f));
            }
            if (c.tree() != null) {
                Trees.build(workspace, c.tree());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file but {@code except}, as one multi-document stream (what Helm or kustomize pipes in). */
    static byte[] stream(BadInputCase c, String except) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String f : c.files()) {
            if (f.equals(except)) {
                continue;
            }
            byte[] bytes = c.bytes(f);
            if (out.size() > 0) {
                out.writeBytes("---\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(bytes);
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /**
     * The ResourceList kpt would send: every document an item, annotated with its file and index.
     * A raw case's bytes are wrapped as items as they are (ISO-8859-1 keeps every byte), unannotated.
     */
    static byte[] resourceList(BadInputCase c) {
        StringBuilder items = new StringBuilder();
        for (String f : c.files()) {
            String text = new String(c.bytes(f), c.raw() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            int index = 0;
            for (String doc : documents(text)) {
                items.append(Yaml.asItem(c.raw() ? doc : annotated(doc, f, index++)));
            }
        }
        String list = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n"
                + (items.length() == 0 ? "items: []\n" : "items:\n" + items);
        return list.getBytes(c.raw() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** The documents of a stream, split at "---" lines; documents holding only comments are dropped. */
    static List<String> documents(String text) {
        List<String> docs = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.stripTrailing().equals("---")) {
                docs.add(doc.toString());
                doc.setLength(0);
            } else {
                doc.append(line);
            }
        }
        docs.add(doc.toString());
        return docs.stream().filter(d -> d.lines().anyMatch(l -> !l.isBlank() && !l.stripLeading().startsWith("#"))).toList();
    }

    /** One document with kpt's path and index annotations added (duplicate keys and aliases kept as they are). */
    private static String annotated(String doc, String file, int index) {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true).setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit(Integer.MAX_VALUE).build();
        Node root;
        try {
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, doc))).getSingleNode().orElseThrow();
        } catch (RuntimeException e) {
            throw new IllegalStateException("a document of " + file + " is not YAML kpt could annotate (mark the case raw: true): "
                    + e.getMessage(), e);
        }
        if (root instanceof MappingNode map) {
            MappingNode annotations = child(child(map, "metadata"), "annotations");
            for (String key : List.of(KptAnnotations.LEGACY_PATH, KptAnnotations.PATH)) {
                annotations.getValue().add(tuple(key, file, ScalarStyle.PLAIN));
            }
            for (String key : List.of(KptAnnotations.LEGACY_INDEX, KptAnnotations.INDEX)) {
                annotations.getValue().add(tuple(key, String.valueOf(index), ScalarStyle.SINGLE_QUOTED));
            }
        }
        return Yaml.dumpNode(root);
    }

    /** The mapping under {@code key}, added when missing. */
    private static MappingNode child(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof MappingNode m) {
                return m;
            }
        }
        MappingNode m = new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.BLOCK);
        map.getValue().add(new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), m));
        return m;
    }

    private static NodeTuple tuple(String key, String value, ScalarStyle style) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), new ScalarNode(Tag.STR, value, style));
    }
}

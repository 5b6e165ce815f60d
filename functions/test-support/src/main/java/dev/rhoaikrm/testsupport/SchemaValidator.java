package dev.rhoaikrm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Validates Kubernetes objects against the vendored upstream schemas with the semantics of
 * /work/shared/crds/validate.py run with {@code --strict-kinds}: a kind without a schema is a problem,
 * so a test cannot pass by emitting something nothing checks. An object the schema takes is then held
 * to the schema's CEL rules ({@link CelRules}), which validate.py does not evaluate: valid means what
 * the API server means.
 *
 * <p>Problems read {@code KIND/NAME: path: message}; an empty list means valid. Thread-safe; schemas
 * are parsed on first use and cached per file.
 */
public final class SchemaValidator {
    private static final SchemaValidator SHIPPED = new SchemaValidator();
    private static final SchemaValidator WITH_MODELS = new SchemaValidator();

    static {
        WITH_MODELS.withFabric8Models = true;
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, Optional<Loaded>> cache = new ConcurrentHashMap<>();
    private volatile Set<String> known;

    private boolean withFabric8Models;
    /** The RHOAI release whose own DataScienceCluster/DSCInitialization schemas apply, or null for the current ones. */
    private String release;
    private final Map<String, SchemaValidator> byRelease = new ConcurrentHashMap<>();

    private SchemaValidator() {
        // Draft 4 as validate.py (jsonschema.Draft4Validator), plus the list-map-keys check it adds.
        JsonMetaSchema v4 = JsonMetaSchema.getV4();
        JsonMetaSchema dialect = JsonMetaSchema.builder(v4.getIri(), v4)
                .keyword(new ListMapKeysKeyword())
                .unknownKeywordFactory((keyword, ctx) -> new NonValidationKeyword(keyword))
                .build();
        this.factory = JsonSchemaFactory.builder().defaultMetaSchemaIri(v4.getIri()).metaSchema(dialect).build();
        // format is not checked (validate.py does not); all errors, not the first one.
        this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).failFast(false).build();
    }

    /** The validator over the schemas shipped in this module. */
    public static SchemaValidator shipped() {
        return SHIPPED;
    }

    /**
     * The shipped schemas, and then fabric8's model class of each kind ({@link Fabric8Models}):
     * for generated objects, which are built as plain maps.
     */
    public static SchemaValidator withModels() {
        return WITH_MODELS;
    }

    /**
     * This validator, but with the DataScienceCluster and DSCInitialization schemas of one RHOAI
     * release as it shipped them ({@code <group>/releases/<release>/}, see SOURCES.md): a 2.16
     * DataScienceCluster is checked against the 2.16 CRD, not the newest one. Other kinds as here.
     * An unknown release is an error, so a typo cannot fall back to another release's schema.
     */
    public SchemaValidator forRelease(String rhoaiRelease) {
        if (!ShippedSchemas.releases().contains(rhoaiRelease)) {
            throw new IllegalArgumentException("no vendored schemas of RHOAI " + rhoaiRelease + " (known: " + ShippedSchemas.releases() + ")");
        }
        return byRelease.computeIfAbsent(rhoaiRelease, r -> {
            SchemaValidator v = new SchemaValidator();
            v.withFabric8Models = withFabric8Models;
            v.release = r;
            return v;
        });
    }

    /**
     * {@code <apiVersion> <kind in lower case>} per vendored schema, sorted, e.g. {@code v1 namespace}
     * (file names carry no case); {@link #hasSchema} is the lookup.
     */
    public Set<String> knownKinds() {
        Set<String> k = known;
        if (k == null) { // a race only lists the folder twice
            known = k = Collections.unmodifiableSortedSet(new TreeSet<>(ShippedSchemas.list()));
        }
        return k;
    }

    /** Whether {@code apiVersion}/{@code kind} has a schema (kind matched case-insensitively, as validate.py). */
    public boolean hasSchema(String apiVersion, String kind) {
        return schema(apiVersion, kind).isPresent();
    }

    /** Problems of one object; a {@code kind: List} is expanded into its items. */
    public List<String> validate(Map<String, Object> object) {
        return validateDocument(object);
    }

    /**
     * Problems of every document of a YAML stream (null documents skipped, {@code kind: List} expanded).
     * Plain scalars are typed as YAML 1.1 (PyYAML, kubectl) does, see {@link Yaml11Schema}.
     */
    public List<String> validateYaml(String multiDocumentYaml) {
        List<String> problems = new ArrayList<>();
        try {
            // Duplicate keys refused, as the project's own reader does (PyYAML keeps the last one).
            Load load = new Load(LoadSettings.builder().setSchema(new Yaml11Schema())
                    .setAllowDuplicateKeys(false).setCodePointLimit(Integer.MAX_VALUE).build());
            for (Object doc : load.loadAllFromString(multiDocumentYaml)) {
                if (doc != null) {
                    problems.addAll(validateDocument(doc));
                }
            }
        } catch (YamlEngineException e) {
            problems.add("?/?: (root): cannot parse YAML: " + Messages.shorten(e.getMessage()));
        }
        return problems;
    }

    private List<String> validateDocument(Object doc) {
        if (doc instanceof Map<?, ?> m && "List".equals(m.get("kind")) && m.get("items") instanceof List<?> items) {
            List<String> problems = new ArrayList<>();
            items.forEach(item -> problems.addAll(validateObject(item)));
            return problems;
        }
        return validateObject(doc);
    }

    private List<String> validateObject(Object doc) {
        if (!(doc instanceof Map<?, ?> object)) {
            return List.of("?/?: (root): document is not a mapping (not a Kubernetes object)");
        }
        String label = Messages.label(object);
        Object apiVersion = object.get("apiVersion");
        Object kind = object.get("kind");
        if (!(apiVersion instanceof String av) || av.isEmpty() || !(kind instanceof String k) || k.isEmpty()) {
            return List.of(label + ": (root): missing apiVersion or kind");
        }
        Optional<Loaded> schema = schema(av, k);
        if (schema.isEmpty()) {
            return List.of(label + ": no schema for apiVersion " + av + " kind " + k);
        }
        JsonNode instance = JSON.valueToTree(Messages.dropNulls(object));
        Set<ValidationMessage> errors = schema.get().schema().validate(instance);
        List<String> problems = Messages.leaves(errors).stream()
                .map(e -> new String[] {Messages.path(e.getInstanceLocation()), Messages.text(e)})
                .sorted(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]))
                .map(p -> label + ": " + p[0] + ": " + p[1])
                .distinct()
                .toList();
        if (problems.isEmpty()) {
            // the CRD's CEL rules, once the object has the types they read
            problems = CelRules.problems(schema.get().raw(), object).stream().map(p -> label + ": " + p).toList();
        }
        if (problems.isEmpty() && withFabric8Models) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) object;
            return Fabric8Models.problems(typed).stream().map(p -> label + ": fabric8 model: " + p).toList();
        }
        return problems;
    }

    /** A vendored schema: as the JSON Schema validator reads it, and as the file has it (its CEL rules, defaults and types). */
    private record Loaded(JsonSchema schema, JsonNode raw) {
    }

    /**
     * The CEL rules of the object's schema that run on it (transition rules and rules of fields it
     * does not set do not), as "path: rule"; empty for a kind without a schema.
     */
    public List<String> celRulesRun(Map<String, Object> object) {
        if (!(object.get("apiVersion") instanceof String av) || !(object.get("kind") instanceof String k)) {
            return List.of();
        }
        return schema(av, k).map(s -> CelRules.evaluated(s.raw(), object)).orElse(List.of());
    }

    private Optional<Loaded> schema(String apiVersion, String kind) {
        return cache.computeIfAbsent(ShippedSchemas.resourceFor(release, apiVersion, kind), this::load);
    }

    private Optional<Loaded> load(String resource) {
        try (InputStream in = ShippedSchemas.open(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            ObjectNode raw = (ObjectNode) JSON.readTree(in);
            ObjectNode prepared = SchemaPreprocessor.root(raw.deepCopy());
            return Optional.of(new Loaded(factory.getSchema(prepared, config), raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}

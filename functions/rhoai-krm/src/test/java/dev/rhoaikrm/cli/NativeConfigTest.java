package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.rhoaikrm.core.catalog.InstanceCatalog;
import dev.rhoaikrm.core.catalog.ModelCatalog;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.openshift.api.model.RouteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the hand-written GraalVM config in src/main/resources/META-INF/native-image/ (GraalVM is not
 * needed to run this): every class it names exists, every fabric8 class that Jackson serialises
 * for the generators is registered, and every data file the code loads is a registered resource.
 * When a generator starts using another fabric8 builder or nested type, extend {@link #samples()}
 * the same way; a failure prints the entries to paste into reflect-config.json.
 */
class NativeConfigTest {
    private static final String CONFIG_DIR = "META-INF/native-image/dev.rhoaikrm/rhoai-krm/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Configured like dev.rhoaikrm.core.fn.Manifests' mapper, so introspection sees what it sees. */
    private static final ObjectMapper MANIFESTS = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Test
    void everyListedClassAndMethodExists() throws Exception {
        for (JsonNode entry : reflectConfig()) {
            Class<?> type = Class.forName(entry.get("name").asText(), false, getClass().getClassLoader());
            for (JsonNode m : entry.path("methods")) {
                List<Class<?>> params = new ArrayList<>();
                for (JsonNode p : m.get("parameterTypes")) {
                    params.add(classOf(p.asText()));
                }
                String name = m.get("name").asText();
                if (name.equals("<init>")) {
                    type.getDeclaredConstructor(params.toArray(Class<?>[]::new));
                } else {
                    type.getDeclaredMethod(name, params.toArray(Class<?>[]::new));
                }
            }
        }
    }

    @Test
    void everyFabric8ClassJacksonSerialisesIsRegisteredInFull() {
        Set<String> required = new TreeSet<>();
        samples().values().forEach(sample -> walk(sample, required));
        Map<String, JsonNode> listed = listed();
        List<String> missing = required.stream()
                .filter(name -> !fullAccess(listed.get(name)))
                .toList();
        assertThat(missing)
                .withFailMessage("reflect-config.json lacks (or lacks allDeclared* on) these classes; add:%n%s",
                        missing.stream().map(NativeConfigTest::entry).collect(Collectors.joining(",\n")))
                .isEmpty();
    }

    @Test
    void samplesCoverEveryFabric8TypeTheMainSourcesImport() {
        Set<String> walked = new TreeSet<>();
        samples().values().forEach(sample -> walk(sample, walked));
        Pattern imports = Pattern.compile("^import (io\\.fabric8\\.[\\w.]+);", Pattern.MULTILINE);
        Set<String> used = new TreeSet<>();
        for (Path source : mainSources(".java")) {
            Matcher m = imports.matcher(text(source));
            while (m.find()) {
                // a builder stands for the class it builds
                used.add(m.group(1).replaceFirst("Builder$", ""));
            }
        }
        assertThat(used).as("fabric8 types imported by main code; mirror their use in samples()").isNotEmpty();
        assertThat(walked).containsAll(used);
    }

    @Test
    void resourceConfigCoversEveryDataFileOfTheImage() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (JsonNode include : read("resource-config.json").path("resources").path("includes")) {
            patterns.add(Pattern.compile(include.get("pattern").asText()));
        }
        Set<String> resources = new TreeSet<>(List.of(InstanceCatalog.RESOURCE, ModelCatalog.RESOURCE,
                "dev/rhoaikrm/core/version.properties"));
        // and every other file under the image modules' src/main/resources (test-support is test-only)
        for (Path dir : imageModuleResourceDirs()) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith("META-INF/"))
                        .forEach(resources::add);
            }
        }
        for (String resource : resources) {
            assertThat(getClass().getClassLoader().getResource(resource)).as("on the classpath: %s", resource).isNotNull();
            assertThat(patterns).as("resource-config.json includes %s", resource)
                    .anyMatch(p -> p.matcher(resource).matches());
        }
    }

    /**
     * The fabric8 objects the generators build, mirroring ModelObjects and DownloadJob (every
     * branch: HF token, auth, Route), so that Jackson meets the same classes here as there.
     */
    static Map<String, Object> samples() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Namespace", new NamespaceBuilder().withNewMetadata().withName("ns")
                .addToLabels("a", "b").addToAnnotations("c", "d").endMetadata().build());
        s.put("PersistentVolumeClaim", new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("pvc").withNamespace("ns").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName("gp3-csi")
                .withNewResources().addToRequests("storage", new Quantity("100Gi")).endResources()
                .endSpec().build());
        s.put("Route", new RouteBuilder()
                .withNewMetadata().withName("m").withNamespace("ns").endMetadata()
                .withNewSpec()
                .withNewTo().withKind("Service").withName("m-predictor").withWeight(100).endTo()
                .withNewPort().withNewTargetPort("https").endPort()
                .withNewTls().withTermination("reencrypt").withInsecureEdgeTerminationPolicy("Redirect").endTls()
                .withWildcardPolicy("None")
                .endSpec().build());
        s.put("ServiceAccount", new ServiceAccountBuilder().withNewMetadata().withName("m-sa").withNamespace("ns")
                .endMetadata().build());
        s.put("Role", new RoleBuilder().withNewMetadata().withName("m-view-role").withNamespace("ns").endMetadata()
                .addNewRule().withApiGroups("serving.kserve.io").withResources("inferenceservices")
                .withResourceNames("m").withVerbs("get").endRule().build());
        s.put("RoleBinding", new RoleBindingBuilder().withNewMetadata().withName("m-view").withNamespace("ns").endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName("m-view-role").endRoleRef()
                .addNewSubject().withKind("ServiceAccount").withName("m-sa").withNamespace("ns").endSubject().build());
        s.put("Secret", new SecretBuilder().withNewMetadata().withName("m-token").withNamespace("ns")
                .addToAnnotations("kubernetes.io/service-account.name", "m-sa").endMetadata()
                .withType("kubernetes.io/service-account-token").build());
        s.put("Job", new JobBuilder()
                .withNewMetadata().withName("m-download-0a1b2c3d").withNamespace("ns").endMetadata()
                .withNewSpec().withBackoffLimit(6)
                .withNewTemplate().withNewMetadata().addToLabels("a", "b").endMetadata()
                .withNewSpec().withRestartPolicy("OnFailure")
                .addNewContainer().withName("download").withImage("python:3.12")
                .withCommand("bash", "-ec", "echo")
                .withEnv(new EnvVarBuilder().withName("HF_HUB_DISABLE_TELEMETRY").withValue("1").build(),
                        new EnvVarBuilder().withName("HF_TOKEN").withNewValueFrom().withNewSecretKeyRef()
                                .withName("hf").withKey("HF_TOKEN").endSecretKeyRef().endValueFrom().build())
                .withNewResources()
                .addToRequests("cpu", new Quantity("1")).addToRequests("memory", new Quantity("2Gi"))
                .addToLimits("cpu", new Quantity("2")).addToLimits("memory", new Quantity("4Gi"))
                .endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
                .withNewCapabilities().withDrop("ALL").endCapabilities()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                .addNewVolumeMount().withName("model-storage").withMountPath("/models").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("model-storage").withNewPersistentVolumeClaim().withClaimName("pvc")
                .endPersistentVolumeClaim().endVolume()
                .endSpec().endTemplate().endSpec().build());
        // gpu-workerset-generator: MachineObjects and ClusterAutoscalerObject (the provider spec is a plain map)
        s.put("MachineSet", new io.fabric8.openshift.api.model.machine.v1beta1.MachineSetBuilder()
                .withNewMetadata().withName("ms").withNamespace("openshift-machine-api").addToLabels("a", "b")
                .addToAnnotations("c", "d").endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("a", "b").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("a", "b").endMetadata()
                .withNewSpec().withNewMetadata().addToLabels("e", "").endMetadata()
                .withTaints(new io.fabric8.kubernetes.api.model.TaintBuilder().withKey("nvidia.com/gpu").withValue("present")
                        .withEffect("NoSchedule").build())
                .endSpec().endTemplate().endSpec().build());
        s.put("MachineAutoscaler", new io.fabric8.openshift.api.model.autoscaling.v1beta1.MachineAutoscalerBuilder()
                .withNewMetadata().withName("ms").withNamespace("openshift-machine-api").addToLabels("a", "b").endMetadata()
                .withNewSpec().withMinReplicas(0).withMaxReplicas(4)
                .withNewScaleTargetRef().withApiVersion("machine.openshift.io/v1beta1").withKind("MachineSet").withName("ms")
                .endScaleTargetRef().endSpec().build());
        s.put("ClusterAutoscaler", new io.fabric8.openshift.api.model.autoscaling.v1.ClusterAutoscalerBuilder()
                .withNewMetadata().withName("default").addToAnnotations("a", "b").endMetadata()
                .withNewSpec().withPodPriorityThreshold(-10)
                .withNewResourceLimits().withMaxNodesTotal(20)
                .withGpus(new io.fabric8.openshift.api.model.autoscaling.v1.ClusterAutoscalerSpecRLGpusBuilder()
                        .withType("nvidia-l4").withMin(0).withMax(6).build())
                .withNewCores().withMin(0).withMax(100).endCores()
                .withNewMemory().withMin(0).withMax(1000).endMemory()
                .endResourceLimits()
                .withNewScaleDown().withEnabled(true).withDelayAfterAdd("10m").withDelayAfterDelete("5m")
                .withDelayAfterFailure("3m").withUnneededTime("10m").withUtilizationThreshold("0.5").endScaleDown()
                .withBalanceSimilarNodeGroups(true).withSkipNodesWithLocalStorage(true).withIgnoreDaemonsetsUtilization(false)
                .withMaxPodGracePeriod(600).withMaxNodeProvisionTime("15m").withExpanders(List.of("LeastWaste"))
                .endSpec().build());
        return s;
    }

    /**
     * Records what a native image must let Jackson reflect on while it serialises {@code value}:
     * every fabric8 class met, its fabric8 supertypes (Jackson merges their annotations and default
     * methods) and the custom serialisers their annotations name. Walks property values the way
     * Jackson reads them, so only classes that really occur are required.
     */
    static void walk(Object value, Set<String> required) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> walk(v, required));
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> walk(v, required));
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        Class<?> type = value.getClass();
        for (Class<?> t : fabric8TypeAndSupertypes(type)) {
            required.add(t.getName());
            serializers(t.getAnnotation(JsonSerialize.class), required);
        }
        @SuppressWarnings("deprecation")
        BeanDescription bean = MANIFESTS.getSerializationConfig().introspect(MANIFESTS.constructType(type));
        for (BeanPropertyDefinition property : bean.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null) {
                continue;
            }
            serializers(accessor.getAnnotation(JsonSerialize.class), required);
            if (property.getField() != null) {
                serializers(property.getField().getAnnotation(JsonSerialize.class), required);
            }
            walk(accessor.getValue(value), required);
        }
        AnnotatedMember anyGetter = bean.findAnyGetter();
        if (anyGetter != null) {
            walk(anyGetter.getValue(value), required);
        }
    }

    private static Set<Class<?>> fabric8TypeAndSupertypes(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> t = todo.remove(todo.size() - 1);
            if (t == null || !t.getName().startsWith("io.fabric8.") || !out.add(t)) {
                continue;
            }
            todo.add(t.getSuperclass());
            todo.addAll(List.of(t.getInterfaces()));
        }
        return out;
    }

    private static void serializers(JsonSerialize annotation, Set<String> required) {
        if (annotation == null) {
            return;
        }
        for (Class<?> s : List.of(annotation.using(), annotation.contentUsing(), annotation.keyUsing(), annotation.nullsUsing())) {
            if (s != JsonSerializer.None.class) {
                required.add(s.getName());
            }
        }
    }

    private static boolean fullAccess(JsonNode entry) {
        return entry != null && entry.path("allDeclaredConstructors").asBoolean()
                && entry.path("allDeclaredMethods").asBoolean() && entry.path("allDeclaredFields").asBoolean();
    }

    private static String entry(String name) {
        return "  {\"name\": \"" + name + "\", \"allDeclaredConstructors\": true, \"allDeclaredMethods\": true, \"allDeclaredFields\": true}";
    }

    private static Map<String, JsonNode> listed() {
        Map<String, JsonNode> byName = new TreeMap<>();
        reflectConfig().forEach(e -> byName.put(e.get("name").asText(), e));
        return byName;
    }

    private static JsonNode reflectConfig() {
        JsonNode config = read("reflect-config.json");
        assertThat(config.isArray()).as("reflect-config.json is a JSON array").isTrue();
        return config;
    }

    private static JsonNode read(String file) {
        try (InputStream in = NativeConfigTest.class.getClassLoader().getResourceAsStream(CONFIG_DIR + file)) {
            assertThat(in).as("%s%s on the classpath", CONFIG_DIR, file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> classOf(String name) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            default -> name.endsWith("[]")
                    ? java.lang.reflect.Array.newInstance(classOf(name.substring(0, name.length() - 2)), 0).getClass()
                    : Class.forName(name);
        };
    }

    static Path projectRoot() {
        String property = System.getProperty("rhoai.projectRoot");
        Path dir = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("functions"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("project root (a directory holding functions/)").isNotNull();
        return dir;
    }

    /** src/main of every module that goes into the image: all but test-support. */
    private static List<Path> imageModules() {
        try (Stream<Path> modules = Files.list(projectRoot().resolve("functions"))) {
            return modules.filter(m -> Files.isDirectory(m.resolve("src/main")))
                    .filter(m -> !m.getFileName().toString().equals("test-support"))
                    .map(m -> m.resolve("src/main"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> imageModuleResourceDirs() {
        return imageModules().stream().map(m -> m.resolve("resources")).filter(Files::isDirectory).toList();
    }

    private static List<Path> mainSources(String suffix) {
        List<Path> out = new ArrayList<>();
        for (Path module : imageModules()) {
            try (Stream<Path> walk = Files.walk(module.resolve("java"))) {
                walk.filter(p -> p.toString().endsWith(suffix)).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

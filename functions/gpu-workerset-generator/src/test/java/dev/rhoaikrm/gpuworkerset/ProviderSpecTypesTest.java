package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rhoaikrm.testsupport.Golden;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.openshift.api.model.machine.v1beta1.AWSMachineProviderConfig;
import io.fabric8.openshift.api.model.machine.v1beta1.AzureMachineProviderSpec;
import io.fabric8.openshift.api.model.machine.v1beta1.GCPMachineProviderSpec;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The MachineSet schema leaves providerSpec.value open (a RawExtension), so the vendored schema
 * cannot catch a misspelt provider field. Here every provider spec of every example and golden case
 * is read into the OpenShift API type it names (fabric8's model of openshift/api): a field the type
 * does not have lands in additionalProperties, and the test names it.
 */
class ProviderSpecTypesTest {
    static final Map<String, Class<?>> TYPES = Map.of(
            "AWSMachineProviderConfig", AWSMachineProviderConfig.class,
            "AzureMachineProviderSpec", AzureMachineProviderSpec.class,
            "GCPMachineProviderSpec", GCPMachineProviderSpec.class);
    static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyProviderFieldIsOneOfTheOpenShiftType() throws IOException {
        List<Path> outputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Golden.projectRoot().resolve("examples/gpu-workerset"))) {
            walk.filter(p -> p.toString().endsWith(".expected/manifests.yaml")).forEach(outputs::add);
        }
        try (Stream<Path> walk = Stream.concat(Files.walk(GoldenCasesTest.CASES), Files.walk(GoldenCasesTest.KRM_CASES))) {
            walk.filter(p -> p.getFileName().toString().equals("expected.yaml")).forEach(outputs::add);
        }
        return outputs.stream().sorted().map(file -> DynamicTest.dynamicTest(Golden.projectRoot().relativize(file).toString(), () -> {
            for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))) {
                Object value = Maps.at(doc, "spec", "template", "spec", "providerSpec", "value");
                if (!"MachineSet".equals(Maps.string(doc, "kind")) || value == null) {
                    continue;
                }
                Class<?> type = TYPES.get(Maps.string(value, "kind"));
                assertThat(type).as("provider kind %s", Maps.string(value, "kind")).isNotNull();
                List<String> unknown = new ArrayList<>();
                unknownFields(JSON.convertValue(value, type), Maps.string(value, "kind"), unknown);
                assertThat(unknown).as(Maps.string(doc, "metadata", "name")).isEmpty();
            }
        }));
    }

    @org.junit.jupiter.api.Test
    void aFieldTheTypeLacksIsFound() throws ReflectiveOperationException {
        Map<String, Object> spec = Map.of("kind", "AWSMachineProviderConfig", "instanceTyp", "g6.2xlarge",
                "placement", Map.of("availabilityZone", "us-east-2a", "zone", "us-east-2a"));
        List<String> unknown = new ArrayList<>();
        unknownFields(JSON.convertValue(spec, AWSMachineProviderConfig.class), "spec", unknown);
        assertThat(unknown).containsExactlyInAnyOrder("spec.instanceTyp", "spec.Placement.zone");
    }

    /** Every additionalProperties entry of a fabric8 object tree: a field the OpenShift type lacks. */
    static void unknownFields(Object o, String path, List<String> unknown) throws ReflectiveOperationException {
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (!(o instanceof KubernetesResource)) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().equals("getClass")) {
                continue;
            }
            Object v = m.invoke(o);
            if (m.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) v).keySet().forEach(k -> unknown.add(path + "." + k));
            } else {
                unknownFields(v, path + "." + m.getName().substring(3), unknown);
            }
        }
    }
}

package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Fabric8ModelsTest {
    @Test
    void aWellFormedObjectReads() {
        Map<String, Object> pvc = Map.of("apiVersion", "v1", "kind", "PersistentVolumeClaim", "metadata", Map.of("name", "w"),
                "spec", Map.of("accessModes", List.of("ReadWriteOnce"), "resources", Map.of("requests", Map.of("storage", "30Gi"))));
        assertThat(Fabric8Models.problems(pvc)).isEmpty();
        assertThat(SchemaValidator.withModels().validate(pvc)).isEmpty();
    }

    @Test
    void anUnknownFieldIsAProblem() {
        Map<String, Object> route = Map.of("apiVersion", "route.openshift.io/v1", "kind", "Route", "metadata", Map.of("name", "r"),
                "spec", Map.of("to", Map.of("kind", "Service", "name", "s"), "tlsMode", "edge"));
        assertThat(Fabric8Models.problems(route)).singleElement().asString().contains("tlsMode");
        assertThat(Fabric8Models.covers("machine.openshift.io/v1beta1", "MachineSet")).isTrue();
    }
}

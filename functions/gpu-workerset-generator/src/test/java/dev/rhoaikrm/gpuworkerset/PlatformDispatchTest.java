package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Clouds are dispatched on the sealed {@link Platform} type, never on strings (issue #16 item 3): a new cloud
 * is one subclass plus its catalog data. These hold the places that name the clouds to the one list of
 * subclasses, so that a cloud cannot be half added: the sealed type's permitted subclasses, {@link Platform#all()},
 * the intent's {@code spec.cluster.platform} enum, the provider spec kinds (openshift/api machine/v1beta1:
 * AWSMachineProviderConfig, AzureMachineProviderSpec, GCPMachineProviderSpec) and the instance catalog.
 */
class PlatformDispatchTest {

    @Test
    void everyPermittedSubclassIsRegisteredOnce() {
        Set<Class<?>> permitted = Set.of(Platform.class.getPermittedSubclasses());
        assertThat(Platform.all().stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(permitted);
        assertThat(Platform.all()).hasSize(permitted.size());
    }

    @Test
    void theIntentsPlatformEnumIsTheListOfPlatforms() throws IOException {
        Object schema = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(Golden.projectRoot()
                .resolve("functions/gpu-workerset-generator/src/test/resources/schema/gpu-workerset.schema.json")));
        assertThat(Maps.at(schema, "properties", "spec", "properties", "cluster", "properties", "platform", "enum"))
                .isEqualTo(Platform.all().stream().map(Platform::name).toList());
    }

    @Test
    void eachPlatformReadsBackItsOwnProviderSpecKindOnly() {
        for (Platform p : Platform.all()) {
            assertThat(Platform.byProviderKind(p.providerKind())).contains(p);
            assertThat(Platform.named(p.name())).isSameAs(p);
            assertThat(p.skeleton().get("kind")).isEqualTo(p.providerKind());
        }
        assertThat(Platform.all().stream().map(Platform::providerKind))
                .containsExactly("AWSMachineProviderConfig", "AzureMachineProviderSpec", "GCPMachineProviderSpec");
        assertThat(Platform.byProviderKind("OpenstackProviderSpec")).isEmpty();
    }

    @Test
    void theCatalogHasGpuTypesForEveryPlatformAndNoOtherPlatform() {
        List<String> names = Platform.all().stream().map(Platform::name).toList();
        Set<String> catalog = InstanceCatalog.shipped().all().stream().map(InstanceType::platform).collect(Collectors.toSet());
        assertThat(catalog).containsExactlyInAnyOrderElementsOf(names);
        assertThat(Arrays.asList(Platform.class.getPermittedSubclasses())).hasSameSizeAs(names);
    }
}

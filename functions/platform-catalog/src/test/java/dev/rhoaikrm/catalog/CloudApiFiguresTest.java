package dev.rhoaikrm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog's AWS and Azure figures are the clouds' APIs' (issue #18 item 9): each provider's
 * MachineSet controller writes vCPU, memory and GPUs from that API into the MachineSet, and the
 * kubelet reports it, so Kueue quotas and sizing must start from the same numbers, not a docs page
 * (Standard_ND96amsr_A100_v4: 1843200 MiB by the SKU API, 1945600 by the docs). The oracle,
 * cloud-api-figures.tsv, is kubernetes/autoscaler's tables generated from those APIs (commit
 * 55c37cd5, cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go and
 * azure/azure_instance_types.go).
 */
class CloudApiFiguresTest {
    record Figures(int vcpu, long memoryMiB, int gpus) {
    }

    static Map<String, Figures> apiFigures() throws IOException {
        try (InputStream in = CloudApiFiguresTest.class.getResourceAsStream("/cloud-api-figures.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t")).collect(Collectors.toMap(f -> f[0] + "/" + f[1],
                            f -> new Figures(Integer.parseInt(f[2]), Long.parseLong(f[3]), Integer.parseInt(f[4])), (a, b) -> a, TreeMap::new));
        }
    }

    @Test
    void everyAwsAndAzureEntryHasTheFiguresOfItsCloudsApi() throws IOException {
        Map<String, Figures> api = apiFigures();
        List<InstanceType> checked = InstanceCatalog.shipped().all().stream().filter(t -> !t.platform().equals("gcp")).toList();
        assertThat(checked).hasSizeGreaterThan(40);
        for (InstanceType t : checked) {
            Figures f = api.get(t.platform() + "/" + t.name());
            assertThat(f).as("%s/%s has no row in cloud-api-figures.tsv: add the API's figures with it", t.platform(), t.name()).isNotNull();
            assertThat(new Figures(t.vcpu(), t.memoryMiB(), t.gpu().count())).as(t.platform() + "/" + t.name()).isEqualTo(f);
        }
    }

    @Test
    void theNd96amsrA100v4HasTheMemoryTheSkuApiReports() {
        assertThat(InstanceCatalog.shipped().find("azure", "Standard_ND96amsr_A100_v4").orElseThrow().memoryMiB()).isEqualTo(1843200L);
    }
}

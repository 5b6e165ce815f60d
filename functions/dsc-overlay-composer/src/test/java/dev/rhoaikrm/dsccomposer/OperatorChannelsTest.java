package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every install fact of every release against the fact sheets it was read from, an oracle apart
 * from the code: the RHOAI operator's channel against the channel table of the redhat-operators
 * catalog (../shared/facts/rhods-operator-channels.md: the channel exists and its newest entry is
 * of the release; a release without a channel of its own truly has none), and each other
 * operator's channel, catalog, namespace and OperatorGroup shape against its section of
 * ../shared/facts/rhoai-operator-layer.md (§2).
 */
class OperatorChannelsTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| ([^|]+?) \\| ([^|]+?) \\| ([0-9]+) \\|$");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");

    @Test
    void theRhoaiOperatorsChannelIsTheCatalogsChannelOfTheRelease() throws IOException {
        String table = Files.readString(Golden.sharedOrSkip("facts/rhods-operator-channels.md", "channels not checked against the catalog"));
        Map<String, String> heads = new LinkedHashMap<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            heads.put(m.group(1).trim(), m.group(2).trim());
        }
        assertThat(heads).containsKeys("stable-3.3", "fast-3.x", "beta");
        for (Release r : Releases.shipped().all()) {
            Release.Install install = r.facts.operators().get(OperatorLayer.RHOAI).install();
            assertThat(install.catalog()).isEqualTo("redhat-operators");
            if (install.channel() != null) {
                assertThat(heads).as(r.label()).containsKey(install.channel());
                assertThat(heads.get(install.channel())).as(r.label() + ": the newest entry of " + install.channel()).startsWith(r.id + ".");
            } else {
                assertThat(heads).as(r.label() + " has no channel of its own").doesNotContainKeys("stable-" + r.id, "eus-" + r.id);
                for (String carrier : install.carriedBy().split(", ")) {
                    assertThat(heads).as(r.label() + ": carried by").containsKey(carrier);
                }
            }
        }
    }

    @Test
    void everyOtherOperatorIsInstalledAsItsFactSheetSays() throws IOException {
        String facts = Files.readString(Golden.sharedOrSkip("facts/rhoai-operator-layer.md", "operators not checked against the fact sheet"));
        Map<String, String> sections = sectionsByPackage(facts);
        int checked = 0;
        for (Release r : Releases.shipped().all()) {
            for (Release.Operator op : r.facts.operators().values()) {
                if (op.install() == null || op.id().equals(OperatorLayer.RHOAI)) {
                    continue;
                }
                String where = r.label() + " " + op.pkg();
                String section = sections.get(op.pkg());
                assertThat(section).as(where + ": a section of the fact sheet").isNotNull();
                Release.Install i = op.install();
                assertThat(ticked(row(section, "channel"))).as(where + " channel").contains(i.channel());
                assertThat(ticked(row(section, "catalog"))).as(where + " catalog").contains(i.catalog());
                assertThat(ticked(row(section, "namespace"))).as(where + " namespace").contains(i.namespace());
                String group = row(section, "OG");
                switch (i.operatorGroup()) {
                    case Release.Install.OWN_NAMESPACE -> assertThat(group).as(where).contains("targetNamespaces: [" + i.namespace() + "]");
                    case Release.Install.ALL_NAMESPACES -> assertThat(group).as(where).containsAnyOf("AllNamespaces", "global");
                    default -> assertThat(group).as(where + ": the existing global group of").contains("openshift-operators");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    /**
     * The channels each OCP catalog of the Red Hat build of Kueue holds: openshift/kueue-fbc, main
     * 7df39c9d60c5, v4.NN/catalog/kueue-operator/catalog.json (the olm.channel entries); no catalog
     * before v4.18 carries the package. Also rhoai-operator-layer.md §2.4 "channels".
     */
    static final Map<String, List<String>> KUEUE_CATALOG_CHANNELS = Map.of(
            "4.18", List.of("stable-v0.1", "stable-v0.2", "stable-v1.0", "stable-v1.1", "stable-v1.2", "stable-v1.3", "stable-v1.4"),
            "4.19", List.of("stable-v0.1", "stable-v0.2", "stable-v1.0", "stable-v1.1", "stable-v1.2", "stable-v1.3", "stable-v1.4"),
            "4.20", List.of("stable-v1.1", "stable-v1.2", "stable-v1.3", "stable-v1.4"),
            "4.21", List.of("stable-v1.2", "stable-v1.3", "stable-v1.4"),
            "4.22", List.of("stable-v1.3", "stable-v1.4"),
            "4.23", List.of("stable-v1.4"));

    /**
     * The OCP catalogs each release ships in: red-hat-data-services/RHOAI-Build-Config, branch
     * rhoai-&lt;release&gt; (2.23 b955857158, 2.24 da79c51e9c, 2.25 f40503d79e, 3.0 e927780dce, 3.2
     * b4ff077488, 3.3 f5fd3889e7, 3.4 c5f043366b, 3.5 294d62e743), the folders catalog/v4.NN.
     */
    static final Map<String, List<String>> RELEASE_CATALOGS = Map.of(
            "2.23", List.of("4.15", "4.16", "4.17", "4.18", "4.19", "4.20"),
            "2.24", List.of("4.15", "4.16", "4.17", "4.18", "4.19", "4.20"),
            "2.25", List.of("4.16", "4.17", "4.18", "4.19", "4.20", "4.21"),
            "3.0", List.of("4.19", "4.20"),
            "3.2", List.of("4.19", "4.20"),
            "3.3", List.of("4.19", "4.20", "4.21"),
            "3.4", List.of("4.19", "4.20", "4.21", "4.22"),
            "3.5", List.of("4.19", "4.20", "4.21", "4.22"));

    /**
     * The channel RHOAI's own CI installs the Red Hat build of Kueue from: rhods-operator branch
     * rhoai-&lt;release&gt;, {@code kueueOcpOperatorChannel} in tests/e2e/kueue_test.go (2.23-2.25 L38,
     * 3.0 L32) or tests/e2e/helper_test.go (3.2 L67, 3.3 L69, 3.4 L70, 3.5 L81).
     */
    static final Map<String, String> RHOAI_CI_CHANNEL = Map.of(
            "2.23", "stable-v0.2", "2.24", "stable-v0.2", "2.25", "stable-v0.2",
            "3.0", "stable-v1.1", "3.2", "stable-v1.1",
            "3.3", "stable-v1.2", "3.4", "stable-v1.2",
            "3.5", "stable-v1.4");

    /**
     * Which Red Hat build of Kueue a release's operator layer installs. The channel must resolve on
     * every OCP catalog of the release that carries the package (a Subscription to a channel the
     * catalog lacks never installs); it must accept what the release asks of Kueue: the frameworks
     * the layer's Kueue CR lists for the release's components (TrainJob from 1.2: openshift/kueue-operator
     * release-1.1 and release-1.2 bundle/manifests/kueue.openshift.io_kueues.yaml, rhoai-operator-layer.md
     * §2.4) and, on 3.5, kueue.x-k8s.io/v1beta2, which gpu-workerset-generator writes there and the
     * RHOAI operator prefers (rhods-operator rhoai-3.5 pkg/cluster/gvk/gvk.go L623-652,
     * internal/controller/components/kueue/kueue_support.go L358-380): served from 1.3 ("Release notes for Red Hat
     * build of Kueue version 1.3", OpenShift 4.21 AI workloads 2.2.3: v1beta2 added, v1beta1 deprecated). Where RHOAI's CI channel does all that, it is that channel.
     */
    @Test
    void theKueueChannelIsInEveryCatalogOfTheReleaseAndIsCisWhereItCanBe() {
        int checked = 0;
        for (Release r : Releases.shipped().all()) {
            Release.Operator kueue = r.facts.operators().get("kueue-operator");
            if (kueue == null || kueue.install() == null) {
                continue;
            }
            assertThat(RELEASE_CATALOGS).as(r.label() + ": its OCP catalogs are known").containsKey(r.id);
            String channel = kueue.install().channel();
            boolean trainJob = kueue.install().instance().frameworks().entrySet().stream()
                    .anyMatch(e -> e.getValue().contains("TrainJob") && r.field(e.getKey()) != null);
            int needed = Math.max(trainJob ? kueueMinor("stable-v1.2") : 0, r.id.equals("3.5") ? kueueMinor("stable-v1.3") : 0);
            List<String> qualifying = new ArrayList<>();
            for (String candidate : KUEUE_CATALOG_CHANNELS.get("4.19")) {
                boolean everywhere = RELEASE_CATALOGS.get(r.id).stream().filter(KUEUE_CATALOG_CHANNELS::containsKey)
                        .allMatch(ocp -> KUEUE_CATALOG_CHANNELS.get(ocp).contains(candidate));
                if (everywhere && kueueMinor(candidate) >= needed) {
                    qualifying.add(candidate);
                }
            }
            assertThat(qualifying).as(r.label() + ": channels every catalog holds that accept what the release asks").contains(channel);
            String ci = RHOAI_CI_CHANNEL.get(r.id);
            if (qualifying.contains(ci)) {
                assertThat(channel).as(r.label() + ": RHOAI's CI channel qualifies").isEqualTo(ci);
            }
            checked++;
        }
        assertThat(checked).as("releases with the Red Hat build of Kueue").isEqualTo(RELEASE_CATALOGS.size());
    }

    /** stable-vX.Y as one comparable number. */
    private static int kueueMinor(String channel) {
        Matcher m = Pattern.compile("stable-v([0-9]+)\\.([0-9]+)").matcher(channel);
        assertThat(m.matches()).as(channel).isTrue();
        return Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2));
    }

    /** §2.N sections of the fact sheet by the packages their first row names. */
    private static Map<String, String> sectionsByPackage(String facts) {
        Map<String, String> out = new LinkedHashMap<>();
        String part = facts.substring(facts.indexOf("## 2. Dependency operators"), facts.indexOf("## 3. Argo CD"));
        for (String section : part.split("(?m)^### ")) {
            for (String line : section.lines().toList()) {
                if (line.startsWith("| package")) {
                    Matcher m = TICKED.matcher(line.split("\\|")[2]);
                    if (m.find()) {
                        out.put(m.group(1), section);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The value cell of the first table row whose name cell mentions {@code name}. */
    private static String row(String section, String name) {
        for (String line : section.lines().toList()) {
            String[] cells = line.split("\\|");
            if (cells.length > 2 && cells[1].contains(name)) {
                return cells[2];
            }
        }
        throw new AssertionError("no row " + name + " in\n" + section);
    }

    private static List<String> ticked(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TICKED.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

}

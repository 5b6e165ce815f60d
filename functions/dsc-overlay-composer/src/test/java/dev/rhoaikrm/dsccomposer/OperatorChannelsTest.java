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

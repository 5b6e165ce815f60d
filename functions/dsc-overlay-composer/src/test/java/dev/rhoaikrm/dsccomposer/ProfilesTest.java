package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The profile files: every entry names a component or field of some release and a value that some
 * release admits (a typo would otherwise be skipped silently, as what the release lacks is), and
 * the profiles the issue names are all there.
 */
class ProfilesTest {

    @Test
    void theBuiltInProfiles() {
        assertThat(Profiles.shipped().names()).containsExactly("base", "minimal", "serving", "training", "dev", "full");
        assertThat(Profiles.shipped().layers("dev")).extracting(Profiles.Profile::name).containsExactly("base", "dev");
    }

    @Test
    void everyEntryExistsInSomeRelease() {
        for (String name : Profiles.shipped().names()) {
            check(name, "", Profiles.shipped().get(name).components());
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(String profile, String path, Map<String, Object> entries) {
        entries.forEach((key, value) -> {
            String p = path.isEmpty() ? key : path + "." + key;
            List<Release> having = Releases.shipped().all().stream().filter(r -> r.field(p) != null).toList();
            assertThat(having).as(profile + ": " + p + " exists in some release").isNotEmpty();
            if (value instanceof Map<?, ?> sub) {
                check(profile, p, (Map<String, Object>) sub);
            } else {
                assertThat(having).as(profile + ": " + p + "=" + value + " is admitted by some release")
                        .anyMatch(r -> r.field(p).admits(value));
            }
        });
    }
}

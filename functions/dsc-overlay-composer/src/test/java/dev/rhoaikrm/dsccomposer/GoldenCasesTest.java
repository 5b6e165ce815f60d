package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.GoldenCases;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases under src/test/resources/golden/NAME/ (see {@link GoldenCases}): compositions of 2.x
 * and 3.x releases, every check's error, warning and info with its exact message, the
 * Application's options. What a case generates is validated against the CRDs of the release its
 * intents name (one release per case).
 */
class GoldenCasesTest {
    private static final Pattern RELEASE = Pattern.compile("(?m)^\\s+release: \"([0-9.]+)\"");

    @TestFactory
    Stream<DynamicTest> cases() {
        return GoldenCases.under(Golden.projectRoot().resolve("functions/dsc-overlay-composer/src/test/resources/golden"),
                new DscComposerFunction(), GoldenCasesTest::validatorFor);
    }

    private static SchemaValidator validatorFor(Path caseDir) {
        try {
            Matcher m = RELEASE.matcher(Files.readString(caseDir.resolve("input.yaml")));
            String release = m.find() && Releases.shipped().find(m.group(1)).isPresent() ? m.group(1) : Releases.shipped().defaultId();
            return SchemaValidator.withModels().forRelease(release);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases under src/test/resources/golden/NAME/ (see {@link GoldenCases}): 3.3 and 2.x
 * compositions, every check's error and warning with its exact message, the Application's options.
 */
class GoldenCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return GoldenCases.under(Golden.projectRoot().resolve("functions/dsc-overlay-composer/src/test/resources/golden"),
                new DscComposerFunction());
    }
}

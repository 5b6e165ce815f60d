package dev.rhoaikrm.testsupport;

import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared folder ({@code <project root>/../shared}), present on the developers'
 * machines and in CI but not in a fresh clone: tests that need it abort (skip) with a message.
 */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path crdsOrAbort() {
        Path crds = projectRoot().resolve("../shared/crds").normalize();
        if (!Files.isRegularFile(crds.resolve("validate.py"))) {
            abort("no shared folder with crds/validate.py at " + crds + " (a fresh clone has none): skipped");
        }
        return crds;
    }

    static Path projectRoot() {
        return Golden.projectRoot();
    }
}

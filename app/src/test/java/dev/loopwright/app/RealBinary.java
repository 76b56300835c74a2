package dev.loopwright.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** The OpenCode binary the build installed (adapter-opencode's build), passed in by Surefire. */
final class RealBinary {
    private RealBinary() {
    }

    static Path path() {
        String binary = System.getProperty("opencode.binary");
        if (binary == null || !Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException("no OpenCode binary at '" + binary
                    + "': run the tests through Maven, which installs the pinned version");
        }
        return Path.of(binary);
    }
}

package dev.loopwright.app.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the demo needs from the composition root (which implements it, so this package does not depend on it): a
 * managed {@code opencode serve} and a Loopwright server on a data directory that uses it.
 */
public interface DemoPlatform {

    /**
     * Starts {@code opencode serve} from {@code openCodeBinary} (working in {@code folder}, with
     * {@code openCodeEnvironment} added to its environment), then a Loopwright server on {@code dataDirectory} on a
     * free loopback port.
     */
    Running start(Path openCodeBinary, Path folder, Map<String, String> openCodeEnvironment, Path dataDirectory)
            throws IOException;

    /** Both servers; closing stops them. */
    interface Running extends AutoCloseable {
        URI loopwright();

        String openCodeDescription();

        @Override
        void close();
    }
}

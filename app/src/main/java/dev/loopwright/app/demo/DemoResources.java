package dev.loopwright.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped with the demo: the sample repository, the code the scripted agent writes, the model's replies. */
final class DemoResources {
    private DemoResources() {
    }

    static String text(String name) {
        try (InputStream in = DemoResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

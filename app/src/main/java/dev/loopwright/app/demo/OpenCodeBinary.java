package dev.loopwright.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Finds the pinned {@code opencode} binary: {@code LOOPWRIGHT_OPENCODE_BINARY}, then the checkout's
 * {@code .tools/opencode-<v>}, then {@code ~/.cache/loopwright/opencode-<v>}; else installs it there with npm.
 */
public final class OpenCodeBinary {
    public static final String VARIABLE = "LOOPWRIGHT_OPENCODE_BINARY";
    private static final String BIN = "node_modules/.bin/opencode";

    private OpenCodeBinary() {
    }

    /** The pinned version, {@code opencode.version} of the root pom, filtered into a resource at build time. */
    public static String pinnedVersion() {
        Properties properties = new Properties();
        try (InputStream in = OpenCodeBinary.class.getResourceAsStream("opencode.properties")) {
            if (in == null) {
                throw new IllegalStateException("opencode.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("opencode.version");
    }

    /** Where it looks, in order, before installing into the last one. */
    static List<Path> candidates(Map<String, String> environment, Path home, Optional<Path> checkout) {
        String folder = "opencode-" + pinnedVersion();
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(environment.get(VARIABLE)).filter(value -> !value.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        checkout.ifPresent(root -> candidates.add(root.resolve(".tools").resolve(folder).resolve(BIN)));
        candidates.add(cacheFolder(home).resolve(BIN));
        return candidates;
    }

    /** The first executable candidate, or the pinned version freshly installed under the cache folder. */
    public static Path locate(Map<String, String> environment, Path home, PrintStream console)
            throws IOException, InterruptedException {
        for (Path candidate : candidates(environment, home, checkout())) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path folder = Files.createDirectories(cacheFolder(home));
        String pkg = "opencode-ai@" + pinnedVersion();
        console.println("OpenCode " + pinnedVersion() + " not found: installing it with `npm install --prefix "
                + folder + " " + pkg + "` (once; set " + VARIABLE + " to use another binary) ...");
        Process npm = new ProcessBuilder("npm", "install", "--prefix", folder.toString(), "--no-audit",
                "--no-fund", pkg).inheritIO().start();
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IOException("npm could not install " + pkg + " into " + folder
                    + "; install Node.js with npm, or point " + VARIABLE + " at an opencode binary");
        }
        Path binary = folder.resolve(BIN);
        if (!Files.isExecutable(binary)) {
            throw new IOException("npm installed " + pkg + " but " + binary + " is not there");
        }
        return binary;
    }

    private static Path cacheFolder(Path home) {
        return home.resolve(".cache/loopwright/opencode-" + pinnedVersion());
    }

    /** This checkout, when running from {@code <checkout>/app/target/loopwright.jar} or {@code app/target/classes}. */
    private static Optional<Path> checkout() {
        try {
            Path location = Path.of(OpenCodeBinary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(location.getParent()).map(Path::getParent).map(Path::getParent);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

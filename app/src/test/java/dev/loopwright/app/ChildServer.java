package dev.loopwright.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code loopwright serve} in a JVM of its own, so a test can kill it the hard way (SIGKILL) and start it again. */
final class ChildServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Loopwright listening on (http://\\S+)");

    private final Process process;
    private final URI address;

    private ChildServer(Process process, URI address) {
        this.process = process;
        this.address = address;
    }

    static ChildServer start(Path dataDir, URI openCode) throws IOException, InterruptedException {
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", classPath, Main.class.getName(), "serve",
                "--port", "0", "--data-dir", dataDir.toString(), "--opencode-url", openCode.toString()))
                .redirectErrorStream(true).start();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread output = new Thread(() -> read(process, listening), "child-server-output");
        output.setDaemon(true);
        output.start();
        try {
            return new ChildServer(process, listening.get(120, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the child server did not start listening", e);
        }
    }

    URI address() {
        return address;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void read(Process process, CompletableFuture<URI> listening) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listening.complete(URI.create(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IllegalStateException("the child server exited"));
    }
}

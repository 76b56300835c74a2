package dev.loopwright.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code loopwright serve} in a JVM of its own, so a test can kill it the hard way (SIGKILL) and start it again. */
final class ChildServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Loopwright listening on (http://\\S+)");

    private final Process process;
    private final URI address;
    private final BlockingQueue<String> lines;

    private ChildServer(Process process, URI address, BlockingQueue<String> lines) {
        this.process = process;
        this.address = address;
        this.lines = lines;
    }

    static ChildServer start(Path dataDir, URI openCode) throws IOException, InterruptedException {
        return start(dataDir, openCode, List.of());
    }

    /** As above, with extra JVM options (system properties such as a crash-test hook). */
    static ChildServer start(Path dataDir, URI openCode, List<String> jvmOptions)
            throws IOException, InterruptedException {
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Main.class.getName(), "serve", "--port", "0", "--data-dir",
                dataDir.toString(), "--opencode-url", openCode.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread output = new Thread(() -> read(process, listening, lines), "child-server-output");
        output.setDaemon(true);
        output.start();
        try {
            return new ChildServer(process, listening.get(120, TimeUnit.SECONDS), lines);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the child server did not start listening", e);
        }
    }

    URI address() {
        return address;
    }

    /** Waits until the server printed a line containing {@code text}; false when it did not within {@code wait}. */
    boolean awaitOutput(String text, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line != null && line.contains(text)) {
                return true;
            }
        }
        return false;
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

    private static void read(Process process, CompletableFuture<URI> listening, BlockingQueue<String> seen) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.add(line);
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

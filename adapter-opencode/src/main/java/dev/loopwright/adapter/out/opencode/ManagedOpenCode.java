package dev.loopwright.adapter.out.opencode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@code opencode serve} child process on a loopback port: started and awaited until it listens, started
 * again (on the same port when it can) whenever it dies, and stopped on {@link #close()}.
 */
public final class ManagedOpenCode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedOpenCode.class);
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);

    /**
     * @param environment added to this process's environment, e.g. {@code OPENCODE_CONFIG} or XDG folders
     */
    public record Launch(Path binary, Path workingDirectory, Map<String, String> environment, Duration startTimeout) {
        public Launch {
            Objects.requireNonNull(binary, "binary");
            Objects.requireNonNull(workingDirectory, "workingDirectory");
            environment = Map.copyOf(environment);
            Objects.requireNonNull(startTimeout, "startTimeout");
        }
    }

    private final Launch launch;
    private final Thread supervisor;
    private volatile Process process;
    private volatile URI baseUri;
    private volatile boolean closing;
    private volatile CompletableFuture<Integer> nextStart = new CompletableFuture<>();
    private int starts;

    private ManagedOpenCode(Launch launch) {
        this.launch = launch;
        this.supervisor = new Thread(this::supervise, "opencode-supervisor");
        this.supervisor.setDaemon(true);
    }

    /** Starts the server and returns once it listens; fails if it does not within the launch's timeout. */
    public static ManagedOpenCode start(Launch launch) {
        ManagedOpenCode server = new ManagedOpenCode(launch);
        server.baseUri = server.spawn(0);
        server.supervisor.start();
        return server;
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The running server's process id, e.g. for a test that kills it. */
    public long pid() {
        return process.pid();
    }

    /** Waits until the server has been started {@code count} times in all (1 = the first start). */
    public boolean awaitStarts(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            CompletableFuture<Integer> waiting;
            synchronized (this) {
                if (starts >= count) {
                    return true;
                }
                waiting = nextStart;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                waiting.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                // a failed restart: keep waiting for a later one until the deadline
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        supervisor.interrupt();
        Process current = process;
        if (current == null) {
            return;
        }
        // The server runs git and other helpers as child processes; a helper left behind would go on writing
        // into the server's folders after close, so the whole tree is stopped, children after their parent.
        List<ProcessHandle> children = current.descendants().toList();
        current.destroy();
        try {
            if (!current.waitFor(5, TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.destroyForcibly();
                child.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("A child process of opencode serve did not stop in time", e);
        }
    }

    private void supervise() {
        while (!closing) {
            try {
                int exit = process.waitFor();
                if (closing) {
                    return;
                }
                LOG.warn("opencode serve exited with {}; starting it again", exit);
                // A pause so that a server that dies at once does not turn into a busy loop.
                Thread.sleep(RESTART_PAUSE.toMillis());
                baseUri = restart();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("opencode serve did not start again", e);
                CompletableFuture<Integer> failed = nextStart;
                nextStart = new CompletableFuture<>();
                failed.completeExceptionally(e);
            }
        }
    }

    /** The same port keeps clients' addresses valid; a port taken meanwhile falls back to any free one. */
    private URI restart() {
        try {
            return spawn(baseUri.getPort());
        } catch (RuntimeException samePortFailed) {
            LOG.warn("port {} is not available again, taking another", baseUri.getPort());
            return spawn(0);
        }
    }

    private URI spawn(int port) {
        List<String> command = new ArrayList<>(List.of(launch.binary().toString(), "serve", "--hostname", "127.0.0.1",
                "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(launch.environment());
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + launch.binary(), e);
        }
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread output = new Thread(() -> readOutput(started, listening), "opencode-output-" + started.pid());
        output.setDaemon(true);
        output.start();
        try {
            URI uri = listening.get(launch.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            process = started;
            synchronized (this) {
                starts++;
                CompletableFuture<Integer> done = nextStart;
                nextStart = new CompletableFuture<>();
                done.complete(starts);
            }
            return uri;
        } catch (InterruptedException e) {
            started.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting opencode serve", e);
        } catch (ExecutionException | TimeoutException e) {
            started.destroyForcibly();
            throw new IllegalStateException("opencode serve did not start listening within "
                    + launch.startTimeout().toSeconds() + " s", e);
        }
    }

    private static void readOutput(Process process, CompletableFuture<URI> listening) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (!listening.isDone() && matcher.find()) {
                    listening.complete(URI.create(matcher.group(1)));
                }
                LOG.debug("opencode[{}]: {}", process.pid(), line);
            }
        } catch (IOException e) {
            LOG.debug("opencode[{}] output closed", process.pid(), e);
        }
        listening.completeExceptionally(new IllegalStateException("opencode serve exited before listening"));
    }
}

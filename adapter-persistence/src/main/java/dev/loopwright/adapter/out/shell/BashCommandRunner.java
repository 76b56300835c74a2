package dev.loopwright.adapter.out.shell;

import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs command lines with {@code bash -c} ({@code sh -c} where bash is missing). Output goes to a file, so a chatty
 * command never blocks on a full pipe; on timeout the command and everything it started are stopped, politely first.
 */
public final class BashCommandRunner implements CommandRunner {
    /** Enough for any test report; beyond it the end is kept, since that is where failures are summed up. */
    private static final int MAX_OUTPUT_BYTES = 1_000_000;
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** Variables that would point git, run by a test script, at another repository than the working copy. */
    private static final List<String> REPOSITORY_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR");

    private final String shell;

    public BashCommandRunner() {
        this.shell = new File("/bin/bash").canExecute() ? "/bin/bash" : "/bin/sh";
    }

    @Override
    public CommandResult run(CommandRequest request) throws InterruptedException {
        long started = System.nanoTime();
        Path output = null;
        try {
            output = Files.createTempFile("loopwright-command-", ".out");
            ProcessBuilder builder = new ProcessBuilder(shell, "-c", request.command())
                    .directory(request.workingDirectory().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> environment = builder.environment();
            REPOSITORY_VARIABLES.forEach(environment::remove);
            environment.putAll(request.environment());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return new CommandResult(request.command(), OptionalInt.empty(), false,
                        "could not start: " + e.getMessage(), false, elapsed(started));
            }
            boolean finished = waitFor(process, request.timeout());
            if (!finished) {
                stop(process);
            }
            Tail tail = readTail(output);
            return new CommandResult(request.command(), finished ? OptionalInt.of(process.exitValue())
                    : OptionalInt.empty(), !finished, tail.text(), tail.truncated(), elapsed(started));
        } catch (IOException e) {
            return new CommandResult(request.command(), OptionalInt.empty(), false,
                    "could not capture the output: " + e.getMessage(), false, elapsed(started));
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /** Waits for the end; when interrupted, the command is stopped before the interruption goes on. */
    private static boolean waitFor(Process process, Duration timeout) throws InterruptedException {
        try {
            if (timeout.isZero()) {
                process.waitFor();
                return true;
            }
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stop(process);
            throw e;
        }
    }

    /** SIGTERM to the command and its descendants, SIGKILL to whatever is left after the grace period. */
    private static void stop(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // The descendants are not our children: they die on their own schedule. Wait for them (bounded), so a
        // stopped command has really stopped when run returns, and kill whatever ignored SIGTERM.
        awaitExit(tree);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree);
    }

    private static void awaitExit(List<ProcessHandle> tree) {
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // Still running after the grace period: the caller kills it.
            }
        }
    }

    private record Tail(String text, boolean truncated) {
    }

    private static Tail readTail(Path output) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(output.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - MAX_OUTPUT_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            return new Tail(new String(bytes, StandardCharsets.UTF_8), start > 0);
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}

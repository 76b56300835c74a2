package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command for the few steps JGit cannot do like git does (creating linked worktrees, pushing
 * with the user's credentials). Never prompts, never inherits a repository location from our own environment.
 */
final class GitCli {
    /** Variables that would point git at another repository than the folder we name with {@code -C}. */
    private static final List<String> REPOSITORY_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE",
            "GIT_CEILING_DIRECTORIES", "GIT_PREFIX");

    private final String executable;

    GitCli(String executable) {
        this.executable = executable;
    }

    /** What one git run printed and how it ended. */
    record Outcome(List<String> command, int exitCode, String stdout, String stderr) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** The error text for a message: stderr, else stdout, trimmed. */
        String diagnostics() {
            String text = stderr.isBlank() ? stdout : stderr;
            return text.strip();
        }
    }

    /** Runs {@code git -C <folder> <arguments>} and returns however it ended; throws only if it could not run. */
    Outcome run(Path folder, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable, "-C", folder.toString()));
        command.addAll(List.of(arguments));
        Path stdout = null;
        Path stderr = null;
        try {
            // Output goes to files, so a chatty command can never block on a full pipe.
            stdout = Files.createTempFile("loopwright-git-", ".out");
            stderr = Files.createTempFile("loopwright-git-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            Map<String, String> environment = builder.environment();
            REPOSITORY_VARIABLES.forEach(environment::remove);
            environment.put("GIT_TERMINAL_PROMPT", "0");
            environment.put("GCM_INTERACTIVE", "never");
            // Untranslated messages, so the summaries we match and show are the same everywhere.
            environment.put("LC_ALL", "C");
            Process process = startOrExplain(builder);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new GitWorkspaceException(describe(command) + " did not finish within " + timeout.toSeconds()
                        + " s and was stopped");
            }
            return new Outcome(List.copyOf(command), process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitWorkspaceException("Could not run " + describe(command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitWorkspaceException("Interrupted while running " + describe(command), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** Like {@link #run}, but a non-zero exit is a failure described with {@code what} and git's own message. */
    Outcome runOrThrow(Path folder, Duration timeout, String what, String... arguments) {
        Outcome outcome = run(folder, timeout, arguments);
        if (!outcome.succeeded()) {
            throw new GitWorkspaceException(what + " failed (" + describe(outcome.command()) + ", exit "
                    + outcome.exitCode() + "): " + outcome.diagnostics());
        }
        return outcome;
    }

    private Process startOrExplain(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new GitWorkspaceException("The git command '" + executable + "' could not be started; Loopwright "
                    + "needs git installed to create ticket working copies and to push: " + e.getMessage(), e);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String describe(List<String> command) {
        return "'" + String.join(" ", command) + "'";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temp file is harmless.
            }
        }
    }
}

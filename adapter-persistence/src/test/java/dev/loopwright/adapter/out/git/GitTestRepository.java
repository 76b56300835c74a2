package dev.loopwright.adapter.out.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real repository in a temp folder, set up and inspected with the plain git command, which serves as the
 * independent witness of what JGitWorkspace did.
 */
final class GitTestRepository {
    final Path root;

    private GitTestRepository(Path root) {
        this.root = root;
    }

    /** A repository on branch {@code main} with a few committed files and its own identity (CI has none). */
    static GitTestRepository create(Path folder) {
        try {
            Files.createDirectories(folder);
            git(folder, "init", "-q", "-b", "main");
            configure(folder);
            GitTestRepository repository = new GitTestRepository(folder.toRealPath());
            repository.write("README.md", "# Shop\n\nA small shop.\n");
            repository.write("src/Basket.java", "class Basket {\n    int size() {\n        return 0;\n    }\n}\n");
            repository.write("src/Price.java", "class Price {\n    long cents;\n}\n");
            repository.write("docs/notes.txt", "first line\nsecond line\nthird line\nfourth line\n");
            repository.write(".gitignore", "build/\nnode_modules/\n*.log\n");
            repository.git("add", "-A");
            repository.git("commit", "-q", "-m", "Initial commit");
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identity and no signing, so commits work the same on a clean CI machine. */
    static void configure(Path folder) {
        git(folder, "config", "user.name", "Test User");
        git(folder, "config", "user.email", "test@example.com");
        git(folder, "config", "commit.gpgsign", "false");
    }

    String git(String... arguments) {
        return git(root, arguments);
    }

    /** Runs git in {@code folder}, insisting on success, and returns its output. */
    static String git(Path folder, String... arguments) {
        Result result = tryGit(folder, arguments);
        assertThat(result.exitCode()).as("git %s in %s failed: %s", String.join(" ", arguments), folder, result.stderr())
                .isZero();
        return result.stdout();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    static Result tryGit(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile("git-test", ".out");
            Path err = Files.createTempFile("git-test", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("git %s finished", command).isTrue();
            Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void write(String path, String content) {
        write(root, path, content);
    }

    static void write(Path folder, String path, String content) {
        try {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in {@code folder} with the git command and returns the new commit's hash. */
    static String commitAll(Path folder, String message) {
        git(folder, "add", "-A");
        git(folder, "commit", "-q", "-m", message);
        return git(folder, "rev-parse", "HEAD").strip();
    }

    String head() {
        return git("rev-parse", "HEAD").strip();
    }

    /**
     * A hash of every byte of the user's checkout: each file (git's own folder and Loopwright's excluded), the index,
     * and HEAD. Equal fingerprints mean nothing the user sees was touched. (Never run {@code git status} in the
     * checkout between two fingerprints: it refreshes the index.)
     */
    Map<String, String> checkoutFingerprint() {
        return fingerprint(root);
    }

    /** {@link #checkoutFingerprint()} of any checkout, a linked worktree too (its index lives in the main .git). */
    static Map<String, String> fingerprint(Path checkout) {
        Map<String, String> fingerprint = new TreeMap<>();
        try (Stream<Path> files = Files.walk(checkout)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !checkout.relativize(file).startsWith(".git"))
                    .filter(file -> !checkout.relativize(file).startsWith(".loopwright"))
                    .forEach(file -> fingerprint.put(checkout.relativize(file).toString(), sha256(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String gitFile : List.of("index", "HEAD")) {
            Path path = checkout.resolve(git(checkout, "rev-parse", "--git-path", gitFile).strip());
            fingerprint.put(".git/" + gitFile, sha256(path));
        }
        return fingerprint;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our status in the exact form of {@code git status --porcelain=v1 --untracked-files=all}. */
    static List<String> porcelain(WorkingCopyStatus status) {
        List<String> lines = new ArrayList<>();
        for (FileChange change : status.changes()) {
            String columns = "" + change.staged().porcelainCode() + change.unstaged().porcelainCode();
            String path = change.staged() == ChangeKind.RENAMED
                    ? change.originalPath().orElseThrow() + " -> " + change.path() : change.path();
            lines.add(columns + " " + path);
        }
        return lines;
    }

    /** git's own porcelain status of {@code folder}, in git's order. */
    static List<String> gitPorcelain(Path folder) {
        return git(folder, "status", "--porcelain=v1", "--untracked-files=all").lines().toList();
    }
}

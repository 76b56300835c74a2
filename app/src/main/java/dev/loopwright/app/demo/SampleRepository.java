package dev.loopwright.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The demo's sample repository: a tiny Java basket (JDK only) whose tests are plain classes with a {@code main} that
 * exit non-zero on failure, run by {@code test.sh} with {@code javac}. One test fails at the start: the total ignores
 * quantities.
 */
public final class SampleRepository {
    private SampleRepository() {
    }

    /** Creates the repository in {@code folder} (made if missing) with one commit on {@link DemoScenario#BASE_BRANCH}. */
    public static Path create(Path folder) throws IOException {
        Path repo = Files.createDirectories(folder);
        Files.createDirectories(repo.resolve("src"));
        Files.createDirectories(repo.resolve("test"));
        Files.writeString(repo.resolve("src/Basket.java"), DemoResources.text("sample/Basket.java.txt"));
        Files.writeString(repo.resolve("test/BasketTest.java"), DemoResources.text("sample/BasketTest.java.txt"));
        Files.writeString(repo.resolve("test.sh"), DemoResources.text("sample/test.sh"));
        Files.writeString(repo.resolve("README.md"), DemoResources.text("sample/README.md"));
        Files.writeString(repo.resolve(".gitignore"), DemoResources.text("sample/gitignore"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch(DemoScenario.BASE_BRANCH).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A basket whose total ignores quantities").setAuthor("Demo", "demo@example.com")
                    .setCommitter("Demo", "demo@example.com").setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("could not create the sample repository: " + e.getMessage(), e);
        }
        return repo.toRealPath();
    }

    /** The commit the base branch points at. */
    public static ObjectId head(Path repo) throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("refs/heads/" + DemoScenario.BASE_BRANCH);
        }
    }

    /** A fresh clone of the base branch into {@code folder}, to run the tests on exactly what was merged. */
    public static Path cloneBase(Path repo, Path folder) throws IOException {
        try (Git clone = Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(folder.toFile())
                .setBranch(DemoScenario.BASE_BRANCH).call()) {
            return clone.getRepository().getWorkTree().toPath();
        } catch (GitAPIException e) {
            throw new IOException("could not clone " + repo + ": " + e.getMessage(), e);
        }
    }
}

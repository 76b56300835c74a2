package dev.loopwright.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Whether the user's checkout stayed untouched until the merge: the base branch still at the start commit and no
 * change in the working tree (the ticket worked in its own worktree). Each front door looks just before it merges.
 */
public final class CheckoutWatch {
    private final Path repo;
    private final ObjectId start;
    private volatile Boolean untouched;

    public CheckoutWatch(Path repo) throws IOException {
        this.repo = repo;
        this.start = SampleRepository.head(repo);
    }

    public ObjectId startCommit() {
        return start;
    }

    /** Looks now; call right before the merge. */
    public void lookBeforeMerge() throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            untouched = start.equals(git.getRepository().resolve("refs/heads/" + DemoScenario.BASE_BRANCH))
                    && git.status().call().isClean();
        } catch (GitAPIException e) {
            throw new IOException("could not read the status of " + repo + ": " + e.getMessage(), e);
        }
    }

    /** True when the checkout was untouched right before the merge; false also when nobody looked. */
    public boolean untouchedBeforeMerge() {
        return Boolean.TRUE.equals(untouched);
    }
}

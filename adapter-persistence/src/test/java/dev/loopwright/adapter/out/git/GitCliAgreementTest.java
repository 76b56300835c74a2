package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.SquashResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole ticket's git life through the port, checked step by step with the plain git command: both must agree on
 * worktrees, status and history, and the user's checkout must not change by a single byte.
 */
class GitCliAgreementTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();

    @Test
    void gitAndJGitAgreeThroughATicketsWholeLifeAndTheUsersCheckoutNeverChanges() throws Exception {
        GitTestRepository repo = GitTestRepository.create(temp.resolve("shop"));
        repo.write("src/Basket.java", "class Basket { /* the user's own work in progress */ }\n");
        repo.write("notes-to-self.txt", "untracked, the user's\n");
        Map<String, String> userCheckout = repo.checkoutFingerprint();

        TicketWorkspace workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        Path copy = workspace.workingCopy();
        CommitId base = workspaces.headCommit(workspace);
        assertThat(worktreeList(repo)).containsExactly(repo.root + " main", copy + " SHOP-12");

        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        GitTestRepository.write(copy, "src/Price.java", "class Price { long cents; String currency; }\n");
        Files.delete(copy.resolve("docs/notes.txt"));
        assertThat(GitTestRepository.porcelain(workspaces.status(workspace)))
                .containsExactlyInAnyOrderElementsOf(GitTestRepository.gitPorcelain(copy));

        CommitId bead1 = ((CommitResult.Committed) workspaces.commitPaths(workspace,
                List.of("src/Coupon.java", "docs/notes.txt"), "bead(1): coupons")).commit();
        CommitId bead2 = ((CommitResult.Committed) workspaces.commitPaths(workspace, List.of("src/Price.java"),
                "bead(2): currency")).commit();
        assertThat(gitLog(copy)).containsExactly(bead2.value(), bead1.value(), base.value());
        assertThat(gitLog(copy)).isEqualTo(jgitLog(copy));
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
        assertThat(workspaces.status(workspace).isClean()).isTrue();

        SquashResult.Squashed squashed = (SquashResult.Squashed) workspaces.squashSinceBase(workspace, "SHOP-12: Coupons");
        assertThat(gitLog(copy)).containsExactly(squashed.commit().value(), base.value());
        assertThat(gitLog(copy)).isEqualTo(jgitLog(copy));
        assertThat(git(copy, "rev-parse", "--abbrev-ref", "HEAD").strip()).isEqualTo("SHOP-12");
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(squashed.commit().value());
        git(repo.root, "fsck", "--strict", "--no-progress");

        workspaces.removeTicketWorkspace(workspace, false);
        assertThat(worktreeList(repo)).containsExactly(repo.root + " main");

        assertThat(repo.checkoutFingerprint()).isEqualTo(userCheckout);
        assertThat(repo.git("rev-parse", "main").strip()).isEqualTo(base.value());
    }

    /** {@code git worktree list --porcelain} as "path branch" lines. */
    private static List<String> worktreeList(GitTestRepository repo) {
        List<String> worktrees = new ArrayList<>();
        String path = null;
        for (String line : repo.git("worktree", "list", "--porcelain").lines().toList()) {
            if (line.startsWith("worktree ")) {
                path = line.substring("worktree ".length());
            } else if (line.startsWith("branch refs/heads/")) {
                worktrees.add(path + " " + line.substring("branch refs/heads/".length()));
            }
        }
        return worktrees;
    }

    private static List<String> gitLog(Path folder) {
        return git(folder, "log", "--format=%H").lines().toList();
    }

    private static List<String> jgitLog(Path folder) throws Exception {
        List<String> log = new ArrayList<>();
        try (Git git = Git.open(folder.toFile())) {
            for (RevCommit commit : git.log().call()) {
                log.add(commit.name());
            }
        }
        return log;
    }
}

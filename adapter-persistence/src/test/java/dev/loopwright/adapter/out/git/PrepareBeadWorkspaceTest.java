package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareBeadWorkspaceTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace ticket;
    private CommitId start;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        ticket = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        GitTestRepository.write(ticket.workingCopy(), "src/Coupon.java", "class Coupon {}\n");
        start = new CommitId(GitTestRepository.commitAll(ticket.workingCopy(), "Add coupons"));
        // The ticket moves on after the bead's start: the bead must fork at start, not at the ticket's head.
        GitTestRepository.write(ticket.workingCopy(), "src/Later.java", "class Later {}\n");
        GitTestRepository.commitAll(ticket.workingCopy(), "Later work");
    }

    @Test
    void createsALinkedWorktreeOnTheBeadBranchAtStartWhoseBaseIsTheTicketBranch() {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);

        Path expected = repo.root.resolve(".loopwright/worktrees/SHOP-12--bead-3");
        assertThat(bead).isEqualTo(new TicketWorkspace(repo.root, expected, "SHOP-12--bead-3", "SHOP-12"));
        assertThat(workspaces.workingCopyOf(repo.root, "SHOP-12--bead-3")).isEqualTo(expected);
        assertThat(git(expected, "rev-parse", "--abbrev-ref", "HEAD").strip()).isEqualTo("SHOP-12--bead-3");
        assertThat(git(expected, "rev-parse", "HEAD").strip()).isEqualTo(start.value());
        assertThat(expected.resolve("src/Coupon.java")).exists();
        assertThat(expected.resolve("src/Later.java")).doesNotExist();
        assertThat(repo.git("worktree", "list", "--porcelain")).contains("worktree " + expected + "\nHEAD "
                + start.value() + "\nbranch refs/heads/SHOP-12--bead-3\n");
        assertThat(repo.git("config", "branch.SHOP-12--bead-3.loopwrightBase").strip()).isEqualTo("SHOP-12");
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12--bead-3")).contains(bead);
        assertThat(GitTestRepository.gitPorcelain(expected)).isEmpty();
    }

    @Test
    void preparingAgainReturnsTheSameWorkspaceWithItsCommitsWhereverItsBranchIs() {
        TicketWorkspace first = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        GitTestRepository.write(first.workingCopy(), "src/Discount.java", "class Discount {}\n");
        String beadCommit = GitTestRepository.commitAll(first.workingCopy(), "Add discounts");

        TicketWorkspace second = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);

        assertThat(second).isEqualTo(first);
        assertThat(workspaces.headCommit(second).value()).isEqualTo(beadCommit);
        assertThat(second.workingCopy().resolve("src/Discount.java")).exists();
        assertThat(repo.git("worktree", "list").lines()).hasSize(3);
    }

    @Test
    void aCreationInterruptedHalfWayIsRedone() throws Exception {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        // What git leaves when killed during 'worktree add': the lock it writes first, an incomplete checkout.
        Files.writeString(repo.root.resolve(".git/worktrees/SHOP-12--bead-3/locked"), "initializing\n");
        Files.delete(bead.workingCopy().resolve("README.md"));

        assertThat(workspaces.prepareBeadWorkspace(ticket, "bead-3", start)).isEqualTo(bead);

        assertThat(bead.workingCopy().resolve("README.md")).exists();
        assertThat(repo.root.resolve(".git/worktrees/SHOP-12--bead-3/locked")).doesNotExist();
        assertThat(workspaces.headCommit(bead)).isEqualTo(start);
        assertThat(workspaces.status(bead).isClean()).isTrue();
    }

    @Test
    void copiesWhatGitIgnoresInTheTicketsWorkingCopyButNeitherUntrackedFilesNorTheTicketFolder() throws Exception {
        Path from = ticket.workingCopy();
        GitTestRepository.write(from, "node_modules/pkg/index.js", "module.exports = 1;\n");
        GitTestRepository.write(from, "build/run.sh", "#!/bin/sh\necho run\n");
        Files.setPosixFilePermissions(from.resolve("build/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
        GitTestRepository.write(from, "app.log", "started\n");
        GitTestRepository.write(from, "src/logs/debug.log", "debugging\n");
        GitTestRepository.write(from, "scratch.txt", "not ignored, so a bead would commit it\n");
        GitTestRepository.write(from, ".ticket/notes.md", "the ticket's own\n");

        Path copy = workspaces.prepareBeadWorkspace(ticket, "bead-3", start).workingCopy();

        assertThat(GitTestRepository.read(copy.resolve("node_modules/pkg/index.js"))).isEqualTo("module.exports = 1;\n");
        assertThat(GitTestRepository.read(copy.resolve("build/run.sh"))).isEqualTo("#!/bin/sh\necho run\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("build/run.sh"))))
                .isEqualTo("rwxr-x---");
        assertThat(GitTestRepository.read(copy.resolve("app.log"))).isEqualTo("started\n");
        assertThat(GitTestRepository.read(copy.resolve("src/logs/debug.log"))).isEqualTo("debugging\n");
        assertThat(copy.resolve("scratch.txt")).doesNotExist();
        assertThat(copy.resolve(".ticket")).doesNotExist();
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
        assertThat(git(copy, "status", "--porcelain", "--ignored").lines())
                .containsExactlyInAnyOrder("!! app.log", "!! build/", "!! node_modules/", "!! src/logs/");
    }

    @Test
    void copiesLinksAsLinksWithoutFollowingThem() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        GitTestRepository.write(outside, "secret.txt", "not the working copy's\n");
        Path from = ticket.workingCopy();
        GitTestRepository.write(from, "node_modules/pkg/cli.js", "run();\n");
        Files.createDirectories(from.resolve("node_modules/.bin"));
        Files.createSymbolicLink(from.resolve("node_modules/.bin/pkg"), Path.of("../pkg/cli.js"));
        Files.createSymbolicLink(from.resolve("node_modules/shared"), outside);

        Path copy = workspaces.prepareBeadWorkspace(ticket, "bead-3", start).workingCopy();

        assertThat(Files.isSymbolicLink(copy.resolve("node_modules/.bin/pkg"))).isTrue();
        assertThat(Files.readSymbolicLink(copy.resolve("node_modules/.bin/pkg"))).isEqualTo(Path.of("../pkg/cli.js"));
        assertThat(GitTestRepository.read(copy.resolve("node_modules/.bin/pkg"))).isEqualTo("run();\n");
        assertThat(Files.isSymbolicLink(copy.resolve("node_modules/shared"))).isTrue();
        assertThat(Files.readSymbolicLink(copy.resolve("node_modules/shared"))).isEqualTo(outside);
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
    }

    @Test
    void preparingAgainNeverOverwritesWhatTheBeadChanged() throws Exception {
        GitTestRepository.write(ticket.workingCopy(), "node_modules/pkg/index.js", "version 1\n");
        Path copy = workspaces.prepareBeadWorkspace(ticket, "bead-3", start).workingCopy();
        GitTestRepository.write(copy, "node_modules/pkg/index.js", "patched by the bead\n");
        GitTestRepository.write(ticket.workingCopy(), "node_modules/pkg/index.js", "version 2\n");
        GitTestRepository.write(ticket.workingCopy(), "node_modules/pkg/later.js", "installed later\n");

        workspaces.prepareBeadWorkspace(ticket, "bead-3", start);

        assertThat(GitTestRepository.read(copy.resolve("node_modules/pkg/index.js"))).isEqualTo("patched by the bead\n");
        // An existing working copy is returned as it is: nothing is copied into it again.
        assertThat(copy.resolve("node_modules/pkg/later.js")).doesNotExist();
    }

    @Test
    void aCopyCutShortIsCompletedWithoutOverwritingWhatIsThere() throws Exception {
        GitTestRepository.write(ticket.workingCopy(), "node_modules/a.js", "a\n");
        GitTestRepository.write(ticket.workingCopy(), "node_modules/b.js", "b\n");
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        // A crash during the copy: the worktree is complete, one file is copied, the marker is not written yet.
        Files.delete(repo.root.resolve(".git/worktrees/SHOP-12--bead-3").resolve(IgnoredFilesCopier.MARKER));
        Files.delete(bead.workingCopy().resolve("node_modules/b.js"));
        GitTestRepository.write(ticket.workingCopy(), "node_modules/a.js", "a, reinstalled\n");

        workspaces.prepareBeadWorkspace(ticket, "bead-3", start);

        assertThat(GitTestRepository.read(bead.workingCopy().resolve("node_modules/a.js"))).isEqualTo("a\n");
        assertThat(GitTestRepository.read(bead.workingCopy().resolve("node_modules/b.js"))).isEqualTo("b\n");
        assertThat(repo.root.resolve(".git/worktrees/SHOP-12--bead-3").resolve(IgnoredFilesCopier.MARKER)).exists();
    }

    @Test
    void aTrackedFileOfTheBeadIsNeverReplacedByAnIgnoredOneOfTheTicket() {
        // At start the bead tracks debug.log (added by force); the ticket untracked it later but keeps it on disk.
        Path from = ticket.workingCopy();
        GitTestRepository.write(from, "debug.log", "tracked at start\n");
        git(from, "add", "-f", "debug.log");
        git(from, "commit", "-q", "-m", "Track the debug log");
        CommitId tracked = new CommitId(git(from, "rev-parse", "HEAD").strip());
        git(from, "rm", "-q", "--cached", "debug.log");
        git(from, "commit", "-q", "-m", "Untrack the debug log");
        GitTestRepository.write(from, "debug.log", "ignored in the ticket\n");

        Path copy = workspaces.prepareBeadWorkspace(ticket, "bead-3", tracked).workingCopy();

        assertThat(GitTestRepository.read(copy.resolve("debug.log"))).isEqualTo("tracked at start\n");
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
    }

    @Test
    void aTrackedLinkOfTheBeadIsNeverFollowedOutOfItsWorkingCopy() throws Exception {
        // At start the bead tracks vendor as a link to a folder elsewhere; the ticket has a real vendor/ folder.
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path from = ticket.workingCopy();
        Files.createSymbolicLink(from.resolve("vendor"), outside);
        CommitId linked = new CommitId(GitTestRepository.commitAll(from, "Link vendor"));
        git(from, "rm", "-q", "vendor");
        git(from, "commit", "-q", "-m", "Unlink vendor");
        GitTestRepository.write(from, "vendor/lib/install.log", "installed\n");

        Path copy = workspaces.prepareBeadWorkspace(ticket, "bead-3", linked).workingCopy();

        assertThat(Files.isSymbolicLink(copy.resolve("vendor"))).isTrue();
        try (var written = Files.list(outside)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void removingTheBeadWorkspaceDeletesItsBranchButNeverTheTicketBranch() {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        String ticketHead = workspaces.headCommit(ticket).value();

        workspaces.removeTicketWorkspace(bead, true);

        assertThat(bead.workingCopy()).doesNotExist();
        assertThat(repo.git("worktree", "list", "--porcelain")).doesNotContain("bead-3");
        assertThat(repo.git("branch", "--list", "SHOP-12--bead-3")).isEmpty();
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12--bead-3")).isEmpty();
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(ticketHead);
        assertThat(ticket.workingCopy().resolve("src/Later.java")).exists();
    }

    @Test
    void beadsPreparedAtTheSameMomentAllGetTheirWorkingCopies() throws Exception {
        // Several rounds: without the repository lock, two writers of the shared git config collide in some of them.
        int rounds = 4;
        int beads = 6;
        ExecutorService threads = Executors.newFixedThreadPool(beads);
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(beads);
                List<Future<TicketWorkspace>> prepared = new ArrayList<>();
                for (int i = 1; i <= beads; i++) {
                    String name = "bead-" + (round * beads + i);
                    prepared.add(threads.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return workspaces.prepareBeadWorkspace(ticket, name, start);
                    }));
                }
                for (Future<TicketWorkspace> bead : prepared) {
                    assertThat(bead.get(60, TimeUnit.SECONDS).workingCopy().resolve("src/Coupon.java")).exists();
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(repo.git("worktree", "list").lines()).hasSize(2 + rounds * beads);
    }

    @Test
    void removingTheTicketsWorkingCopyRemovesItsBeadWorkingCopiesButNoOtherTickets() {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-1", start);
        TicketWorkspace other = workspaces.prepareTicketWorkspace(repo.root, "SHOP-120");
        TicketWorkspace othersBead = workspaces.prepareBeadWorkspace(other, "bead-1",
                workspaces.headCommit(other));

        workspaces.removeTicketWorkspace(ticket, true);

        assertThat(bead.workingCopy()).doesNotExist();
        assertThat(ticket.workingCopy()).doesNotExist();
        assertThat(repo.git("branch", "--list", "--format=%(refname:short)", "SHOP-12*").lines())
                .containsExactly("SHOP-120", "SHOP-120--bead-1");
        assertThat(othersBead.workingCopy()).exists();
    }

    @Test
    void refusesANameThatIsNotOneSafeSegment() {
        for (String name : List.of("", "a/b", "../x", "x.lock", "a..b", "a b")) {
            assertThatThrownBy(() -> workspaces.prepareBeadWorkspace(ticket, name, start)).as(name)
                    .isInstanceOf(GitWorkspaceException.class);
        }
        assertThat(repo.git("worktree", "list").lines()).hasSize(2);
    }

    @Test
    void refusesAStartThatIsNoCommitOfTheRepository() {
        CommitId unknown = new CommitId("0123456789abcdef0123456789abcdef01234567");

        assertThatThrownBy(() -> workspaces.prepareBeadWorkspace(ticket, "bead-3", unknown))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("No commit");
        assertThat(repo.git("branch", "--list", "SHOP-12--bead-3")).isEmpty();
    }
}

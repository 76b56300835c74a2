package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.app.demo.DemoScenario;
import dev.loopwright.app.demo.SampleRepository;
import dev.loopwright.app.demo.SampleTests;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/** What every front door's end-to-end run must end in; shared by the HTTP, CLI and embedding tests. */
final class LifecycleAssertions {
    private LifecycleAssertions() {
    }

    /**
     * The ticket is COMPLETED; the base branch got exactly one (squashed) commit on top of the start commit, whose tests
     * pass with the plain command in a fresh clone; the flaky bead shows iteration 2 with a failed-iteration note; the
     * user's checkout was untouched until the merge.
     */
    static void assertDelivered(Path repo, ObjectId start, JsonNode ticket, boolean untouchedBeforeMerge, Path scratch)
            throws Exception {
        assertThat(ticket.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(untouchedBeforeMerge).as("the user's checkout had no changes before the merge").isTrue();
        try (Git git = Git.open(repo.toFile())) {
            ObjectId head = git.getRepository().resolve("refs/heads/" + DemoScenario.BASE_BRANCH);
            assertThat(head).as("the base branch moved").isNotEqualTo(start);
            RevCommit merged = git.getRepository().parseCommit(head);
            assertThat(merged.getParentCount()).as("one squashed commit, not a merge commit").isEqualTo(1);
            assertThat(merged.getParent(0).getId()).as("right on top of the start commit").isEqualTo(start);
        }
        SampleTests.Outcome tests = SampleTests.run(SampleRepository.cloneBase(repo, scratch));
        assertThat(tests.passed()).as(tests.output()).isTrue();
        assertThat(tests.output()).contains("BasketTest passed", "ItemCountTest passed", "FreeDeliveryTest passed");
        JsonNode runtime = ticket.get("runtime");
        assertThat(runtime.get("finalTestStatus").asText()).as("the runtime view: " + runtime).isEqualTo("passed");
        assertThat(runtime.get("deliveryMode").asText()).isEqualTo("local");
        assertThat(runtime.get("completionDisposition").asText()).isEqualTo("merged");
        try (Git git = Git.open(repo.toFile())) {
            assertThat(runtime.get("candidateCommitSha").asText()).as("the squashed commit that was merged")
                    .isEqualTo(git.getRepository().resolve("refs/heads/" + DemoScenario.BASE_BRANCH).name());
        }
        JsonNode flaky = null;
        for (JsonNode bead : ticket.get("runtime").get("beads")) {
            if (bead.get("id").asText().equals(DemoScenario.FLAKY_BEAD)) {
                flaky = bead;
            }
        }
        assertThat(flaky).as("the runtime view shows " + DemoScenario.FLAKY_BEAD + ": " + ticket).isNotNull();
        assertThat(flaky.get("iteration").asInt()).isEqualTo(2);
        assertThat(flaky.get("failedIterationNotes")).as("a failed-iteration note").isNotEmpty();
        assertThat(flaky.get("failedIterationNotes").get(0).get("content").asText()).contains("ItemCountTest");
    }
}

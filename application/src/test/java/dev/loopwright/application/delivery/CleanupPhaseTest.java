package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupPhaseTest {
    private static final TicketStatus PHASE = TicketStatus.CLEANING_ENV;

    @TempDir
    Path temp;

    private DeliveryFixture f;

    @BeforeEach
    void aFinishedTicket() {
        f = new DeliveryFixture(temp);
        f.at(PHASE);
    }

    @Test
    void removesTheRuntimeScratchAndKeepsTheWorkingCopy() throws Exception {
        Path runtime = Files.createDirectories(f.workingCopy.resolve(".ticket/runtime/execution-setup/cache"));
        Files.writeString(runtime.resolve("blob"), "cached");
        Files.writeString(f.workingCopy.resolve("Basket.java"), "class Basket {}");
        Files.writeString(f.workingCopy.resolve(".ticket/notes.md"), "kept");

        assertThat(f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.CLEANUP_DONE));

        assertThat(f.workingCopy.resolve(".ticket/runtime")).doesNotExist();
        assertThat(f.workingCopy.resolve("Basket.java")).exists();
        assertThat(f.workingCopy.resolve(".ticket/notes.md")).exists();
        JsonNode report = f.artifact(DeliveryArtifacts.CLEANUP_REPORT);
        assertThat(report.path("status").asText()).isEqualTo("clean");
        assertThat(report.path("removed").get(0).asText()).isEqualTo(".ticket/runtime");
    }

    @Test
    void runningAgainFindsNothingToRemoveAndIsStillClean() throws Exception {
        f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.CLEANUP_DONE));
        assertThat(f.artifact(DeliveryArtifacts.CLEANUP_REPORT).path("removed")).isEmpty();
    }

    @Test
    void aMissingWorkingCopyIsAWarningNotAFailure() throws Exception {
        Files.delete(f.workingCopy);

        assertThat(f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.CLEANUP_DONE));
        assertThat(f.artifact(DeliveryArtifacts.CLEANUP_REPORT).path("status").asText()).isEqualTo("warning");
    }
}

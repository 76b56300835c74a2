package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.execution.PreservedSession;
import dev.loopwright.application.port.out.execution.SuccessCheckpoint;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The durable bead execution state: what a restarted CODING phase resumes from must come back exactly. */
public abstract class BeadExecutionRepositoryContract extends RepositoryContract {
    private static final String START = "0123456789abcdef0123456789abcdef01234567";
    private Ticket ticket;
    private BeadPlan plan;

    /** The bead execution repository of the store {@link #openRepositories()} opened last. */
    protected abstract BeadExecutionRepository beadExecutions();

    @BeforeEach
    void aTicketWithAPlan() {
        ticket = ticket(project("SHOP"), 1, T0);
        plan = BeadsJsonl.read(ApprovedBeadsFixture.jsonl(ApprovedBeadsFixture.bead("SHOP-1", "B1", 1),
                ApprovedBeadsFixture.bead("SHOP-1", "B2", 2, "B1")), ticket.externalId());
    }

    @Test
    void nothingIsStoredBeforeSeeding() {
        assertThat(beadExecutions().find(ticket.id())).isEmpty();
    }

    @Test
    void aStateWithProgressNotesCheckpointAndKeptSessionComesBackEqual() {
        Bead b1 = plan.bead("B1").orElseThrow();
        Bead progressed = new Bead(b1.id(), b1.title(), b1.prdRefs(), b1.description(), b1.contextGuidance(),
                b1.acceptanceCriteria(), b1.tests(), b1.testCommands(), b1.priority(), BeadStatus.IN_PROGRESS,
                b1.issueType(), b1.externalRef(), b1.labels(), b1.dependencies(), b1.targetFiles(),
                List.of(new BeadNote(at(5), 1, "Iteration 1 failed: tests", Optional.empty())),
                List.of(new BeadNote(at(6), 2, "use util.js", Optional.empty())),
                List.of(new BeadNote(at(7), 2, "commit refused", Optional.of("BEAD_FINALIZATION_FAILED"))), 2,
                b1.createdAt(), Optional.of(at(8)), Optional.of(at(4)), Optional.empty(), Optional.of(START));
        BeadExecutionState state = BeadExecutionState.seeded(plan).with(progressed)
                .withCheckpoint(new SuccessCheckpoint("B1", 2, START, at(9)))
                .withPreserved(Optional.of(new PreservedSession("B1", 2, "ses_9")));

        beadExecutions().save(ticket.id(), state);

        assertThat(beadExecutions().find(ticket.id())).contains(state);
    }

    @Test
    void savingAgainReplacesAndDeletingForgetsOnlyThatTicket() {
        Ticket other = ticket(project("CART"), 1, T0);
        BeadPlan otherPlan = BeadsJsonl.read(ApprovedBeadsFixture.jsonl(ApprovedBeadsFixture.bead("CART-1", "C1", 1)),
                other.externalId());
        beadExecutions().save(ticket.id(), BeadExecutionState.seeded(plan));
        beadExecutions().save(other.id(), BeadExecutionState.seeded(otherPlan));
        BeadExecutionState changed = BeadExecutionState.seeded(plan)
                .withCheckpoint(new SuccessCheckpoint("B2", 1, START, at(3)));
        beadExecutions().save(ticket.id(), changed);

        assertThat(beadExecutions().find(ticket.id())).contains(changed);
        assertThat(beadExecutions().delete(ticket.id())).isEqualTo(1);
        assertThat(beadExecutions().delete(ticket.id())).isZero();
        assertThat(beadExecutions().find(ticket.id())).isEmpty();
        assertThat(beadExecutions().find(other.id())).contains(BeadExecutionState.seeded(otherPlan));
    }
}

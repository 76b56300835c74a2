package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class PhaseAttemptRepositoryContract extends RepositoryContract {
    private Ticket ticket;

    @BeforeEach
    void aTicket() {
        ticket = ticket(project("SHOP"), 1, T0);
    }

    @Test
    void thereIsNoAttemptUntilOneIsSaved() {
        assertThat(repositories.attempts().findActive(ticket.id(), TicketStatus.DRAFTING_PRD)).isEmpty();
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.DRAFTING_PRD)).isEmpty();
    }

    @Test
    void archivingAndStartingAnewKeepsTheHistoryInOrder() {
        PhaseAttempt first = PhaseAttempt.first(ticket.id(), TicketStatus.DRAFTING_PRD, T0);
        repositories.attempts().save(first);
        assertThat(repositories.attempts().findActive(ticket.id(), TicketStatus.DRAFTING_PRD)).contains(first);

        PhaseAttempt archived = first.archive(ArchiveReason.MANUAL_RETRY_AFTER_BLOCKED_ERROR, at(10));
        PhaseAttempt second = archived.next(at(10));
        repositories.attempts().save(archived);
        repositories.attempts().save(second);

        assertThat(repositories.attempts().findActive(ticket.id(), TicketStatus.DRAFTING_PRD)).contains(second);
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.DRAFTING_PRD))
                .containsExactly(archived, second);
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.DRAFTING_BEADS)).isEmpty();
    }

    @Test
    void aPhaseHasAtMostOneActiveAttempt() {
        PhaseAttempt first = PhaseAttempt.first(ticket.id(), TicketStatus.REFINING_PRD, T0);
        repositories.attempts().save(first);
        assertThatThrownBy(() -> repositories.attempts().save(first.next(at(1))))
                .isInstanceOf(ConflictException.class);
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.REFINING_PRD)).containsExactly(first);
    }
}

package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.domain.ticket.ErrorOccurrence;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class ErrorOccurrenceRepositoryContract extends RepositoryContract {
    private static final BlockingError QUORUM = new BlockingError("Quorum not met", List.of("QUORUM_NOT_MET"),
            Optional.of("2 of 3 members timed out"));
    private Ticket ticket;

    @BeforeEach
    void aTicket() {
        ticket = ticket(project("SHOP"), 1, T0);
    }

    @Test
    void occurrencesAreNumberedAndResolvedOneAtATime() {
        assertThat(repositories.errors().findOpen(ticket.id())).isEmpty();
        ErrorOccurrence first = repositories.errors().open(ticket.id(), TicketStatus.COUNCIL_VOTING_PRD, QUORUM, at(1));
        assertThat(first.occurrenceNumber()).isEqualTo(1);
        assertThat(repositories.errors().findOpen(ticket.id())).contains(first);

        ErrorOccurrence resolved = first.resolve(ErrorResolution.RETRIED, TicketStatus.COUNCIL_VOTING_PRD, at(2));
        repositories.errors().resolve(resolved);
        assertThat(repositories.errors().findOpen(ticket.id())).isEmpty();

        ErrorOccurrence second = repositories.errors().open(ticket.id(), TicketStatus.REFINING_PRD,
                new BlockingError("boom", List.of(), Optional.empty()), at(3));
        assertThat(second.occurrenceNumber()).isEqualTo(2);
        assertThat(repositories.errors().findAll(ticket.id())).containsExactly(resolved, second);
    }

    @Test
    void aTicketHasAtMostOneOpenOccurrence() {
        repositories.errors().open(ticket.id(), TicketStatus.CODING, QUORUM, at(1));
        assertThatThrownBy(() -> repositories.errors().open(ticket.id(), TicketStatus.CODING, QUORUM, at(2)))
                .isInstanceOf(ConflictException.class);
        assertThat(repositories.errors().findAll(ticket.id())).hasSize(1);
    }
}

package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.StatusChange;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.Test;

public abstract class StatusHistoryRepositoryContract extends RepositoryContract {

    @Test
    void changesAreKeptPerTicketInOrder() {
        Project shop = project("SHOP");
        Ticket first = ticket(shop, 1, T0);
        Ticket second = ticket(shop, 2, T0);
        StatusChange start = new StatusChange(first.id(), TicketStatus.DRAFT, TicketStatus.SCANNING_RELEVANT_FILES,
                TicketEventType.START, 1, at(1));
        StatusChange fail = new StatusChange(first.id(), TicketStatus.SCANNING_RELEVANT_FILES,
                TicketStatus.BLOCKED_ERROR, TicketEventType.ERROR, 2, at(2));
        StatusChange other = new StatusChange(second.id(), TicketStatus.DRAFT, TicketStatus.CANCELED,
                TicketEventType.CANCEL, 1, at(3));
        repositories.history().append(start);
        repositories.history().append(other);
        repositories.history().append(fail);
        assertThat(repositories.history().findAll(first.id())).containsExactly(start, fail);
        assertThat(repositories.history().findAll(second.id())).containsExactly(other);
    }
}

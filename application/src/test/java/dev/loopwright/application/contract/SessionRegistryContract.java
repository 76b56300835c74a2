package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class SessionRegistryContract extends RepositoryContract {
    private Ticket ticket;
    private SessionOwner voter;

    @BeforeEach
    void aTicket() {
        ticket = ticket(project("SHOP"), 1, T0);
        voter = SessionOwner.of(ticket.id(), TicketStatus.COUNCIL_VOTING_PRD, 1).withMember("openai/gpt-5");
    }

    @Test
    void anActiveSessionIsFoundByItsExactOwner() {
        OwnedSession session = new OwnedSession("ses_1", voter, SessionState.ACTIVE, at(1), at(1));
        repositories.sessions().save(session);
        assertThat(repositories.sessions().findActive(voter)).contains(session);
        assertThat(repositories.sessions().findById("ses_1")).contains(session);
        assertThat(repositories.sessions().findActive(voter.withStep("retry"))).isEmpty();
        assertThat(repositories.sessions().findActive(
                SessionOwner.of(ticket.id(), TicketStatus.COUNCIL_VOTING_PRD, 2).withMember("openai/gpt-5"))).isEmpty();
    }

    @Test
    void aFinishedSessionIsNoLongerActiveButStaysRecorded() {
        OwnedSession session = new OwnedSession("ses_1", voter, SessionState.ACTIVE, at(1), at(1));
        repositories.sessions().save(session);
        OwnedSession completed = session.withState(SessionState.COMPLETED, at(5));
        repositories.sessions().save(completed);
        assertThat(repositories.sessions().findActive(voter)).isEmpty();
        assertThat(repositories.sessions().findById("ses_1")).contains(completed);
    }

    @Test
    void ownersWithBeadsAndIterationsAreDistinct() {
        SessionOwner coding = SessionOwner.of(ticket.id(), TicketStatus.CODING, 1).withBead("bead-1", 1);
        OwnedSession first = new OwnedSession("ses_a", coding, SessionState.ABANDONED, at(1), at(2));
        OwnedSession second = new OwnedSession("ses_b", SessionOwner.of(ticket.id(), TicketStatus.CODING, 1)
                .withBead("bead-1", 2), SessionState.ACTIVE, at(3), at(3));
        repositories.sessions().save(first);
        repositories.sessions().save(second);
        assertThat(repositories.sessions().findActive(coding)).isEmpty();
        assertThat(repositories.sessions().findAll(ticket.id())).containsExactly(first, second);
    }

    @Test
    void deletingATicketsSessionsKeepsOtherTickets() {
        Ticket other = ticket(project("CART"), 1, T0);
        OwnedSession mine = new OwnedSession("ses_1", voter, SessionState.ACTIVE, at(1), at(1));
        OwnedSession theirs = new OwnedSession("ses_2", SessionOwner.of(other.id(), TicketStatus.COUNCIL_VOTING_PRD, 1)
                .withMember("openai/gpt-5"), SessionState.ACTIVE, at(1), at(1));
        repositories.sessions().save(mine);
        repositories.sessions().save(theirs);

        assertThat(repositories.sessions().deleteAll(ticket.id())).isEqualTo(1);
        assertThat(repositories.sessions().findAll(ticket.id())).isEmpty();
        assertThat(repositories.sessions().findById("ses_2")).contains(theirs);
    }
}

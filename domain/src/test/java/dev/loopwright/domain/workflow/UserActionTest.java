package dev.loopwright.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserActionTest {

    @Test
    void eachStatusOffersItsActions() {
        assertThat(UserAction.offeredIn(TicketStatus.DRAFT)).containsExactly(UserAction.START, UserAction.CANCEL);
        for (TicketStatus gate : new TicketStatus[] {TicketStatus.WAITING_INTERVIEW_APPROVAL,
                TicketStatus.WAITING_PRD_APPROVAL, TicketStatus.WAITING_BEADS_APPROVAL,
                TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL}) {
            assertThat(UserAction.offeredIn(gate)).as(gate.name()).containsExactly(UserAction.APPROVE, UserAction.CANCEL);
        }
        assertThat(UserAction.offeredIn(TicketStatus.WAITING_PR_REVIEW))
                .containsExactly(UserAction.MERGE, UserAction.CLOSE_UNMERGED, UserAction.CANCEL);
        assertThat(UserAction.offeredIn(TicketStatus.BLOCKED_ERROR)).containsExactly(UserAction.RETRY, UserAction.CANCEL);
        assertThat(UserAction.offeredIn(TicketStatus.CODING)).containsExactly(UserAction.CANCEL);
        assertThat(UserAction.offeredIn(TicketStatus.COMPLETED)).isEmpty();
        assertThat(UserAction.offeredIn(TicketStatus.CANCELED)).isEmpty();
        assertThat(UserAction.CLOSE_UNMERGED.wireName()).isEqualTo("close_unmerged");
    }

    @Test
    void everyOfferedActionIsAnEventTheStatusAccepts() {
        for (TicketStatus status : TicketStatus.values()) {
            for (UserAction action : UserAction.offeredIn(status)) {
                if (action == UserAction.CANCEL) {
                    assertThat(TransitionTable.rulesFor(status, TicketEventType.CANCEL)).as(status.name()).isNotEmpty();
                }
                if (action == UserAction.RETRY) {
                    assertThat(TransitionTable.rulesFor(status, TicketEventType.RETRY)).as(status.name()).isNotEmpty();
                }
            }
        }
    }
}

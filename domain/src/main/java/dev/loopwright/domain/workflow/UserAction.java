package dev.loopwright.domain.workflow;

import java.util.List;
import java.util.Locale;

/** What a person can do to a ticket from where it stands; clients show these as buttons. */
public enum UserAction {
    START, APPROVE, CANCEL, RETRY, CONTINUE, MERGE, CLOSE_UNMERGED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The actions a status always offers. CONTINUE is not among them: it depends on whether a preserved model
     * session can be resumed, which only the workflow engine knows.
     */
    public static List<UserAction> offeredIn(TicketStatus status) {
        if (status.isTerminal()) {
            return List.of();
        }
        if (status == TicketStatus.DRAFT) {
            return List.of(START, CANCEL);
        }
        if (status == TicketStatus.BLOCKED_ERROR) {
            return List.of(RETRY, CANCEL);
        }
        if (status == TicketStatus.WAITING_PR_REVIEW) {
            return List.of(MERGE, CLOSE_UNMERGED, CANCEL);
        }
        if (status.uiView() == UiView.APPROVAL) {
            return List.of(APPROVE, CANCEL);
        }
        return List.of(CANCEL);
    }
}

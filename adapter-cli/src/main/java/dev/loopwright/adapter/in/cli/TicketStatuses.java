package dev.loopwright.adapter.in.cli;

import dev.loopwright.domain.workflow.TicketStatus;

/** Which statuses end a wait: the ticket needs a person, or is finished. */
final class TicketStatuses {
    private TicketStatuses() {
    }

    static boolean awaitsAPerson(String status) {
        TicketStatus parsed;
        try {
            parsed = TicketStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return true;
        }
        return parsed.isTerminal() || parsed == TicketStatus.BLOCKED_ERROR || parsed == TicketStatus.DRAFT
                || parsed.name().startsWith("WAITING_");
    }
}

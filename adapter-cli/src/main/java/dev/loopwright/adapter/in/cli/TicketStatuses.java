package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.workflow.KanbanColumn;
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
        // Not worked on by the engine: the backlog, every gate and the blocked state, and the finished ones.
        return parsed.kanbanColumn() != KanbanColumn.IN_PROGRESS;
    }

    /**
     * Like {@link #awaitsAPerson(String)}, but the setup-plan gate only once its plan is drafted: the plan is written
     * after the ticket enters the gate, and until then there is nothing to review or approve.
     */
    static boolean awaitsAPerson(ApiClient api, String ref, String status) {
        if (status.equals(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL.name())) {
            return setupPlanReady(api, ref);
        }
        return awaitsAPerson(status);
    }

    static boolean setupPlanReady(ApiClient api, String ref) {
        JsonNode plan = api.get(TicketCommand.path(ref) + "/execution-setup-plan");
        return plan.path("exists").asBoolean(false) && !plan.path("drafting").asBoolean(false);
    }
}

package dev.loopwright.application.port.in;

import dev.loopwright.domain.workflow.PhaseGroup;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;

/** The workflow as clients draw it: the phase groups and every status, both in workflow order. */
public record WorkflowDescription(List<PhaseGroup> groups, List<TicketStatus> phases) {
    public WorkflowDescription {
        groups = List.copyOf(groups);
        phases = List.copyOf(phases);
    }
}

package dev.loopwright.application.service;

import dev.loopwright.application.port.in.DescribeWorkflowUseCase;
import dev.loopwright.application.port.in.WorkflowDescription;
import dev.loopwright.domain.workflow.PhaseGroup;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;

/** The workflow's shape comes straight from the domain enums, which are declared in workflow order. */
public final class DescribeWorkflowService implements DescribeWorkflowUseCase {
    private static final WorkflowDescription DESCRIPTION =
            new WorkflowDescription(List.of(PhaseGroup.values()), List.of(TicketStatus.values()));

    @Override
    public WorkflowDescription describe() {
        return DESCRIPTION;
    }
}

package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loopwright.application.port.in.WorkflowDescription;
import dev.loopwright.domain.workflow.PhaseGroup;
import dev.loopwright.domain.workflow.ProgressKind;
import dev.loopwright.domain.workflow.ReviewArtifactType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;

/** The body of {@code GET /api/workflow/meta}: groups and phases in workflow order. */
record WorkflowMetaJson(List<GroupJson> groups, List<PhaseJson> phases) {

    record GroupJson(String id, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhaseJson(String id, String label, String description, String groupId, String kanbanPhase, String uiView,
            boolean editable, boolean multiModelLogs, String reviewArtifactType, String progressKind,
            boolean terminal) {
    }

    static WorkflowMetaJson from(WorkflowDescription description) {
        return new WorkflowMetaJson(
                description.groups().stream().map(WorkflowMetaJson::group).toList(),
                description.phases().stream().map(WorkflowMetaJson::phase).toList());
    }

    private static GroupJson group(PhaseGroup group) {
        return new GroupJson(group.id(), group.label());
    }

    private static PhaseJson phase(TicketStatus status) {
        return new PhaseJson(status.name(), status.label(), status.description(), status.group().id(),
                status.kanbanColumn().wireName(), status.uiView().wireName(), status.editable(),
                status.multiModelLogs(), status.reviewArtifact().map(ReviewArtifactType::wireName).orElse(null),
                status.progressKind().map(ProgressKind::wireName).orElse(null), status.isTerminal());
    }
}

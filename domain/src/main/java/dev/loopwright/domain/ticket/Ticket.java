package dev.loopwright.domain.ticket;

import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import java.time.Instant;
import java.util.Objects;

/** A unit of work on a project's repository, from idea to merged change. */
public record Ticket(
        TicketId id,
        ProjectId projectId,
        ExternalId externalId,
        TicketDetails details,
        WorkflowState workflow,
        Instant createdAt,
        Instant updatedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new ticket starts in DRAFT. */
    public static Ticket create(TicketId id, ProjectId projectId, ExternalId externalId, TicketDetails details,
            Instant now) {
        return new Ticket(id, projectId, externalId, details, WorkflowState.initial(), now, now);
    }

    public TicketStatus status() {
        return workflow.status();
    }

    public Ticket withDetails(TicketDetails newDetails, Instant now) {
        return new Ticket(id, projectId, externalId, newDetails, workflow, createdAt, now);
    }

    public Ticket withWorkflow(WorkflowState newWorkflow, Instant now) {
        return new Ticket(id, projectId, externalId, details, newWorkflow, createdAt, now);
    }

    /** Only finished tickets may be deleted, so no running work loses its record. */
    public boolean isDeletable() {
        return workflow.status().isTerminal();
    }
}

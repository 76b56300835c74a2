package dev.loopwright.domain.intake;

import dev.loopwright.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured developer ticket generated from a feedback item or a board card.
 *
 * @param aiContext what the generator kept about how it produced the ticket (model, inputs); a JSON object
 * @param createdBy the member whose token triggered the generation; empty when generated without one
 * @param workflowTicket the workflow ticket this ticket was promoted into, once it has been
 */
public record DevTicket(DevTicketId id, OrganisationId organisationId, IntakeProjectId projectId, SourceRef source,
        String title, String description, DevTicketPriority priority, DevTicketStatus status, List<String> labels,
        RawJson aiContext, Optional<MemberId> createdBy, Optional<MemberId> assignedTo,
        Optional<TicketId> workflowTicket, Instant createdAt, Instant updatedAt) {

    public static final int MAX_LABELS = 20;
    public static final int MAX_LABEL = 50;

    public DevTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(source, "source");
        title = Texts.required("title", title, FeedbackItem.MAX_TITLE);
        description = Texts.limited("description", description == null ? "" : description,
                FeedbackItem.MAX_DESCRIPTION);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        labels = checkedLabels(labels);
        Objects.requireNonNull(aiContext, "aiContext");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(assignedTo, "assignedTo");
        Objects.requireNonNull(workflowTicket, "workflowTicket");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    private static List<String> checkedLabels(List<String> labels) {
        Objects.requireNonNull(labels, "labels");
        if (labels.size() > MAX_LABELS) {
            throw dev.loopwright.domain.common.ValidationException.of("labels",
                    "labels has at most " + MAX_LABELS + " entries");
        }
        for (String label : labels) {
            Texts.required("labels", label, MAX_LABEL);
        }
        return List.copyOf(labels);
    }

    /** The ticket after an edit; each argument is the field's new value (the caller keeps unchanged ones). */
    public DevTicket edited(DevTicketStatus newStatus, DevTicketPriority newPriority, String newTitle,
            String newDescription, Optional<MemberId> newAssignee, List<String> newLabels, Instant now) {
        return new DevTicket(id, organisationId, projectId, source, newTitle, newDescription, newPriority, newStatus,
                newLabels, aiContext, createdBy, newAssignee, workflowTicket, createdAt, now);
    }

    public DevTicket withStatus(DevTicketStatus newStatus, Instant now) {
        return edited(newStatus, priority, title, description, assignedTo, labels, now);
    }

    /** The ticket once promoted into the workflow ticket {@code ticket}. */
    public DevTicket promotedTo(TicketId ticket, Instant now) {
        return new DevTicket(id, organisationId, projectId, source, title, description, priority, status, labels,
                aiContext, createdBy, assignedTo, Optional.of(ticket), createdAt, now);
    }
}

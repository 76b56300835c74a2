package dev.loopwright.application.port.out;

import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores tickets with their workflow state. */
public interface TicketRepository {

    /** What a ticket is created from; the store assigns the id. */
    record NewTicket(ProjectId projectId, ExternalId externalId, TicketDetails details, Instant createdAt) {
        public NewTicket {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    Ticket create(NewTicket ticket);

    Optional<Ticket> findById(TicketId id);

    Optional<Ticket> findByExternalId(ExternalId externalId);

    /** Tickets, most recently updated first; only those of one project when given. */
    List<Ticket> findAll(Optional<ProjectId> projectId);

    /** Tickets that are not COMPLETED or CANCELED: the ones startup recovery resumes. */
    List<Ticket> findUnfinished();

    /** Saves details and workflow state. */
    void update(Ticket ticket);

    boolean delete(TicketId id);
}

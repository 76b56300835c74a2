package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Developer tickets, always read within one organisation (except by workflow ticket, which is global). */
public interface DevTicketRepository {

    DevTicket create(DevTicket ticket);

    Optional<DevTicket> findById(OrganisationId organisation, DevTicketId id);

    /** Newest first (then id), the filters combined with AND. */
    Page<DevTicket> list(OrganisationId organisation, DevTicketFilter filter, PageRequest page);

    /** Saves every editable field, the workflow-ticket link and the updated time. */
    void update(DevTicket ticket);

    /** The tickets generated from a source, oldest first. */
    List<DevTicket> findBySource(OrganisationId organisation, SourceRef source);

    /** The developer ticket promoted into a workflow ticket, if any. */
    Optional<DevTicket> findByWorkflowTicket(TicketId workflowTicket);
}

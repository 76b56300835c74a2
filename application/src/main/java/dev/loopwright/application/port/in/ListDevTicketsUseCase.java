package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;

/** Lists developer tickets, newest first, filtered and paged. */
public interface ListDevTicketsUseCase {

    Page<DevTicket> listDevTickets(ApiCaller caller, DevTicketFilter filter, PageRequest page);
}

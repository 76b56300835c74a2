package dev.loopwright.application.port.in;

import java.util.List;

/** Questions the agents asked in tickets' working copies that nobody has answered yet. */
public interface ListOpenCodeQuestionsUseCase {

    List<TicketQuestion> list(TicketReference ticket);

    /** Across every unfinished ticket; a ticket whose questions cannot be read is left out, not fatal. */
    List<TicketQuestion> listAll();
}

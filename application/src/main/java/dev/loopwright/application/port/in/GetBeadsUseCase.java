package dev.loopwright.application.port.in;

import java.util.Optional;

/** Reads a ticket's bead plan; {@code flow} names another plan than the workflow's own (validated, see BeadFlow). */
public interface GetBeadsUseCase {

    BeadsView getBeads(TicketReference reference, Optional<String> flow);
}

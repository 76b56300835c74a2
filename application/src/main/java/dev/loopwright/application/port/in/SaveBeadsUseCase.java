package dev.loopwright.application.port.in;

import java.util.Optional;

/**
 * Replaces a ticket's bead plan at its approval gate with a JSON array of beads (the request body as sent),
 * validated in full (each bead and the dependency graph) and rewritten canonically.
 */
public interface SaveBeadsUseCase {

    BeadsView saveBeads(TicketReference reference, Optional<String> flow, String beadsJson);
}

package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a bead's iterations run: on the ticket branch itself when beads run one at a time, or in a working copy of
 * its own beside other beads, whose commits are then replayed onto the ticket branch ({@code ticket}).
 */
record BeadPlace(TicketWorkspace workspace, Optional<TicketWorkspace> ticket) {
    BeadPlace {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(ticket, "ticket");
    }

    static BeadPlace onTicketBranch(TicketWorkspace ticket) {
        return new BeadPlace(ticket, Optional.empty());
    }

    static BeadPlace ownWorkingCopy(TicketWorkspace bead, TicketWorkspace ticket) {
        return new BeadPlace(bead, Optional.of(ticket));
    }

    boolean isOwn() {
        return ticket.isPresent();
    }
}

package dev.loopwright.application.council;

import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Objects;

/**
 * Where a council's three steps run and the event each one ends with. Each step persists into the active attempt
 * of its own status, which is where the next step looks for it.
 */
public record CouncilPhases(TicketStatus draft, TicketEventType drafted, TicketStatus vote, TicketEventType voted,
        TicketStatus refine, TicketEventType refined) {
    public CouncilPhases {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(drafted, "drafted");
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(voted, "voted");
        Objects.requireNonNull(refine, "refine");
        Objects.requireNonNull(refined, "refined");
    }
}

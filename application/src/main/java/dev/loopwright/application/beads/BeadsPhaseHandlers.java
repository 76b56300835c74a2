package dev.loopwright.application.beads;

import dev.loopwright.application.council.CouncilPhaseHandlers;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bead phase's handlers for the phase runner: the council's three steps, the coverage loop and the expansion.
 * WAITING_BEADS_APPROVAL has none: a person acts there.
 */
public final class BeadsPhaseHandlers {
    private BeadsPhaseHandlers() {
    }

    public static Map<TicketStatus, PhaseHandler> of(Beads beads) {
        Map<TicketStatus, PhaseHandler> handlers = new EnumMap<>(TicketStatus.class);
        handlers.putAll(CouncilPhaseHandlers.of(beads.council()));
        handlers.put(TicketStatus.VERIFYING_BEADS_COVERAGE,
                context -> Optional.of(beads.coverage().run(context.ticketId(), context.cancellation())));
        handlers.put(TicketStatus.EXPANDING_BEADS,
                context -> Optional.of(beads.expansion().run(context.ticketId(), context.cancellation())));
        return handlers;
    }

    /** The codes the runner blocks with when a step fails in a way it did not name. */
    public static Map<TicketStatus, String> errorCodes(Beads beads) {
        Map<TicketStatus, String> codes = new EnumMap<>(TicketStatus.class);
        codes.putAll(CouncilPhaseHandlers.errorCodes(beads.council()));
        codes.put(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsCoverage.FAILED);
        codes.put(TicketStatus.EXPANDING_BEADS, BeadsExpansion.FAILED);
        return codes;
    }
}

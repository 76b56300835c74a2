package dev.loopwright.application.prd;

import dev.loopwright.application.council.CouncilPhaseHandlers;
import dev.loopwright.application.council.CouncilService;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PRD phase's handlers, ready to hand to the {@link dev.loopwright.application.workflow.PhaseRunner}: the
 * council's draft (with each member's full answers), vote and refine, then the coverage loop, which ends in
 * WAITING_PRD_APPROVAL either way.
 */
public final class PrdPhaseHandlers {
    private PrdPhaseHandlers() {
    }

    public static Map<TicketStatus, PhaseHandler> of(CouncilService<PrdDocument> council, PrdCoverage coverage) {
        Map<TicketStatus, PhaseHandler> handlers = new EnumMap<>(TicketStatus.class);
        handlers.putAll(CouncilPhaseHandlers.of(council));
        handlers.put(TicketStatus.VERIFYING_PRD_COVERAGE,
                context -> Optional.of(coverage.run(context.ticketId(), context.cancellation())));
        return handlers;
    }

    /** The codes the runner blocks with when a handler fails in a way it did not name. */
    public static Map<TicketStatus, String> errorCodes(CouncilService<PrdDocument> council) {
        Map<TicketStatus, String> codes = new EnumMap<>(TicketStatus.class);
        codes.putAll(CouncilPhaseHandlers.errorCodes(council));
        codes.put(TicketStatus.VERIFYING_PRD_COVERAGE, PrdCoverage.FAILED);
        return codes;
    }
}

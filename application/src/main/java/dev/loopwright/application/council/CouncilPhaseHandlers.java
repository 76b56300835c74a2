package dev.loopwright.application.council;

import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The phase handlers of one council, ready to hand to the {@link dev.loopwright.application.workflow.PhaseRunner}:
 * each status runs its step and answers with the event that moves the ticket on. A council failure blocks the
 * ticket with its own code (QUORUM_NOT_MET, COUNCIL_DATA_LOST, REFINEMENT_FAILED).
 */
public final class CouncilPhaseHandlers {
    private CouncilPhaseHandlers() {
    }

    /** Draft, vote and refine, keyed by the status each runs in. */
    public static Map<TicketStatus, PhaseHandler> of(CouncilService<?> council) {
        CouncilPhases phases = council.domain().phases();
        Map<TicketStatus, PhaseHandler> handlers = new EnumMap<>(TicketStatus.class);
        handlers.put(phases.draft(), step(council::draft, TicketEvent.of(phases.drafted())));
        handlers.put(phases.vote(), step(council::vote, TicketEvent.of(phases.voted())));
        handlers.put(phases.refine(), step(council::refine, TicketEvent.of(phases.refined())));
        return handlers;
    }

    /** The codes the runner blocks with when a step fails in a way the council did not name. */
    public static Map<TicketStatus, String> errorCodes(CouncilService<?> council) {
        CouncilPhases phases = council.domain().phases();
        String name = council.domain().name().toUpperCase(Locale.ROOT);
        Map<TicketStatus, String> codes = new EnumMap<>(TicketStatus.class);
        codes.put(phases.draft(), name + "_DRAFT_FAILED");
        codes.put(phases.vote(), name + "_VOTE_FAILED");
        codes.put(phases.refine(), name + "_REFINE_FAILED");
        return codes;
    }

    private static PhaseHandler step(BiConsumer<TicketId, Cancellation> run, TicketEvent done) {
        return context -> {
            try {
                run.accept(context.ticketId(), context.cancellation());
            } catch (CouncilException failure) {
                throw new PhaseFailure(failure.getMessage(), List.of(failure.error().name()), failure.diagnostics());
            }
            return Optional.of(done);
        };
    }
}

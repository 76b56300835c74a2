package dev.loopwright.application.interview;

import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The interview's phase handlers, ready to hand to the {@link dev.loopwright.application.workflow.PhaseRunner}:
 * entering WAITING_INTERVIEW_ANSWERS starts or resumes the interview (and returns no event: the author answers
 * next); VERIFYING_INTERVIEW_COVERAGE runs the coverage check (see {@link InterviewCoverage}), which ends clean, at
 * its limit, or back in WAITING_INTERVIEW_ANSWERS with follow-up questions.
 */
public final class InterviewPhaseHandlers {
    private InterviewPhaseHandlers() {
    }

    public static Map<TicketStatus, PhaseHandler> of(Interview interview) {
        Map<TicketStatus, PhaseHandler> handlers = new EnumMap<>(TicketStatus.class);
        handlers.put(TicketStatus.WAITING_INTERVIEW_ANSWERS,
                context -> interview.loop().enter(context.ticketId(), context.cancellation()));
        handlers.put(TicketStatus.VERIFYING_INTERVIEW_COVERAGE,
                context -> Optional.of(interview.coverage().run(context.ticketId(), context.cancellation())));
        return handlers;
    }

    /** The codes the runner blocks with when a handler fails in a way it did not name. */
    public static Map<TicketStatus, String> errorCodes() {
        Map<TicketStatus, String> codes = new EnumMap<>(TicketStatus.class);
        codes.put(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewLoop.TURN_FAILED);
        codes.put(TicketStatus.VERIFYING_INTERVIEW_COVERAGE, InterviewCoverage.FAILED);
        return codes;
    }
}

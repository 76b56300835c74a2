package dev.loopwright.application.interview;

import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.prompt.PromptBuilder;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The interview, built once: the Q&amp;A loop in WAITING_INTERVIEW_ANSWERS, the coverage check and the approval gate,
 * sharing one store and one lock per ticket.
 */
public final class Interview {
    private final InterviewLoop loop;
    private final InterviewGate gate;
    private final InterviewCoverage coverage;

    /**
     * @param settings where each turn's timeout comes from (the council response timeout)
     * @param background runs the interviewer's turns after answers are recorded
     */
    public Interview(InterviewPorts ports, CouncilSettingsSource settings, PromptBuilder prompts, Clock clock,
            Executor background) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(background, "background");
        InterviewStore store = new InterviewStore(ports.attempts(), ports.artifacts(), ports.events(), clock);
        TicketLocks locks = new TicketLocks();
        this.loop = new InterviewLoop(ports, settings, new InterviewMessages(prompts), clock, background, store, locks);
        this.gate = new InterviewGate(ports.tickets(), ports.transitions(), ports.unitOfWork(), store, locks, clock);
        this.coverage = new InterviewCoverage(ports.tickets(), store, locks,
                new CoverageReviewer(ports.runtime(), prompts), loop::setup, clock);
    }

    public InterviewLoop loop() {
        return loop;
    }

    public InterviewGate gate() {
        return gate;
    }

    InterviewCoverage coverage() {
        return coverage;
    }
}

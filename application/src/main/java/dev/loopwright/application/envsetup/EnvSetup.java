package dev.loopwright.application.envsetup;

import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.application.workflow.RetryNoteTaker;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/** Workspace preparation, built once: the PREPARING_EXECUTION_ENV handler and its retry-note taker, sharing a store. */
public final class EnvSetup {
    private final PreparingEnvPhase phase;
    private final SetupRetryNote notes;

    public EnvSetup(EnvSetupPorts ports, PromptBuilder prompts, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(clock, "clock");
        EnvSetupStore store = new EnvSetupStore(ports.artifacts(), ports.events(), clock);
        SetupAgent agent = new SetupAgent(ports.runtime(), ports.sessions(), Objects.requireNonNull(prompts,
                "prompts"), clock);
        this.phase = new PreparingEnvPhase(ports, store, new SetupAttempt(ports.git(), agent,
                new SetupVerifier(ports.commands()), store, clock), clock);
        this.notes = new SetupRetryNote(ports, store);
    }

    /** The handler to register with the phase runner. */
    public Map<TicketStatus, PhaseHandler> handlers() {
        return Map.of(EnvSetupStore.PHASE, phase);
    }

    /** The code a handler's unexpected failure blocks the ticket with. */
    public static Map<TicketStatus, String> errorCodes() {
        return Map.of(EnvSetupStore.PHASE, PreparingEnvPhase.FAILED);
    }

    /** The retry-note taker to register with the retry use case. */
    public Map<TicketStatus, RetryNoteTaker> retryNotes() {
        return Map.of(EnvSetupStore.PHASE, notes);
    }
}

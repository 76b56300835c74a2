package dev.loopwright.application.setup;

import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The execution setup plan, built once: the drafting handler of WAITING_EXECUTION_SETUP_APPROVAL and the gate,
 * sharing one store and the knowledge of which tickets are being drafted for.
 * <p>
 * PREPARING_EXECUTION_ENV, which runs the approved plan, is {@link dev.loopwright.application.envsetup.EnvSetup}'s.
 */
public final class ExecutionSetup {
    private final SetupPlanPhase phase;
    private final SetupPlanGate gate;

    /**
     * @param settings where the drafting timeout comes from (the council response timeout, as in the reference)
     * @param background runs regenerations after the request has been answered
     */
    public ExecutionSetup(SetupPlanPorts ports, CouncilSettingsSource settings, PromptBuilder prompts, Clock clock,
            Executor background) {
        Objects.requireNonNull(ports, "ports");
        SetupPlanStore store = new SetupPlanStore(ports.attempts(), ports.artifacts(), ports.events(), clock);
        this.phase = new SetupPlanPhase(ports, store, Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(prompts, "prompts"), clock);
        this.gate = new SetupPlanGate(ports, store, phase, Objects.requireNonNull(background, "background"), clock);
    }

    public SetupPlanGate gate() {
        return gate;
    }

    /** The handlers to register with the phase runner. */
    public Map<TicketStatus, PhaseHandler> handlers() {
        return Map.of(SetupPlanArtifacts.HOME, phase);
    }

    /** The code a handler's unexpected failure blocks the ticket with. */
    public static Map<TicketStatus, String> errorCodes() {
        return Map.of(SetupPlanArtifacts.HOME, SetupPlanPhase.FAILED);
    }
}

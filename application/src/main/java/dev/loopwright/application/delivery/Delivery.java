package dev.loopwright.application.delivery;

import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Everything after the beads are coded, built once over one store: the handlers of RUNNING_FINAL_TEST,
 * INTEGRATING_CHANGES, CREATING_PULL_REQUEST and CLEANING_ENV, and the review actions of WAITING_PR_REVIEW (which
 * has no handler: a person decides there).
 */
public final class Delivery {
    private final FinalTestPhase finalTest;
    private final IntegrationPhase integration;
    private final PullRequestPhase pullRequest;
    private final CleanupPhase cleanup;
    private final ReviewActions review;

    public Delivery(DeliveryPorts ports, DeliverySettings settings, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(settings, "settings");
        DeliveryStore store = new DeliveryStore(ports.attempts(), ports.artifacts(), ports.events(),
                Objects.requireNonNull(clock, "clock"));
        ApprovedInputs inputs = new ApprovedInputs(new ApprovedArtifacts(ports.attempts(), ports.artifacts()));
        this.finalTest = new FinalTestPhase(ports, store, inputs, settings);
        this.integration = new IntegrationPhase(ports, store);
        this.pullRequest = new PullRequestPhase(ports, store, inputs);
        this.cleanup = new CleanupPhase(ports, store);
        this.review = new ReviewActions(ports, store);
    }

    /** The handlers to register with the phase runner. */
    public Map<TicketStatus, PhaseHandler> handlers() {
        return Map.of(FinalTestPhase.PHASE, finalTest, IntegrationPhase.PHASE, integration, PullRequestPhase.PHASE,
                pullRequest, CleanupPhase.PHASE, cleanup);
    }

    /** The code each handler's unexpected failure blocks the ticket with. */
    public static Map<TicketStatus, String> errorCodes() {
        return Map.of(FinalTestPhase.PHASE, DeliveryArtifacts.FINAL_TEST_FAILED, IntegrationPhase.PHASE,
                DeliveryArtifacts.INTEGRATION_FAILED, PullRequestPhase.PHASE, DeliveryArtifacts.PULL_REQUEST_FAILED,
                CleanupPhase.PHASE, DeliveryArtifacts.CLEANUP_FAILED);
    }

    public ReviewActions review() {
        return review;
    }
}

package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.setup.SetupPlanArtifacts;
import dev.loopwright.application.setup.SetupPlanJson;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.util.Optional;

/**
 * The plan exactly as the person approved it: the stored text whose hash the gate's approval receipt names, read
 * strictly. Never the newest plan as such, so nothing written after the approval is run.
 */
final class ApprovedSetupPlan {
    /** What was approved, as stored (the text the model is shown) and as read. */
    record Approved(String text, ExecutionSetupPlan plan) {
    }

    private final ApprovedArtifacts approved;

    ApprovedSetupPlan(PhaseAttemptRepository attempts, ArtifactRepository artifacts) {
        this.approved = new ApprovedArtifacts(attempts, artifacts);
    }

    /** Empty when there is no approval, or what it names is gone or no longer reads as a plan. */
    Optional<Approved> find(Ticket ticket, LockedSettings locked) {
        return approved.approved(ticket.id(), SetupPlanArtifacts.HOME)
                .filter(artifact -> artifact.type().equals(SetupPlanArtifacts.PLAN))
                .flatMap(artifact -> {
                    try {
                        return Optional.of(new Approved(artifact.content(), SetupPlanJson.read(artifact.content(),
                                SetupPlanJson.Mode.USER, ticket.externalId(), locked.gitHookPolicy()).plan()));
                    } catch (ValidationException | IllegalArgumentException unreadable) {
                        return Optional.empty();
                    }
                });
    }
}

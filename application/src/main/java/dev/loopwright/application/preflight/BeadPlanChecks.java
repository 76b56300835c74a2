package dev.loopwright.application.preflight;

import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bead plan was approved, the approved text is stored, and it can be executed: every bead valid, every
 * dependency known and not the bead itself, no cycle, and at least one bead that can start now. Each problem
 * is its own failure, so the person sees all of them.
 */
final class BeadPlanChecks implements PreflightStep {
    static final String APPROVAL = "Beads Approval";
    static final String AVAILABLE = "Beads Available";
    static final String GRAPH = "Dependency Graph";
    static final String RUNNABLE = "Runnable Beads";

    private final ApprovedArtifacts approved;

    BeadPlanChecks(ApprovedArtifacts approved) {
        this.approved = approved;
    }

    @Override
    public List<PreflightCheck> check(PreflightSubject subject) {
        TicketStatus gate = TicketStatus.WAITING_BEADS_APPROVAL;
        if (approved.receipt(subject.ticket().id(), gate).isEmpty()) {
            return List.of(PreflightCheck.fail(APPROVAL, CheckCategory.ARTIFACTS, "the bead plan has no approval"
                    + " receipt in " + gate + "; approve the beads first"));
        }
        List<PreflightCheck> checks = new ArrayList<>();
        checks.add(PreflightCheck.pass(APPROVAL, CheckCategory.ARTIFACTS, "the bead plan was approved"));
        Optional<PhaseArtifact> plan = approved.approved(subject.ticket().id(), gate);
        if (plan.isEmpty()) {
            checks.add(PreflightCheck.fail(AVAILABLE, CheckCategory.ARTIFACTS,
                    "no stored bead plan has the hash the approval names"));
            return checks;
        }
        Violations violations = new Violations();
        BeadPlan beads = BeadsJsonl.read(plan.get().content(), violations);
        if (beads == null) {
            for (Violation violation : violations.list()) {
                checks.add(PreflightCheck.fail(GRAPH, CheckCategory.GRAPH, violation.message()));
            }
            return checks;
        }
        checks.add(PreflightCheck.pass(AVAILABLE, CheckCategory.ARTIFACTS, beads.beads().size() + " bead(s)"));
        checks.add(PreflightCheck.pass(GRAPH, CheckCategory.GRAPH, "dependencies known, acyclic"));
        Set<String> done = beads.beads().stream().filter(bead -> bead.status() == BeadStatus.DONE).map(Bead::id)
                .collect(Collectors.toSet());
        List<Bead> runnable = beads.runnable(done).stream().filter(bead -> bead.status() == BeadStatus.PENDING)
                .toList();
        checks.add(runnable.isEmpty()
                ? PreflightCheck.fail(RUNNABLE, CheckCategory.GRAPH, "no pending bead has all its dependencies done")
                : PreflightCheck.pass(RUNNABLE, CheckCategory.GRAPH, "next: " + runnable.get(0).id()));
        return checks;
    }
}

package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.RelativePaths;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.List;
import java.util.Set;

/**
 * The contract, approved by the user before anything runs, for preparing a ticket's worktree for coding:
 * which inputs to copy in, which commands to run, how to prove the result works and which checks gate a bead.
 * "Already ready, nothing to do" is a valid plan. The verdict and the work must agree: a ready plan does
 * nothing, and a plan that is not ready does something.
 *
 * @param tempRoots project-relative folders setup may use for caches and scratch files, at least one
 */
public record ExecutionSetupPlan(
        int schemaVersion,
        ExternalId ticketId,
        String summary,
        Readiness readiness,
        List<String> tempRoots,
        List<WorkspaceInput> workspaceInputs,
        List<WorkspaceProbe> workspaceProbes,
        GitHooks gitHooks,
        List<SetupStep> steps,
        ProjectCommands projectCommands,
        QualityGatePolicy qualityGatePolicy,
        List<String> cautions) {

    public static final int SCHEMA_VERSION = 1;
    /** Where setup keeps its scratch files unless the planner names another place. */
    public static final String DEFAULT_TEMP_ROOT = ".ticket/runtime/execution-setup";

    public ExecutionSetupPlan {
        Violations violations = new Violations();
        if (schemaVersion < 1) {
            violations.add("schemaVersion", "schemaVersion must be at least 1, got " + schemaVersion);
        }
        violations.required("ticketId", ticketId);
        FieldChecks.text(violations, "summary", summary);
        violations.required("readiness", readiness);
        tempRoots = FieldChecks.texts(violations, "tempRoots", tempRoots);
        FieldChecks.atLeast(violations, "tempRoots", tempRoots, 1);
        for (int i = 0; i < tempRoots.size(); i++) {
            // Scratch space belongs inside the worktree, and never inside git's own database.
            RelativePaths.check(violations, "tempRoots[" + i + "]", tempRoots.get(i), Set.of(".git"));
        }
        workspaceInputs = FieldChecks.list(violations, "workspaceInputs", workspaceInputs);
        workspaceProbes = FieldChecks.list(violations, "workspaceProbes", workspaceProbes);
        violations.required("gitHooks", gitHooks);
        steps = FieldChecks.list(violations, "steps", steps);
        violations.required("projectCommands", projectCommands);
        violations.required("qualityGatePolicy", qualityGatePolicy);
        cautions = FieldChecks.texts(violations, "cautions", cautions);

        for (String path : FieldChecks.duplicates(workspaceInputs.stream().map(WorkspaceInput::path).toList())) {
            violations.add("workspaceInputs", "workspace input " + path + " is listed twice");
        }
        for (String id : FieldChecks.duplicates(workspaceProbes.stream().map(WorkspaceProbe::id).toList())) {
            violations.add("workspaceProbes", "duplicate workspace probe id " + id);
        }
        for (String id : FieldChecks.duplicates(steps.stream().map(SetupStep::id).toList())) {
            violations.add("steps", "duplicate step id " + id);
        }
        if (readiness != null) {
            checkConsistency(violations, readiness, steps, workspaceInputs);
        }
        violations.throwIfAny();
    }

    /**
     * A verdict that contradicts the work would either run unapproved-looking steps on a "ready" worktree or
     * leave a "missing" one unprepared; both are rejected instead of guessed at.
     */
    private static void checkConsistency(Violations violations, Readiness readiness, List<SetupStep> steps,
            List<WorkspaceInput> inputs) {
        String status = readiness.status().wireName();
        if (readiness.isReady()) {
            if (readiness.actionsRequired()) {
                violations.add("readiness.actionsRequired", "a ready plan must not require actions");
            }
            if (!readiness.gaps().isEmpty()) {
                violations.add("readiness.gaps", "a ready plan must not list gaps");
            }
            if (!steps.isEmpty()) {
                violations.add("steps", "a ready plan must not have steps");
            }
            if (!inputs.isEmpty()) {
                violations.add("workspaceInputs", "a ready plan must not have workspace inputs");
            }
            return;
        }
        if (!readiness.actionsRequired()) {
            violations.add("readiness.actionsRequired", "a " + status + " plan must require actions");
        }
        if (steps.isEmpty() && inputs.isEmpty()) {
            violations.add("steps", "a " + status + " plan needs at least one step or workspace input");
        }
    }

    public boolean isReady() {
        return readiness.isReady();
    }

    /** The same plan under the ticket's locked hook policy: the planner may suggest, the ticket decides. */
    public ExecutionSetupPlan withGitHookPolicy(GitHookPolicy lockedPolicy) {
        return new ExecutionSetupPlan(schemaVersion, ticketId, summary, readiness, tempRoots, workspaceInputs,
                workspaceProbes, gitHooks.withPolicy(lockedPolicy), steps, projectCommands, qualityGatePolicy,
                cautions);
    }
}

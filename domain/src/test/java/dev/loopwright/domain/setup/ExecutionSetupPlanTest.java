package dev.loopwright.domain.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionSetupPlanTest {
    private static final ExternalId TICKET = ExternalId.parse("SHOP-12");
    private static final SetupStep INSTALL = new SetupStep("install", "Install dependencies", "the build needs them",
            List.of("npm ci"), true, "node_modules is ignored", List.of());
    private static final WorkspaceInput ENV = new WorkspaceInput(".env", InputKind.FILE, SourceStatus.IGNORED,
            "the app reads its settings from it");
    private static final GitHooks HOOKS = new GitHooks(GitHookPolicy.VALIDATE_EXPLICITLY, List.of("pre-commit"),
            List.of(new HookValidationCommand("lint", "pre-commit", "npm run lint", "what the hook checks")));

    private static ExecutionSetupPlan plan(Readiness readiness, List<SetupStep> steps, List<WorkspaceInput> inputs) {
        return plan(readiness, steps, inputs, List.of(ExecutionSetupPlan.DEFAULT_TEMP_ROOT));
    }

    private static ExecutionSetupPlan plan(Readiness readiness, List<SetupStep> steps, List<WorkspaceInput> inputs,
            List<String> tempRoots) {
        return new ExecutionSetupPlan(1, TICKET, "Install and go", readiness, tempRoots, inputs,
                List.of(new WorkspaceProbe("load", "npm test -- --listTests", "the tests load")), HOOKS, steps,
                new ProjectCommands(List.of("npm ci"), List.of("npm test"), List.of(), List.of()),
                QualityGatePolicy.DEFAULT, List.of());
    }

    private static Readiness ready() {
        return new Readiness(ReadinessStatus.READY, false, List.of("node_modules present"), List.of());
    }

    private static Readiness notReady(ReadinessStatus status, boolean actionsRequired) {
        return new Readiness(status, actionsRequired, List.of(), List.of("dependencies missing"));
    }

    @Test
    void aReadyWorktreeNeedsNoSteps() {
        ExecutionSetupPlan plan = plan(ready(), List.of(), List.of());
        assertThat(plan.isReady()).isTrue();
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void aReadyPlanDoesNothing() {
        Readiness contradictory = new Readiness(ReadinessStatus.READY, true, List.of(), List.of("a gap"));
        assertThatThrownBy(() -> plan(contradictory, List.of(INSTALL), List.of(ENV)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("a ready plan must not require actions; a ready plan must not list gaps; "
                        + "a ready plan must not have steps; a ready plan must not have workspace inputs");
        assertThatThrownBy(() -> plan(ready(), List.of(INSTALL), List.of()))
                .hasMessage("a ready plan must not have steps");
    }

    @Test
    void aPlanThatIsNotReadyDoesSomething() {
        assertThat(plan(notReady(ReadinessStatus.PARTIAL, true), List.of(INSTALL), List.of()).isReady()).isFalse();
        assertThat(plan(notReady(ReadinessStatus.MISSING, true), List.of(), List.of(ENV)).workspaceInputs())
                .containsExactly(ENV);
        assertThatThrownBy(() -> plan(notReady(ReadinessStatus.PARTIAL, false), List.of(INSTALL), List.of()))
                .hasMessage("a partial plan must require actions");
        assertThatThrownBy(() -> plan(notReady(ReadinessStatus.MISSING, true), List.of(), List.of()))
                .hasMessage("a missing plan needs at least one step or workspace input");
    }

    @Test
    void thereIsAtLeastOneSafeTempRoot() {
        assertThatThrownBy(() -> plan(ready(), List.of(), List.of(), List.of()))
                .hasMessage("tempRoots must have at least 1 entry");
        assertThatThrownBy(() -> plan(ready(), List.of(), List.of(), List.of("/tmp/setup")))
                .hasMessage("tempRoots[0] must be relative to the project, got '/tmp/setup'");
        assertThatThrownBy(() -> plan(ready(), List.of(), List.of(), List.of(".git/cache")))
                .hasMessage("tempRoots[0] must not point into .git, got '.git/cache'");
    }

    @Test
    void idsAndInputPathsAreUnique() {
        assertThatThrownBy(() -> plan(notReady(ReadinessStatus.PARTIAL, true), List.of(INSTALL, INSTALL),
                List.of(ENV, ENV)))
                .hasMessage("workspace input .env is listed twice; duplicate step id install");
    }

    @Test
    void aStepRunsAtLeastOneCommand() {
        assertThatThrownBy(() -> new SetupStep("s1", "Title", "Purpose", List.of(), false, "Why", List.of()))
                .hasMessage("steps[s1].commands must have at least 1 entry");
    }

    @Test
    void theTicketsLockedHookPolicyWins() {
        ExecutionSetupPlan plan = plan(ready(), List.of(), List.of())
                .withGitHookPolicy(GitHookPolicy.IGNORE_INTERNAL_ONLY);
        assertThat(plan.gitHooks().policy()).isEqualTo(GitHookPolicy.IGNORE_INTERNAL_ONLY);
        assertThat(plan.gitHooks().validationCommands()).isEqualTo(HOOKS.validationCommands());
    }

    @Test
    void closedSetsUseLowercaseWireNames() {
        assertThat(ReadinessStatus.fromWireName("partial")).isEqualTo(ReadinessStatus.PARTIAL);
        assertThat(InputKind.DIRECTORY.wireName()).isEqualTo("directory");
        assertThat(SourceStatus.fromWireName("untracked")).isEqualTo(SourceStatus.UNTRACKED);
        assertThatThrownBy(() -> ReadinessStatus.fromWireName("notReady"))
                .hasMessage("readiness.status must be one of ready, partial, missing; got 'notReady'");
    }
}

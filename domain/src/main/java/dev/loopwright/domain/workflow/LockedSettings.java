package dev.loopwright.domain.workflow;

import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.Council;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The planning settings frozen when a ticket starts, so a profile change never alters a running plan.
 * Timeouts and quorum are deliberately not here: they are read live at each phase.
 *
 * @param council the distinct council models, the main implementer first (see {@link Council#compose})
 */
public record LockedSettings(
        ModelId mainImplementer,
        Optional<String> mainImplementerVariant,
        List<ModelId> council,
        Map<ModelId, String> councilVariants,
        int interviewQuestions,
        int coverageFollowUpBudgetPercent,
        int maxCoveragePasses,
        int maxPrdCoveragePasses,
        int maxBeadsCoveragePasses,
        int structuredRetryCount,
        boolean manualQaEnabled,
        SettingSource manualQaSource,
        GitHookPolicy gitHookPolicy,
        SettingSource gitHookPolicySource) {

    public LockedSettings {
        Objects.requireNonNull(mainImplementer, "mainImplementer");
        Objects.requireNonNull(mainImplementerVariant, "mainImplementerVariant");
        Objects.requireNonNull(manualQaSource, "manualQaSource");
        Objects.requireNonNull(gitHookPolicy, "gitHookPolicy");
        Objects.requireNonNull(gitHookPolicySource, "gitHookPolicySource");
        councilVariants = Map.copyOf(councilVariants);
        council = List.copyOf(council);
        List<ModelId> members = council;
        Violations violations = new Violations();
        List<ModelId> composed = violations.capture(() -> Council.compose(mainImplementer, members));
        if (composed != null && !composed.equals(members)) {
            violations.add("council", "the council must list distinct models with the main implementer first");
        }
        IntSetting.INTERVIEW_QUESTIONS.check(violations, interviewQuestions);
        IntSetting.COVERAGE_FOLLOW_UP_BUDGET_PERCENT.check(violations, coverageFollowUpBudgetPercent);
        IntSetting.MAX_COVERAGE_PASSES.check(violations, maxCoveragePasses);
        IntSetting.MAX_PRD_COVERAGE_PASSES.check(violations, maxPrdCoveragePasses);
        IntSetting.MAX_BEADS_COVERAGE_PASSES.check(violations, maxBeadsCoveragePasses);
        IntSetting.STRUCTURED_RETRY_COUNT.check(violations, structuredRetryCount);
        violations.throwIfAny();
    }
}

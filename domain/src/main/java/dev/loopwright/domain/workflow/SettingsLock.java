package dev.loopwright.domain.workflow;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.Council;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Freezes the settings a ticket plans with when it starts: the project's override where it has one, else the
 * profile's. Only planning settings are frozen; timeouts and quorum stay live.
 */
public final class SettingsLock {
    private SettingsLock() {
    }

    public static LockedSettings at(Profile profile, ProjectOverrides project) {
        ModelId main = profile.mainImplementer().orElseThrow(() -> ValidationException.of("mainImplementer",
                "Main implementer model is required: set mainImplementer on the profile"));
        List<ModelId> council = Council.compose(main, project.councilMembers().orElse(profile.councilMembers()));
        Map<ModelId, String> variants = profile.councilMemberVariants().entrySet().stream()
                .filter(entry -> council.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean manualQa = project.manualQaEnabled().orElse(profile.manualQaEnabled());
        GitHookPolicy policy = project.gitHookPolicy().orElse(profile.gitHookPolicy());
        return new LockedSettings(main, profile.mainImplementerVariant(), council, variants,
                project.value(IntSetting.INTERVIEW_QUESTIONS).orElse(profile.setting(IntSetting.INTERVIEW_QUESTIONS)),
                profile.setting(IntSetting.COVERAGE_FOLLOW_UP_BUDGET_PERCENT),
                profile.setting(IntSetting.MAX_COVERAGE_PASSES),
                profile.setting(IntSetting.MAX_PRD_COVERAGE_PASSES),
                profile.setting(IntSetting.MAX_BEADS_COVERAGE_PASSES),
                profile.setting(IntSetting.STRUCTURED_RETRY_COUNT),
                manualQa, project.manualQaEnabled().isPresent() ? SettingSource.PROJECT : SettingSource.PROFILE,
                policy, project.gitHookPolicy().isPresent() ? SettingSource.PROJECT : SettingSource.PROFILE);
    }
}

package dev.loopwright.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.IntSettings;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsLockTest {
    private static final ModelId MAIN = new ModelId("openai/gpt-5");
    private static final ModelId B = new ModelId("b/b");
    private static final ModelId C = new ModelId("c/c");

    private static Profile profile() {
        return new Profile(Optional.of(MAIN), Optional.of("high"), List.of(B), Map.of(B, "low", C, "max"), false,
                GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults().with(Map.of(IntSetting.INTERVIEW_QUESTIONS, 12,
                        IntSetting.STRUCTURED_RETRY_COUNT, 3)));
    }

    @Test
    void theProfileDecidesWhereTheProjectIsSilent() {
        LockedSettings locked = SettingsLock.at(profile(), ProjectOverrides.NONE);
        assertThat(locked.council()).containsExactly(MAIN, B);
        assertThat(locked.councilVariants()).containsExactly(Map.entry(B, "low"));
        assertThat(locked.mainImplementerVariant()).contains("high");
        assertThat(locked.interviewQuestions()).isEqualTo(12);
        assertThat(locked.structuredRetryCount()).isEqualTo(3);
        assertThat(locked.manualQaSource()).isEqualTo(SettingSource.PROFILE);
    }

    @Test
    void theProjectsOverridesWin() {
        ProjectOverrides project = new ProjectOverrides(Optional.of(List.of(C, MAIN)), Optional.of(true),
                Optional.of(GitHookPolicy.IGNORE_INTERNAL_ONLY), Map.of(IntSetting.INTERVIEW_QUESTIONS, 5));
        LockedSettings locked = SettingsLock.at(profile(), project);
        assertThat(locked.council()).as("main implementer first, no repeats").containsExactly(MAIN, C);
        assertThat(locked.councilVariants()).containsExactly(Map.entry(C, "max"));
        assertThat(locked.interviewQuestions()).isEqualTo(5);
        assertThat(locked.manualQaEnabled()).isTrue();
        assertThat(locked.manualQaSource()).isEqualTo(SettingSource.PROJECT);
        assertThat(locked.gitHookPolicy()).isEqualTo(GitHookPolicy.IGNORE_INTERNAL_ONLY);
        assertThat(locked.gitHookPolicySource()).isEqualTo(SettingSource.PROJECT);
    }

    @Test
    void aTicketCannotStartWithoutAMainImplementerOrACouncil() {
        assertThatThrownBy(() -> SettingsLock.at(Profile.defaults(), ProjectOverrides.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Main implementer model is required");
        Profile alone = new Profile(Optional.of(MAIN), Optional.empty(), List.of(), Map.of(), false,
                GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults());
        assertThatThrownBy(() -> SettingsLock.at(alone, ProjectOverrides.NONE))
                .hasMessageContaining("between 2 and 10 distinct models");
    }
}

package dev.loopwright.application.port.in;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Settings to change on the profile; empty fields keep their current value. */
public record ProfileChanges(
        Change<ModelId> mainImplementer,
        Change<String> mainImplementerVariant,
        Optional<List<ModelId>> councilMembers,
        Optional<Map<ModelId, String>> councilMemberVariants,
        Optional<Boolean> manualQaEnabled,
        Optional<GitHookPolicy> gitHookPolicy,
        Map<IntSetting, Integer> settings) {

    public static final ProfileChanges NONE = new ProfileChanges(Change.keep(), Change.keep(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    public ProfileChanges {
        Objects.requireNonNull(mainImplementer, "mainImplementer");
        Objects.requireNonNull(mainImplementerVariant, "mainImplementerVariant");
        Objects.requireNonNull(councilMembers, "councilMembers");
        Objects.requireNonNull(councilMemberVariants, "councilMemberVariants");
        Objects.requireNonNull(manualQaEnabled, "manualQaEnabled");
        Objects.requireNonNull(gitHookPolicy, "gitHookPolicy");
        settings = Map.copyOf(settings);
    }
}

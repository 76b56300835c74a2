package dev.loopwright.domain.project;

import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.Council;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Settings a project sets for its own tickets instead of the profile's. Absent means "use the profile". */
public record ProjectOverrides(
        Optional<List<ModelId>> councilMembers,
        Optional<Boolean> manualQaEnabled,
        Optional<GitHookPolicy> gitHookPolicy,
        Map<IntSetting, Integer> values) {

    public static final ProjectOverrides NONE =
            new ProjectOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    public ProjectOverrides {
        Objects.requireNonNull(councilMembers, "councilMembers");
        councilMembers = councilMembers.map(List::copyOf);
        Objects.requireNonNull(manualQaEnabled, "manualQaEnabled");
        Objects.requireNonNull(gitHookPolicy, "gitHookPolicy");
        Violations violations = new Violations();
        values.forEach((setting, value) -> {
            if (!setting.projectOverridable()) {
                violations.add(setting.fieldName(), setting.fieldName() + " can only be set on the profile");
            } else if (value == null) {
                violations.add(setting.fieldName(), setting.fieldName() + " must be a number");
            } else {
                setting.check(violations, value);
            }
        });
        councilMembers.filter(members -> members.size() > Council.MAX_SIZE).ifPresent(members -> violations.add(
                "councilMembers", "councilMembers can name at most " + Council.MAX_SIZE + " models"));
        violations.throwIfAny();
        values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public OptionalInt value(IntSetting setting) {
        Integer value = values.get(setting);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}

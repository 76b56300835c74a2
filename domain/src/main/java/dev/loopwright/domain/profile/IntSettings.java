package dev.loopwright.domain.profile;

import dev.loopwright.domain.common.Violations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A value for every {@link IntSetting}, each inside its range. */
public record IntSettings(Map<IntSetting, Integer> values) {
    public IntSettings {
        Violations violations = new Violations();
        EnumMap<IntSetting, Integer> complete = new EnumMap<>(IntSetting.class);
        for (IntSetting setting : IntSetting.values()) {
            Integer value = values.get(setting);
            if (value == null) {
                violations.add(setting.fieldName(), setting.fieldName() + " is required");
            } else {
                setting.check(violations, value);
                complete.put(setting, value);
            }
        }
        violations.throwIfAny();
        values = Collections.unmodifiableMap(complete);
    }

    public static IntSettings defaults() {
        EnumMap<IntSetting, Integer> defaults = new EnumMap<>(IntSetting.class);
        for (IntSetting setting : IntSetting.values()) {
            defaults.put(setting, setting.defaultValue());
        }
        return new IntSettings(defaults);
    }

    public int get(IntSetting setting) {
        return values.get(setting);
    }

    /** A copy with some values replaced; every replacement is range-checked, all violations reported together. */
    public IntSettings with(Map<IntSetting, Integer> changes) {
        EnumMap<IntSetting, Integer> merged = new EnumMap<>(values);
        merged.putAll(changes);
        return new IntSettings(merged);
    }
}

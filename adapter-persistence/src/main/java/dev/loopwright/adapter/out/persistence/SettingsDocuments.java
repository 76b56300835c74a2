package dev.loopwright.adapter.out.persistence;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.IntSettings;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stored shapes of profile, project overrides, locked settings and blocking errors, and their mapping. */
final class SettingsDocuments {
    private SettingsDocuments() {
    }

    /** Settings are keyed by field name; a setting added in a later version reads as its default. */
    record ProfileDocument(String mainImplementer, String mainImplementerVariant, List<String> councilMembers,
            Map<String, String> councilMemberVariants, boolean manualQaEnabled, String gitHookPolicy,
            Map<String, Integer> settings) {
    }

    record OverridesDocument(List<String> councilMembers, Boolean manualQaEnabled, String gitHookPolicy,
            Map<String, Integer> settings) {
    }

    record LockedSettingsDocument(String mainImplementer, String mainImplementerVariant, List<String> council,
            Map<String, String> councilVariants, int interviewQuestions, int coverageFollowUpBudgetPercent,
            int maxCoveragePasses, int maxPrdCoveragePasses, int maxBeadsCoveragePasses, int structuredRetryCount,
            boolean manualQaEnabled, String manualQaSource, String gitHookPolicy, String gitHookPolicySource) {
    }

    record BlockingErrorDocument(String message, List<String> codes, String diagnostics) {
    }

    static String profile(Profile profile) {
        return Documents.write(new ProfileDocument(
                profile.mainImplementer().map(ModelId::value).orElse(null),
                profile.mainImplementerVariant().orElse(null),
                ids(profile.councilMembers()),
                byId(profile.councilMemberVariants()),
                profile.manualQaEnabled(),
                profile.gitHookPolicy().name(),
                byFieldName(profile.settings().values())));
    }

    static Profile profile(String json) {
        ProfileDocument d = Documents.read(json, ProfileDocument.class);
        Map<IntSetting, Integer> settings = new EnumMap<>(IntSetting.class);
        IntSettings defaults = IntSettings.defaults();
        for (IntSetting setting : IntSetting.values()) {
            Integer stored = d.settings() == null ? null : d.settings().get(setting.fieldName());
            settings.put(setting, stored == null ? defaults.get(setting) : stored);
        }
        return new Profile(Optional.ofNullable(d.mainImplementer()).map(ModelId::new),
                Optional.ofNullable(d.mainImplementerVariant()), models(d.councilMembers()),
                toModels(d.councilMemberVariants()), d.manualQaEnabled(), GitHookPolicy.valueOf(d.gitHookPolicy()),
                new IntSettings(settings));
    }

    static String overrides(ProjectOverrides overrides) {
        return Documents.write(new OverridesDocument(
                overrides.councilMembers().map(SettingsDocuments::ids).orElse(null),
                overrides.manualQaEnabled().orElse(null),
                overrides.gitHookPolicy().map(Enum::name).orElse(null),
                byFieldName(overrides.values())));
    }

    static ProjectOverrides overrides(String json) {
        OverridesDocument d = Documents.read(json, OverridesDocument.class);
        Map<IntSetting, Integer> values = new EnumMap<>(IntSetting.class);
        if (d.settings() != null) {
            d.settings().forEach((name, value) -> IntSetting.byFieldName(name).ifPresent(s -> values.put(s, value)));
        }
        return new ProjectOverrides(Optional.ofNullable(d.councilMembers()).map(SettingsDocuments::models),
                Optional.ofNullable(d.manualQaEnabled()),
                Optional.ofNullable(d.gitHookPolicy()).map(GitHookPolicy::valueOf), values);
    }

    static String lockedSettings(LockedSettings s) {
        return Documents.write(new LockedSettingsDocument(s.mainImplementer().value(),
                s.mainImplementerVariant().orElse(null), ids(s.council()), byId(s.councilVariants()),
                s.interviewQuestions(), s.coverageFollowUpBudgetPercent(), s.maxCoveragePasses(),
                s.maxPrdCoveragePasses(), s.maxBeadsCoveragePasses(), s.structuredRetryCount(), s.manualQaEnabled(),
                s.manualQaSource().name(), s.gitHookPolicy().name(), s.gitHookPolicySource().name()));
    }

    static LockedSettings lockedSettings(String json) {
        LockedSettingsDocument d = Documents.read(json, LockedSettingsDocument.class);
        return new LockedSettings(new ModelId(d.mainImplementer()), Optional.ofNullable(d.mainImplementerVariant()),
                models(d.council()), toModels(d.councilVariants()), d.interviewQuestions(),
                d.coverageFollowUpBudgetPercent(), d.maxCoveragePasses(), d.maxPrdCoveragePasses(),
                d.maxBeadsCoveragePasses(), d.structuredRetryCount(), d.manualQaEnabled(),
                SettingSource.valueOf(d.manualQaSource()), GitHookPolicy.valueOf(d.gitHookPolicy()),
                SettingSource.valueOf(d.gitHookPolicySource()));
    }

    static String blockingError(BlockingError error) {
        return Documents.write(new BlockingErrorDocument(error.message(), error.codes(),
                error.diagnostics().orElse(null)));
    }

    static BlockingError blockingError(String json) {
        BlockingErrorDocument d = Documents.read(json, BlockingErrorDocument.class);
        return new BlockingError(d.message(), d.codes() == null ? List.of() : d.codes(),
                Optional.ofNullable(d.diagnostics()));
    }

    private static List<String> ids(List<ModelId> models) {
        return models.stream().map(ModelId::value).toList();
    }

    private static List<ModelId> models(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(ModelId::new).toList();
    }

    private static Map<String, String> byId(Map<ModelId, String> variants) {
        return variants.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<ModelId, String> toModels(Map<String, String> variants) {
        return variants == null ? Map.of() : variants.entrySet().stream()
                .collect(Collectors.toMap(e -> new ModelId(e.getKey()), Map.Entry::getValue));
    }

    private static Map<String, Integer> byFieldName(Map<IntSetting, Integer> values) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        values.forEach((setting, value) -> byName.put(setting.fieldName(), value));
        return byName;
    }
}

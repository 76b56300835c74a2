package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.CreateProjectCommand;
import dev.loopwright.application.port.in.UpdateProjectCommand;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A project on the wire; overrides are top-level fields, {@code null} meaning "use the profile". */
final class ProjectJson {
    private ProjectJson() {
    }

    static Map<String, Object> from(Project project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", project.id().value());
        json.put("name", project.details().name());
        json.put("shortname", project.shortname().value());
        json.put("icon", project.details().icon());
        json.put("color", project.details().color());
        json.put("folderPath", project.folderPath().toString());
        ProjectOverrides overrides = project.overrides();
        json.put("councilMembers", overrides.councilMembers()
                .map(models -> models.stream().map(ModelId::value).toList()).orElse(null));
        json.put("manualQaOverride", overrides.manualQaEnabled().orElse(null));
        json.put("gitHookPolicy", overrides.gitHookPolicy().map(GitHookPolicy::wireName).orElse(null));
        for (IntSetting setting : IntSetting.projectOverridables()) {
            json.put(setting.fieldName(), overrides.value(setting).isPresent() ? overrides.value(setting).getAsInt() : null);
        }
        json.put("ticketCounter", project.ticketCounter());
        json.put("createdAt", project.createdAt().toString());
        json.put("updatedAt", project.updatedAt().toString());
        return json;
    }

    static CreateProjectCommand create(JsonInput input) {
        input.require("name");
        input.require("shortname");
        input.require("folderPath");
        Optional<String> name = input.string("name");
        Optional<String> shortname = input.string("shortname");
        Optional<String> folder = input.string("folderPath");
        Optional<String> icon = input.string("icon");
        Optional<String> color = input.string("color");
        UpdateFields overrides = overrides(input);
        input.done();
        ProjectOverrides initial = new ProjectOverrides(
                overrides.councilMembers.applyTo(Optional.empty()),
                overrides.manualQa.applyTo(Optional.empty()),
                overrides.policy.applyTo(Optional.empty()),
                setValues(overrides.settings));
        return CreateProjectCommand.of(name.orElse(null), shortname.orElse(null), folder.orElse(null),
                icon.orElse(null), color.orElse(null), initial);
    }

    static UpdateProjectCommand update(ProjectId id, JsonInput input) {
        Optional<String> name = input.string("name");
        Optional<String> icon = input.string("icon");
        Optional<String> color = input.string("color");
        UpdateFields overrides = overrides(input);
        input.done();
        return new UpdateProjectCommand(id, name, icon, color, overrides.councilMembers, overrides.manualQa,
                overrides.policy, overrides.settings);
    }

    private record UpdateFields(Change<List<ModelId>> councilMembers, Change<Boolean> manualQa,
            Change<GitHookPolicy> policy, Map<IntSetting, Change<Integer>> settings) {
    }

    private static UpdateFields overrides(JsonInput input) {
        Violations violations = input.violations();
        Change<List<ModelId>> members = input.change("councilMembers", field -> input.strings(field).map(values -> {
            List<ModelId> models = new ArrayList<>();
            values.forEach(value -> Optional.ofNullable(violations.capture(() -> new ModelId(value)))
                    .ifPresent(models::add));
            return models;
        }));
        Change<Boolean> manualQa = input.change("manualQaOverride", input::bool);
        Change<GitHookPolicy> policy = input.change("gitHookPolicy", field -> input.string(field)
                .map(value -> violations.capture(() -> GitHookPolicy.fromWireName(value))));
        Map<IntSetting, Change<Integer>> settings = new EnumMap<>(IntSetting.class);
        for (IntSetting setting : IntSetting.values()) {
            Change<Integer> change = input.change(setting.fieldName(), input::integer);
            if (!(change instanceof Change.Keep)) {
                if (!setting.projectOverridable()) {
                    violations.add(setting.fieldName(), setting.fieldName() + " can only be set on the profile");
                }
                settings.put(setting, change);
            }
        }
        return new UpdateFields(members, manualQa, policy, settings);
    }

    private static Map<IntSetting, Integer> setValues(Map<IntSetting, Change<Integer>> changes) {
        Map<IntSetting, Integer> values = new EnumMap<>(IntSetting.class);
        changes.forEach((setting, change) -> change.applyTo(Optional.empty()).ifPresent(v -> values.put(setting, v)));
        return values;
    }
}

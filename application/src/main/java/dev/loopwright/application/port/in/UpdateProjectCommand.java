package dev.loopwright.application.port.in;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.ProjectId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Change a project's presentation and overrides. The shortname and folder are fixed once attached. */
public record UpdateProjectCommand(
        ProjectId id,
        Optional<String> name,
        Optional<String> icon,
        Optional<String> color,
        Change<List<ModelId>> councilMembers,
        Change<Boolean> manualQaEnabled,
        Change<GitHookPolicy> gitHookPolicy,
        Map<IntSetting, Change<Integer>> settings) {

    public UpdateProjectCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(councilMembers, "councilMembers");
        Objects.requireNonNull(manualQaEnabled, "manualQaEnabled");
        Objects.requireNonNull(gitHookPolicy, "gitHookPolicy");
        settings = Map.copyOf(settings);
    }
}

package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Reads a ticket's execution settings: the model and structured retry count frozen at Start, the budgets live (the
 * project's override where it has one, else the profile's value, else the default), so a budget raised while a
 * ticket is blocked applies to its retry.
 */
public final class ExecutionSettingsSource {
    private final ProfileRepository profiles;
    private final ProjectRepository projects;

    public ExecutionSettingsSource(ProfileRepository profiles, ProjectRepository projects) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    public ExecutionSettings settingsFor(Ticket ticket, LockedSettings locked) {
        Profile profile = profiles.find().orElseGet(Profile::defaults);
        ProjectOverrides overrides = projects.findById(ticket.projectId()).map(project -> project.overrides())
                .orElse(ProjectOverrides.NONE);
        return new ExecutionSettings(locked.mainImplementer(), locked.mainImplementerVariant(),
                locked.structuredRetryCount(), live(IntSetting.MAX_ITERATIONS, profile, overrides),
                Duration.ofMillis(live(IntSetting.PER_ITERATION_TIMEOUT, profile, overrides)),
                live(IntSetting.MAX_PARALLEL_BEADS, profile, overrides));
    }

    /** A live budget (maxIterations, perIterationTimeout, …) as it applies to the ticket now. */
    public int live(Ticket ticket, IntSetting setting) {
        return live(setting, profiles.find().orElseGet(Profile::defaults), projects.findById(ticket.projectId())
                .map(project -> project.overrides()).orElse(ProjectOverrides.NONE));
    }

    private static int live(IntSetting setting, Profile profile, ProjectOverrides overrides) {
        return overrides.value(setting).orElse(profile.setting(setting));
    }
}

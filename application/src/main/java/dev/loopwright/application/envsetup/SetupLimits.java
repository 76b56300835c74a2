package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.ticket.Ticket;
import java.time.Duration;
import java.util.Objects;

/**
 * How long one setup attempt may take and how many attempts a run gets, read live when the phase starts: the
 * project's override, else the profile's value, else the default.
 *
 * @param attemptTimeout {@link Duration#ZERO} for no limit
 * @param maxAttempts 0 for no limit (the setting's own meaning), otherwise at least 1
 */
record SetupLimits(Duration attemptTimeout, int maxAttempts) {
    SetupLimits {
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        if (attemptTimeout.isNegative() || maxAttempts < 0) {
            throw new IllegalArgumentException("setup limits are not negative");
        }
    }

    static SetupLimits of(ProfileRepository profiles, ProjectRepository projects, Ticket ticket) {
        Profile profile = profiles.find().orElseGet(Profile::defaults);
        ProjectOverrides overrides = projects.findById(ticket.projectId()).map(project -> project.overrides())
                .orElse(ProjectOverrides.NONE);
        int timeout = overrides.value(IntSetting.EXECUTION_SETUP_TIMEOUT)
                .orElse(profile.setting(IntSetting.EXECUTION_SETUP_TIMEOUT));
        int attempts = overrides.value(IntSetting.MAX_ITERATIONS).orElse(profile.setting(IntSetting.MAX_ITERATIONS));
        return new SetupLimits(Duration.ofMillis(timeout), attempts);
    }

    boolean allows(int attempt) {
        return maxAttempts == 0 || attempt <= maxAttempts;
    }
}

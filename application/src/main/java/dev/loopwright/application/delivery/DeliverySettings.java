package dev.loopwright.application.delivery;

import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.ticket.Ticket;
import java.time.Duration;

/** The live settings delivery reads: how long one final-test command may run. */
@FunctionalInterface
public interface DeliverySettings {

    /** {@link Duration#ZERO} means no limit. */
    Duration commandTimeout(Ticket ticket);

    /** {@code perIterationTimeout}: the project's override, else the profile's value, else the default. */
    static DeliverySettings fromProfile(ProfileRepository profiles, ProjectRepository projects) {
        return ticket -> {
            Profile profile = profiles.find().orElseGet(Profile::defaults);
            ProjectOverrides overrides = projects.findById(ticket.projectId()).map(project -> project.overrides())
                    .orElse(ProjectOverrides.NONE);
            return Duration.ofMillis(overrides.value(IntSetting.PER_ITERATION_TIMEOUT)
                    .orElse(profile.setting(IntSetting.PER_ITERATION_TIMEOUT)));
        };
    }
}

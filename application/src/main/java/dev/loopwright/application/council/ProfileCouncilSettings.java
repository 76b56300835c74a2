package dev.loopwright.application.council;

import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.ticket.Ticket;
import java.time.Duration;
import java.util.Objects;

/** Live council settings: the project's override where it has one, else the profile's value, else the default. */
public final class ProfileCouncilSettings implements CouncilSettingsSource {
    private final ProfileRepository profiles;
    private final ProjectRepository projects;

    public ProfileCouncilSettings(ProfileRepository profiles, ProjectRepository projects) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    @Override
    public CouncilSettings settingsFor(Ticket ticket) {
        Profile profile = profiles.find().orElseGet(Profile::defaults);
        ProjectOverrides overrides = projects.findById(ticket.projectId()).map(project -> project.overrides())
                .orElse(ProjectOverrides.NONE);
        int timeout = overrides.value(IntSetting.COUNCIL_RESPONSE_TIMEOUT)
                .orElse(profile.setting(IntSetting.COUNCIL_RESPONSE_TIMEOUT));
        int quorum = overrides.value(IntSetting.MIN_COUNCIL_QUORUM).orElse(profile.setting(IntSetting.MIN_COUNCIL_QUORUM));
        return new CouncilSettings(Duration.ofMillis(timeout), quorum);
    }
}

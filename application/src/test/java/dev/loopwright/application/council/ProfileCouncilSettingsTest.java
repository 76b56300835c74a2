package dev.loopwright.application.council;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectOverrides;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileCouncilSettingsTest {
    private final CouncilFixture fixture = new CouncilFixture();
    private final ProfileCouncilSettings settings = new ProfileCouncilSettings(fixture.repositories.profiles(),
            fixture.repositories.projects());

    @Test
    void withoutAProfileTheDefaultsApply() {
        assertThat(settings.settingsFor(fixture.ticket)).isEqualTo(new CouncilSettings(
                Duration.ofMillis(IntSetting.COUNCIL_RESPONSE_TIMEOUT.defaultValue()),
                IntSetting.MIN_COUNCIL_QUORUM.defaultValue()));
    }

    @Test
    void theProjectsOverrideWinsOverTheProfileAndIsReadLive() {
        fixture.repositories.profiles().save(Profile.defaults());
        Project project = fixture.repositories.projects().findById(fixture.ticket.projectId()).orElseThrow();
        fixture.repositories.projects().update(project.withDetails(project.details(), new ProjectOverrides(
                Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(IntSetting.COUNCIL_RESPONSE_TIMEOUT, 45_000, IntSetting.MIN_COUNCIL_QUORUM, 3)),
                fixture.clock.instant()));

        assertThat(settings.settingsFor(fixture.ticket)).isEqualTo(new CouncilSettings(Duration.ofSeconds(45), 3));
    }
}

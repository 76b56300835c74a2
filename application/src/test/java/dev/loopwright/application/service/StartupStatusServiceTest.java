package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.InMemoryNoticeRepository;
import dev.loopwright.application.fake.InMemoryProjectRepository;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.in.StartupStatus;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartupStatusServiceTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final InMemoryNoticeRepository notices = new InMemoryNoticeRepository();

    private StartupStatus status(boolean existed) {
        return new StartupStatusService(new StartupFacts(existed, "/d/loopwright.db", "/d", "FLAG"), projects, notices,
                clock).status();
    }

    @Test
    void aNewDatabaseIsFreshAndAnEmptyOneIsEmptyExisting() {
        assertThat(status(false).storageKind()).isEqualTo("fresh");
        assertThat(status(true).storageKind()).isEqualTo("empty_existing");
        assertThat(status(true).showRestoreNotice()).isFalse();
    }

    @Test
    void restoredProjectsShowANoticeUntilDismissed() {
        projects.create(new NewProject(new Shortname("ABC"), Path.of("/r"), ProjectDetails.of("p", null, null),
                ProjectOverrides.NONE, clock.instant()));
        StartupStatusService service = new StartupStatusService(new StartupFacts(true, "/d/db", "/d", "HOME"), projects,
                notices, clock);
        assertThat(service.status().storageKind()).isEqualTo("restored");
        assertThat(service.status().restoredProjectCount()).isEqualTo(1);
        assertThat(service.status().showRestoreNotice()).isTrue();
        assertThat(service.dismiss()).isEqualTo(clock.instant());
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.dismiss()).as("idempotent").isEqualTo(clock.instant().minusSeconds(60));
        assertThat(service.status().showRestoreNotice()).isFalse();
    }
}

package dev.loopwright.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotifyingArtifactRepositoryTest {
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final Repositories repositories = InMemoryRepositories.create();
    private final NotifyingArtifactRepository artifacts = new NotifyingArtifactRepository(repositories.artifacts(),
            events);
    private final TicketId ticket = new TicketId(1);
    private final Instant at = Instant.parse("2026-12-01T00:00:00Z");

    @BeforeEach
    void attempts() {
        repositories.attempts().save(PhaseAttempt.first(ticket, TicketStatus.COUNCIL_DELIBERATING, at));
        repositories.attempts().save(PhaseAttempt.first(ticket, TicketStatus.SCANNING_RELEVANT_FILES, at));
    }

    @Test
    void everyWriteIsAnnouncedAndReadsAreNot() {
        artifacts.append(new NewArtifact(ticket, TicketStatus.COUNCIL_DELIBERATING, 1, "interview_drafts", "a", at));
        artifacts.upsertLatest(new NewArtifact(ticket, TicketStatus.SCANNING_RELEVANT_FILES, 1, "relevant_files_scan",
                "b", at));
        artifacts.findAll(ticket);

        assertThat(events.published()).containsExactly(
                new TicketNotification.ArtifactChanged(ticket, TicketStatus.COUNCIL_DELIBERATING, "interview_drafts",
                        false, at),
                new TicketNotification.ArtifactChanged(ticket, TicketStatus.SCANNING_RELEVANT_FILES,
                        "relevant_files_scan", false, at));
        assertThat(artifacts.findLatest(ticket, TicketStatus.COUNCIL_DELIBERATING, 1, "interview_drafts"))
                .hasValueSatisfying(found -> assertThat(found.content()).isEqualTo("a"));
    }
}

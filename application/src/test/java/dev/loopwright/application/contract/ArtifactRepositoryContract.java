package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ArchivedAttemptWriteException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class ArtifactRepositoryContract extends RepositoryContract {
    private static final TicketStatus PHASE = TicketStatus.COUNCIL_DELIBERATING;
    private Ticket ticket;
    private PhaseAttempt attempt;

    @BeforeEach
    void aTicketWithAnActiveAttempt() {
        ticket = ticket(project("SHOP"), 1, T0);
        attempt = PhaseAttempt.first(ticket.id(), PHASE, T0);
        repositories.attempts().save(attempt);
    }

    private NewArtifact artifact(int attemptNumber, String type, String content, long second) {
        return new NewArtifact(ticket.id(), PHASE, attemptNumber, type, content, at(second));
    }

    @Test
    void appendedArtifactsAreCountedAndTheLatestIsFound() {
        PhaseArtifact first = repositories.artifacts().append(artifact(1, "interview_drafts", "one", 1));
        PhaseArtifact second = repositories.artifacts().append(artifact(1, "interview_drafts", "two ✓\n", 2));
        repositories.artifacts().append(artifact(1, "interview_votes", "v", 3));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(repositories.artifacts().count(ticket.id(), PHASE, 1, "interview_drafts")).isEqualTo(2);
        assertThat(repositories.artifacts().findLatest(ticket.id(), PHASE, 1, "interview_drafts")).contains(second);
        assertThat(repositories.artifacts().findLatest(ticket.id(), PHASE, 1, "missing")).isEmpty();
        assertThat(repositories.artifacts().findAll(ticket.id())).extracting(PhaseArtifact::content)
                .containsExactly("one", "two ✓\n", "v");
    }

    @Test
    void upsertReplacesTheLatestOfItsTypeInPlace() {
        PhaseArtifact first = repositories.artifacts().upsertLatest(artifact(1, "interview_session", "a", 1));
        PhaseArtifact replaced = repositories.artifacts().upsertLatest(artifact(1, "interview_session", "b", 2));
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(repositories.artifacts().count(ticket.id(), PHASE, 1, "interview_session")).isEqualTo(1);
        assertThat(repositories.artifacts().findLatest(ticket.id(), PHASE, 1, "interview_session"))
                .hasValueSatisfying(a -> assertThat(a.content()).isEqualTo("b"));
    }

    @Test
    void anArchivedAttemptIsReadOnlyButStillReadable() {
        PhaseArtifact old = repositories.artifacts().append(artifact(1, "interview_drafts", "old", 1));
        repositories.attempts().save(attempt.archive(ArchiveReason.PLANNING_RESTART, at(5)));
        repositories.attempts().save(attempt.next(at(5)));

        assertThatThrownBy(() -> repositories.artifacts().append(artifact(1, "interview_drafts", "late", 6)))
                .isInstanceOf(ArchivedAttemptWriteException.class);
        assertThatThrownBy(() -> repositories.artifacts().upsertLatest(artifact(1, "interview_drafts", "late", 6)))
                .isInstanceOf(ArchivedAttemptWriteException.class);
        assertThat(repositories.artifacts().findLatest(ticket.id(), PHASE, 1, "interview_drafts")).contains(old);

        repositories.artifacts().append(artifact(2, "interview_drafts", "new", 7));
        assertThat(repositories.artifacts().count(ticket.id(), PHASE, 2, "interview_drafts")).isEqualTo(1);
        assertThat(repositories.artifacts().count(ticket.id(), PHASE, 1, "interview_drafts")).isEqualTo(1);
    }

    @Test
    void deletingATicketsArtifactsRemovesThemAllAndNoOtherTicketsOnes() {
        repositories.artifacts().append(artifact(1, "interview_drafts", "old", 1));
        repositories.attempts().save(attempt.archive(ArchiveReason.PLANNING_RESTART, at(2)));
        repositories.attempts().save(attempt.next(at(2)));
        repositories.artifacts().append(artifact(2, "interview_drafts", "new", 3));
        Ticket other = ticket(project("CART"), 1, T0);
        repositories.attempts().save(PhaseAttempt.first(other.id(), PHASE, at(1)));
        repositories.artifacts().append(new NewArtifact(other.id(), PHASE, 1, "interview_drafts", "theirs", at(4)));

        assertThat(repositories.artifacts().deleteAll(ticket.id())).isEqualTo(2);
        assertThat(repositories.artifacts().findAll(ticket.id())).isEmpty();
        assertThat(repositories.artifacts().findAll(other.id())).extracting(PhaseArtifact::content)
                .containsExactly("theirs");
        assertThat(repositories.artifacts().deleteAll(ticket.id())).isZero();
    }

    @Test
    void writingIntoAnAttemptThatDoesNotExistFails() {
        assertThatThrownBy(() -> repositories.artifacts().append(artifact(9, "interview_drafts", "x", 1)))
                .isInstanceOf(NotFoundException.class);
    }
}

package dev.loopwright.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseAttemptTest {
    private static final TicketId TICKET = new TicketId(3);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void archivingKeepsTheAttemptReadableAndTheNextOneIsNumberedOn() {
        PhaseAttempt first = PhaseAttempt.first(TICKET, TicketStatus.DRAFTING_PRD, T0);
        PhaseAttempt archived = first.archive(ArchiveReason.MANUAL_RETRY_AFTER_BLOCKED_ERROR, T1);
        assertThat(archived.isActive()).isFalse();
        assertThat(archived.archiveReason()).contains(ArchiveReason.MANUAL_RETRY_AFTER_BLOCKED_ERROR);
        assertThat(archived.archivedAt()).contains(T1);
        PhaseAttempt second = archived.next(T1);
        assertThat(second.attemptNumber()).isEqualTo(2);
        assertThat(second.isActive()).isTrue();
        assertThatThrownBy(() -> archived.archive(ArchiveReason.PLANNING_RESTART, T1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anArchivedAttemptNeedsAReasonAndATime() {
        assertThatThrownBy(() -> new PhaseAttempt(TICKET, TicketStatus.CODING, 1, AttemptState.ARCHIVED,
                Optional.empty(), T0, Optional.of(T1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhaseAttempt(TICKET, TicketStatus.CODING, 0, AttemptState.ACTIVE,
                Optional.empty(), T0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorOccurrenceIsResolvedOnce() {
        ErrorOccurrence open = new ErrorOccurrence(TICKET, 1, TicketStatus.CODING,
                new BlockingError("Bead execution failed", List.of("CODING_FAILED"), Optional.empty()), T0,
                Optional.empty());
        assertThat(open.isOpen()).isTrue();
        ErrorOccurrence resolved = open.resolve(ErrorResolution.RETRIED, TicketStatus.CODING, T1);
        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.resolution()).contains(
                new ErrorOccurrence.Resolution(ErrorResolution.RETRIED, TicketStatus.CODING, T1));
        assertThatThrownBy(() -> resolved.resolve(ErrorResolution.CANCELED, TicketStatus.CANCELED, T1))
                .isInstanceOf(IllegalStateException.class);
    }
}

package dev.loopwright.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTest {

    @Test
    void aTitleIsOneToFiveHundredCharactersAndNotBlank() {
        assertThat(TicketDetails.of("x", null, null).title()).isEqualTo("x");
        assertThat(TicketDetails.of("x".repeat(500), null, null).title()).hasSize(500);
        assertThatThrownBy(() -> TicketDetails.of("", null, null))
                .hasMessage("title must be between 1 and 500 characters");
        assertThatThrownBy(() -> TicketDetails.of("x".repeat(501), null, null))
                .hasMessage("title must be between 1 and 500 characters");
        assertThatThrownBy(() -> TicketDetails.of(" \t", null, null)).hasMessage("title must not be blank");
        assertThatThrownBy(() -> TicketDetails.of(null, null, null)).hasMessage("title is required");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE80";
        assertThat(TicketDetails.of(emoji.repeat(500), null, null).title()).hasSize(1000);
        assertThatThrownBy(() -> TicketDetails.of(emoji.repeat(501), null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aDescriptionIsAtMostTenThousandCharacters() {
        assertThat(TicketDetails.of("t", "", null).description()).contains("");
        assertThat(TicketDetails.of("t", "d".repeat(10_000), null).description()).isPresent();
        assertThatThrownBy(() -> TicketDetails.of("t", "d".repeat(10_001), null))
                .hasMessage("description must be at most 10000 characters");
    }

    @Test
    void priorityIsOneToFiveAndDefaultsToThree() {
        assertThat(TicketDetails.of("t", null, null).priority()).isEqualTo(3);
        assertThat(TicketDetails.of("t", null, 1).priority()).isEqualTo(1);
        assertThat(TicketDetails.of("t", null, 5).priority()).isEqualTo(5);
        assertThatThrownBy(() -> TicketDetails.of("t", null, 0)).hasMessage("priority must be between 1 and 5");
        assertThatThrownBy(() -> TicketDetails.of("t", null, 6)).hasMessage("priority must be between 1 and 5");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> TicketDetails.of("", "d".repeat(10_001), 9))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("title", "description", "priority"));
    }

    @Test
    void externalIdsRoundTrip() {
        ExternalId id = ExternalId.parse("AUTH-12");
        assertThat(id.shortname()).isEqualTo(new Shortname("AUTH"));
        assertThat(id.number()).isEqualTo(12);
        assertThat(id).hasToString("AUTH-12");
        for (String bad : new String[] {"AUTH", "AUTH-0", "auth-1", "AUTH-01", "AU-1", "AUTH-1-2", "AUTH-1234567890"}) {
            assertThatThrownBy(() -> ExternalId.parse(bad)).as(bad).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aNewTicketIsADraftAndOnlyFinishedTicketsAreDeletable() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        Ticket ticket = Ticket.create(new TicketId(7), new ProjectId(1), ExternalId.parse("ABC-1"),
                TicketDetails.of("t", null, null), now);
        assertThat(ticket.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(ticket.workflow().revision()).isZero();
        assertThat(ticket.createdAt()).isEqualTo(now).isEqualTo(ticket.updatedAt());
        assertThat(ticket.isDeletable()).isFalse();

        Instant later = now.plusSeconds(5);
        Ticket edited = ticket.withDetails(new TicketDetails("new", Optional.empty(), 1), later);
        assertThat(edited.details().title()).isEqualTo("new");
        assertThat(edited.updatedAt()).isEqualTo(later);
        assertThat(edited.createdAt()).isEqualTo(now);
    }
}

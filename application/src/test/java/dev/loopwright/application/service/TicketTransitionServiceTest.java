package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ErrorOccurrence;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.StatusChange;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketTransitionServiceTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final Repositories repositories = InMemoryRepositories.create();
    private TicketTransitionService service;
    private Ticket ticket;

    @BeforeEach
    void setUp() {
        service = new TicketTransitionService(repositories.tickets(), repositories.history(), repositories.errors(),
                repositories.attempts(), repositories.unitOfWork(), publisher, clock);
        Project project = repositories.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/r/shop"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = repositories.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
    }

    @Test
    void anAcceptedEventStoresStateHistoryAndAttemptAndTellsListeners() {
        TransitionResult result = service.apply(ticket.id(), TestSettings.start());

        assertThat(result).isInstanceOf(TransitionResult.Accepted.class);
        Ticket stored = repositories.tickets().findById(ticket.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(stored.workflow().lockedSettings()).contains(TestSettings.locked());
        assertThat(repositories.history().findAll(ticket.id())).containsExactly(new StatusChange(ticket.id(),
                TicketStatus.DRAFT, TicketStatus.SCANNING_RELEVANT_FILES, TicketEventType.START, 1, clock.instant()));
        assertThat(repositories.attempts().findActive(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES))
                .hasValueSatisfying(a -> assertThat(a.attemptNumber()).isEqualTo(1));
        assertThat(publisher.published()).containsExactly(new TicketNotification.StateChanged(ticket.id(),
                TicketStatus.DRAFT, TicketStatus.SCANNING_RELEVANT_FILES, Optional.of(TicketStatus.DRAFT), 1,
                clock.instant()));
    }

    @Test
    void blockingOpensAnOccurrenceAndRetryResolvesItAndReentersTheSameAttempt() {
        service.apply(ticket.id(), TestSettings.start());
        service.apply(ticket.id(), TicketEvent.error("OpenCode is not reachable", List.of("OPENCODE_UNREACHABLE")));

        ErrorOccurrence open = repositories.errors().findOpen(ticket.id()).orElseThrow();
        assertThat(open.blockedFrom()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(publisher.published()).contains(new TicketNotification.ErrorRaised(ticket.id(),
                TicketStatus.SCANNING_RELEVANT_FILES, "OpenCode is not reachable", List.of("OPENCODE_UNREACHABLE"),
                clock.instant()));
        assertThat(open.error().codes()).containsExactly("OPENCODE_UNREACHABLE");

        service.apply(ticket.id(), TicketEvent.of(TicketEventType.RETRY));
        assertThat(repositories.errors().findOpen(ticket.id())).isEmpty();
        assertThat(repositories.errors().findAll(ticket.id())).singleElement().satisfies(o -> {
            assertThat(o.resolution()).hasValueSatisfying(r -> {
                assertThat(r.kind()).isEqualTo(ErrorResolution.RETRIED);
                assertThat(r.resumedTo()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
            });
        });
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES))
                .as("archiving for a retry is the retry use case's decision; the active attempt is reused").hasSize(1);
        assertThat(repositories.history().findAll(ticket.id())).extracting(StatusChange::to).containsExactly(
                TicketStatus.SCANNING_RELEVANT_FILES, TicketStatus.BLOCKED_ERROR, TicketStatus.SCANNING_RELEVANT_FILES);
    }

    @Test
    void enteringAStatusThatWaitsForAPersonSaysSo() {
        service.apply(ticket.id(), TestSettings.start());
        service.apply(ticket.id(), TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
        service.apply(ticket.id(), TicketEvent.of(TicketEventType.QUESTIONS_READY));
        service.apply(ticket.id(), TicketEvent.of(TicketEventType.WINNER_SELECTED));
        service.apply(ticket.id(), TicketEvent.of(TicketEventType.READY));

        assertThat(publisher.published()).filteredOn(TicketNotification.NeedsInput.class::isInstance).containsExactly(
                new TicketNotification.NeedsInput(ticket.id(), TicketStatus.WAITING_INTERVIEW_ANSWERS, "interview_qa",
                        clock.instant()));
    }

    @Test
    void aRejectedEventChangesNothingAndTellsNoOne() {
        TransitionResult result = service.apply(ticket.id(), TicketEvent.of(TicketEventType.APPROVE));
        assertThat(result).isInstanceOf(TransitionResult.Rejected.class);
        assertThat(repositories.tickets().findById(ticket.id())).contains(ticket);
        assertThat(repositories.history().findAll(ticket.id())).isEmpty();
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void anUnknownTicketIsNotFound() {
        assertThatThrownBy(() -> service.apply(new TicketId(999), TicketEvent.of(TicketEventType.CANCEL)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void statusesWithoutAttemptsGetNone() {
        service.apply(ticket.id(), TicketEvent.of(TicketEventType.CANCEL));
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.CANCELED)).isEmpty();
    }
}

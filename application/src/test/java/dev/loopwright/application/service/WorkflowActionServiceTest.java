package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowActionServiceTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final TicketTransitionService transitions = new TicketTransitionService(r.tickets(), r.history(),
            r.errors(), r.attempts(), r.unitOfWork(), new RecordingEventPublisher(), clock);
    private final WorkflowActionService actions = new WorkflowActionService(r.tickets(), r.attempts(), transitions,
            r.unitOfWork(), clock);
    private Ticket ticket;
    private final TicketReference ref = TicketReference.parse("SHOP-1");

    @BeforeEach
    void aTicket() {
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/r"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
    }

    @Test
    void aDraftCanBeCanceledAndThenNothingElse() {
        assertThat(actions.cancel(ref).status()).isEqualTo(TicketStatus.CANCELED);
        assertThatThrownBy(() -> actions.cancel(ref)).isInstanceOf(WorkflowConflictException.class)
                .hasMessageContaining("CANCEL is not allowed while the ticket is CANCELED");
    }

    @Test
    void retryReentersTheFailedPhaseWithAFreshAttempt() {
        transitions.apply(ticket.id(), TestSettings.start());
        transitions.apply(ticket.id(), TicketEvent.error("scan failed", List.of("RELEVANT_FILES_SCAN_FAILED")));

        Ticket retried = actions.retry(ref);

        assertThat(retried.status()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        List<PhaseAttempt> history = r.attempts().findAll(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(history).extracting(PhaseAttempt::attemptNumber).containsExactly(1, 2);
        assertThat(history.get(0).archiveReason()).contains(ArchiveReason.MANUAL_RETRY_AFTER_BLOCKED_ERROR);
        assertThat(history.get(1).isActive()).isTrue();
        assertThat(r.errors().findOpen(ticket.id())).isEmpty();
    }

    @Test
    void onlyABlockedTicketCanBeRetried() {
        assertThatThrownBy(() -> actions.retry(ref)).isInstanceOf(WorkflowConflictException.class)
                .hasMessage("Only a blocked ticket can be retried; SHOP-1 is DRAFT");
    }
}

package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.execution.CodingRecovery;
import dev.loopwright.application.execution.ExecutionLedger;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryBeadExecutionRepository;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.fake.InMemoryExecutionLog;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.in.CancelCleanup;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowActionServiceTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final TicketTransitionService transitions = new TicketTransitionService(r.tickets(), r.history(),
            r.errors(), r.attempts(), r.unitOfWork(), new RecordingEventPublisher(), clock);
    private final InMemoryExecutionLog log = new InMemoryExecutionLog();
    private final FolderGitWorkspace git = new FolderGitWorkspace();
    private final InMemoryBeadExecutionRepository beadExecutions = new InMemoryBeadExecutionRepository();
    private final WorkflowActionService actions = new WorkflowActionService(r.tickets(), r.attempts(), transitions,
            r.unitOfWork(), new TicketCleanup(r.projects(), r.artifacts(), beadExecutions, r.sessions(), log, git,
                    r.unitOfWork()), new CodingRecovery(new ExecutionLedger(beadExecutions,
                    new ApprovedArtifacts(r.attempts(), r.artifacts())), r.projects(), git, new ScriptedModelRuntime(),
                    clock), clock, Map.of());
    private Ticket ticket;
    private final TicketReference ref = TicketReference.parse("SHOP-1");
    @TempDir
    Path repository;

    @BeforeEach
    void aTicket() {
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), repository,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
    }

    @Test
    void aDraftCanBeCanceledAndThenNothingElse() {
        assertThat(actions.cancel(ref, CancelCleanup.NONE).status()).isEqualTo(TicketStatus.CANCELED);
        assertThatThrownBy(() -> actions.cancel(ref, CancelCleanup.NONE)).isInstanceOf(WorkflowConflictException.class)
                .hasMessageContaining("CANCEL is not allowed while the ticket is CANCELED");
    }

    @Test
    void cancellingWithDeleteContentRemovesWhatTheTicketProducedButKeepsItsHistoryAndLog() {
        Path workingCopy = startedWithArtifactSessionAndLog();

        Ticket cancelled = actions.cancel(ref, new CancelCleanup(true, false));

        assertThat(cancelled.status()).isEqualTo(TicketStatus.CANCELED);
        assertThat(r.artifacts().findAll(ticket.id())).isEmpty();
        assertThat(r.sessions().findAll(ticket.id())).isEmpty();
        assertThat(beadExecutions.find(ticket.id())).isEmpty();
        assertThat(workingCopy).doesNotExist();
        assertThat(r.history().findAll(ticket.id())).isNotEmpty();
        assertThat(r.attempts().findAll(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)).hasSize(1);
        assertThat(log.read(ticket.id())).hasSize(1);
    }

    @Test
    void deleteLogAloneRemovesOnlyTheLog() {
        Path workingCopy = startedWithArtifactSessionAndLog();

        actions.cancel(ref, new CancelCleanup(false, true));

        assertThat(log.read(ticket.id())).isEmpty();
        assertThat(r.artifacts().findAll(ticket.id())).hasSize(1);
        assertThat(workingCopy).isDirectory();
    }

    @Test
    void aCancelledTicketCanBeCleanedUpLaterAndAgain() {
        Path workingCopy = startedWithArtifactSessionAndLog();
        actions.cancel(ref, CancelCleanup.NONE);

        actions.cancel(ref, new CancelCleanup(true, true));
        Ticket again = actions.cancel(ref, new CancelCleanup(true, true));

        assertThat(again.status()).isEqualTo(TicketStatus.CANCELED);
        assertThat(workingCopy).doesNotExist();
        assertThat(r.artifacts().findAll(ticket.id())).isEmpty();
        assertThat(log.read(ticket.id())).isEmpty();
    }

    @Test
    void cleaningUpATicketWhoseProjectFolderIsGoneStillCancelsIt() throws Exception {
        startedWithArtifactSessionAndLog();
        Files.walk(repository).sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());

        assertThat(actions.cancel(ref, new CancelCleanup(true, true)).status()).isEqualTo(TicketStatus.CANCELED);
        assertThat(r.artifacts().findAll(ticket.id())).isEmpty();
    }

    @Test
    void onlyAFinishedTicketCanBeDeletedAndDeletingItRemovesWhatItLeftOnDisk() {
        Path workingCopy = startedWithArtifactSessionAndLog();
        assertThatThrownBy(() -> actions.delete(ref)).isInstanceOf(ConflictException.class)
                .hasMessage("Only completed or canceled tickets can be deleted");
        assertThat(workingCopy).isDirectory();

        actions.cancel(ref, CancelCleanup.NONE);
        actions.delete(ref);

        assertThat(r.tickets().findById(ticket.id())).isEmpty();
        assertThat(workingCopy).doesNotExist();
        assertThat(log.read(ticket.id())).isEmpty();
    }

    private Path startedWithArtifactSessionAndLog() {
        transitions.apply(ticket.id(), TestSettings.start());
        Path workingCopy = git.prepareTicketWorkspace(repository, "SHOP-1").workingCopy();
        r.artifacts().append(new NewArtifact(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, 1,
                "relevant_files_scan", "files: []", clock.instant()));
        r.sessions().save(new OwnedSession("ses_1", SessionOwner.of(ticket.id(),
                TicketStatus.SCANNING_RELEVANT_FILES, 1), SessionState.ACTIVE, clock.instant(), clock.instant()));
        log.append(new LogLine(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, LogLine.Level.INFO, "started",
                clock.instant()));
        beadExecutions.save(ticket.id(), BeadExecutionState.seeded(BeadsJsonl.read(ApprovedBeadsFixture.jsonl(
                ApprovedBeadsFixture.bead("SHOP-1", "B1", 1)), ticket.externalId())));
        return workingCopy;
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

    @Test
    void aRetryNoteIsRefusedOutsideCodingAndContinueNeedsAKeptSession() {
        transitions.apply(ticket.id(), TestSettings.start());
        transitions.apply(ticket.id(), TicketEvent.error("scan failed", List.of("RELEVANT_FILES_SCAN_FAILED")));

        assertThatThrownBy(() -> actions.retry(ref, Optional.of("try harder"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only taken when retrying coding");
        assertThatThrownBy(() -> actions.continueTicket(ref)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("use retry");
        assertThat(r.tickets().findById(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
    }
}

package dev.loopwright.application.interview;

import dev.loopwright.application.council.CouncilMember;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.InterviewSummary;
import dev.loopwright.domain.interview.SubmittedBatch;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interview in WAITING_INTERVIEW_ANSWERS: seeding the session from the compiled questions, asking the winner
 * for each batch, recording answers, skipping and editing. Every change is stored before any model is asked, and a
 * model turn is applied only to the snapshot it was asked about, so a restart resumes from the stored snapshot.
 * One turn per ticket is in flight at a time; while it is, there is no batch to answer and answers cannot be edited.
 */
public final class InterviewLoop {
    static final String TURN_FAILED = "INTERVIEW_TURN_FAILED";
    private static final Logger LOG = LoggerFactory.getLogger(InterviewLoop.class);

    private final InterviewPorts ports;
    private final CouncilSettingsSource settings;
    private final Clock clock;
    private final Executor background;
    private final InterviewStore store;
    private final TicketLocks locks;
    private final Interviewer interviewer;
    private final InterviewMessages messages;
    private final InterviewCouncil council;
    private final Set<TicketId> inFlight = ConcurrentHashMap.newKeySet();

    InterviewLoop(InterviewPorts ports, CouncilSettingsSource settings, InterviewMessages messages, Clock clock,
            Executor background, InterviewStore store, TicketLocks locks) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.background = background;
        this.store = store;
        this.locks = locks;
        this.messages = messages;
        this.interviewer = new Interviewer(ports.runtime(), messages, clock);
        this.council = new InterviewCouncil(ports.attempts(), ports.artifacts());
    }

    /**
     * On entering WAITING_INTERVIEW_ANSWERS (first time, after coverage, after a restart): starts the interview, or
     * resumes it from the snapshot. Returns an event only when a stored interview turns out to be complete.
     */
    public Optional<TicketEvent> enter(TicketId ticketId, Cancellation cancellation) {
        Ticket ticket = ticket(ticketId);
        Optional<InterviewSession> toAsk = locks.with(ticketId, () -> {
            InterviewSession session = store.session(ticketId).orElseGet(() -> seed(ticket));
            if (session.isComplete() || !inFlight.add(ticketId)) {
                return Optional.empty();
            }
            if (session.currentBatch().isPresent()) {
                inFlight.remove(ticketId);
                store.announce(ticketId, InterviewArtifacts.HOME, InterviewArtifacts.SESSION);
                return Optional.empty();
            }
            return Optional.of(session);
        });
        if (toAsk.isEmpty()) {
            // A complete interview whose event was lost in a crash moves on now.
            boolean complete = store.session(ticketId).map(InterviewSession::isComplete).orElse(false);
            return complete ? Optional.of(TicketEvent.of(TicketEventType.INTERVIEW_COMPLETE)) : Optional.empty();
        }
        try {
            return advance(ticket, toAsk.get(), Optional.empty(), cancellation);
        } finally {
            inFlight.remove(ticketId);
        }
    }

    /** Records the answers, then asks for the next batch in the background. */
    public void answerBatch(TicketId ticketId, Map<String, AnswerSubmission> answers) {
        Optional<Runnable> next = locks.with(ticketId, () -> {
            Ticket ticket = waiting(ticketId);
            InterviewSession before = session(ticketId);
            if (before.currentBatch().isEmpty()) {
                throw new ConflictException(before.isComplete() ? "The interview is already complete"
                        : "The interviewer is still preparing the next questions");
            }
            InterviewSession after = before.answerCurrentBatch(answers, clock.instant());
            store.saveRevertPoint(ticketId, Optional.of(before));
            store.saveSession(ticketId, after);
            InterviewEvents.apply(ports.transitions(), ticketId, TicketEvent.of(TicketEventType.BATCH_ANSWERED));
            if (after.isComplete()) {
                // A coverage batch holds every follow-up at once: answering it ends the interview, no model needed.
                InterviewEvents.apply(ports.transitions(), ticketId, complete(ticket, after, summary(ticket)));
                return Optional.<Runnable>empty();
            }
            inFlight.add(ticketId);
            SubmittedBatch submitted = after.batchHistory().get(after.batchHistory().size() - 1);
            String message = messages.answers(after, submitted);
            return Optional.<Runnable>of(() -> continueInBackground(ticket, after, message));
        });
        next.ifPresent(work -> {
            try {
                background.execute(work);
            } catch (RejectedExecutionException shuttingDown) {
                inFlight.remove(ticketId);
                failed(ticketId, "the server is shutting down; send the answers again after it restarts");
            }
        });
    }

    /** Skips every question not yet answered and goes straight to approval. */
    public void skipRemaining(TicketId ticketId, Map<String, AnswerSubmission> currentBatchAnswers) {
        locks.run(ticketId, () -> {
            Ticket ticket = waiting(ticketId);
            InterviewSession session = session(ticketId);
            if (session.isComplete()) {
                throw new ConflictException("The interview is already complete");
            }
            InterviewSession skipped = session.skipAllRemaining(currentBatchAnswers, clock.instant());
            finish(ticket, skipped, summary(ticket));
            InterviewEvents.apply(ports.transitions(), ticketId, TicketEvent.of(TicketEventType.SKIP_ALL_TO_APPROVAL));
        });
    }

    public InterviewSession editAnswer(TicketId ticketId, String questionId, String text,
            Optional<List<String>> selectedOptionIds) {
        return locks.with(ticketId, () -> {
            waiting(ticketId);
            if (inFlight.contains(ticketId)) {
                throw new ConflictException("The interviewer is preparing the next questions; edit answers once"
                        + " they arrive");
            }
            InterviewSession session = session(ticketId);
            InterviewAnswer existing = session.answer(questionId)
                    .orElseThrow(() -> new NotFoundException("No existing answer for question " + questionId));
            List<String> selected = selectedOptionIds.orElse(existing.selectedOptionIds());
            InterviewSession edited = session.editAnswer(questionId, new AnswerSubmission(text, selected),
                    clock.instant());
            store.saveSession(ticketId, edited);
            return edited;
        });
    }

    // ---- turns ------------------------------------------------------------------------------------------------

    private void continueInBackground(Ticket ticket, InterviewSession asked, String message) {
        try {
            advance(ticket, asked, Optional.of(message), new Cancellation())
                    .ifPresent(event -> InterviewEvents.apply(ports.transitions(), ticket.id(), event));
        } catch (RuntimeException unexpected) {
            LOG.error("The interview turn of ticket {} failed unexpectedly", ticket.id(), unexpected);
            failed(ticket.id(), "the interview turn failed unexpectedly: " + unexpected.getMessage());
        } finally {
            inFlight.remove(ticket.id());
        }
    }

    /** Asks for the turn after {@code asked} and applies it; returns the event a finished interview sends. */
    private Optional<TicketEvent> advance(Ticket ticket, InterviewSession asked, Optional<String> message,
            Cancellation cancellation) {
        Turn turn;
        try {
            turn = interviewer.next(ticket, setup(ticket, asked), asked, message, cancellation);
        } catch (InterviewTurnException | ModelRuntimeException failure) {
            return failed(ticket.id(), failure.getMessage());
        }
        return locks.with(ticket.id(), () -> {
            Ticket now = ticket(ticket.id());
            if (now.status() != TicketStatus.WAITING_INTERVIEW_ANSWERS
                    || !store.session(ticket.id()).map(asked::equals).orElse(false)) {
                LOG.info("Ticket {} moved on while its interviewer was asked; the turn is dropped", ticket.id());
                interviewer.end(ticket.id());
                return Optional.<TicketEvent>empty();
            }
            if (turn instanceof Turn.Finish) {
                return Optional.of(complete(now, asked, ((Turn.Finish) turn).summary()));
            }
            store.saveSession(ticket.id(), asked.presentBatch(((Turn.Ask) turn).batch(), clock.instant()));
            clearRecovery(ticket.id());
            return Optional.<TicketEvent>empty();
        });
    }

    /**
     * A turn failed: the answers it was about are put back as unanswered, with the error to show. Without such a
     * point (the very first batch) there is nothing for the author to do, so the phase fails and the ticket blocks.
     */
    private Optional<TicketEvent> failed(TicketId ticketId, String message) {
        return locks.with(ticketId, () -> {
            Optional<InterviewSession> revert = store.revertPoint(ticketId);
            if (revert.isEmpty()) {
                throw new PhaseFailure("The interviewer could not ask its first questions: " + message,
                        List.of(TURN_FAILED), Optional.empty());
            }
            store.saveSession(ticketId, revert.get());
            store.saveRevertPoint(ticketId, Optional.empty());
            store.saveError(ticketId, Optional.of(message));
            return Optional.<TicketEvent>empty();
        });
    }

    private TicketEvent complete(Ticket ticket, InterviewSession session, InterviewSummary summary) {
        finish(ticket, session.complete(clock.instant()), summary);
        return TicketEvent.of(TicketEventType.INTERVIEW_COMPLETE);
    }

    /** Writes the document before the completed session, so a complete session always has its document. */
    private void finish(Ticket ticket, InterviewSession completed, InterviewSummary summary) {
        InterviewDocument document = InterviewDocument.fromSession(ticket.externalId(), completed, summary);
        store.saveDocument(ticket.id(), InterviewYaml.write(document));
        store.saveSession(ticket.id(), completed);
        clearRecovery(ticket.id());
        interviewer.end(ticket.id());
    }

    private void clearRecovery(TicketId ticketId) {
        if (store.revertPoint(ticketId).isPresent()) {
            store.saveRevertPoint(ticketId, Optional.empty());
        }
        if (store.error(ticketId).isPresent()) {
            store.saveError(ticketId, Optional.empty());
        }
    }

    // ---- inputs -----------------------------------------------------------------------------------------------

    private InterviewSession seed(Ticket ticket) {
        LockedSettings locked = locked(ticket);
        CompiledInterview compiled = CompiledInterview.read(store, council, ticket.id(), locked);
        InterviewSession session = InterviewSession.start(compiled.winner().model(), locked.interviewQuestions(),
                locked.coverageFollowUpBudgetPercent(), compiled.questions(), clock.instant());
        store.saveSession(ticket.id(), session);
        return session;
    }

    /** The summary a finished interview keeps: the one written at an earlier completion, before coverage. */
    private InterviewSummary summary(Ticket ticket) {
        return store.document(ticket.id()).map(raw -> InterviewYaml.read(raw, ticket.externalId()).summary())
                .orElse(InterviewSummary.EMPTY);
    }

    /** Who interviews and how patiently; coverage asks the same winner. */
    Interviewer.Setup setup(Ticket ticket, InterviewSession session) {
        LockedSettings locked = locked(ticket);
        CouncilMember winner = CouncilMember.roster(locked).stream()
                .filter(member -> member.model().equals(session.winnerModel())).findFirst()
                .orElseGet(() -> new CouncilMember(session.winnerModel(), Optional.empty()));
        return new Interviewer.Setup(winner, ports.projects().findById(ticket.projectId())
                .orElseThrow(() -> NotFoundException.project(ticket.projectId())).folderPath(),
                settings.settingsFor(ticket).responseTimeout(), locked.structuredRetryCount());
    }

    private InterviewSession session(TicketId ticketId) {
        return store.session(ticketId).orElseThrow(() -> new NotFoundException("No interview session found"));
    }

    private Ticket waiting(TicketId ticketId) {
        Ticket ticket = ticket(ticketId);
        if (ticket.status() != TicketStatus.WAITING_INTERVIEW_ANSWERS) {
            throw new ConflictException("Ticket is not waiting for interview answers");
        }
        return ticket;
    }

    private Ticket ticket(TicketId ticketId) {
        return ports.tickets().findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
    }

    private static LockedSettings locked(Ticket ticket) {
        return ticket.workflow().lockedSettings()
                .orElseThrow(() -> InterviewStore.lost("the ticket's locked settings are missing"));
    }
}

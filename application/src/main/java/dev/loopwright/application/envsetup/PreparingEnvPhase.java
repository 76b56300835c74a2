package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PREPARING_EXECUTION_ENV: runs the approved execution setup plan in the ticket's working copy (see
 * {@link SetupAttempt}) until an attempt leaves it verified and clean, within {@code maxIterations} attempts of
 * {@code executionSetupTimeout} each. Between attempts the working copy goes back to the phase's start commit and
 * the next agent reads what failed. Success stores the profile and sends EXECUTION_SETUP_READY; running out of
 * attempts blocks the ticket with the last failure's command, exit and output.
 * <p>
 * Crash safety: the start commit, reports and a pending retry note are artifacts, so a restarted run resets to the
 * start commit and prepares again from scratch. A retry note (see {@link SetupRetryNote}) instead continues the
 * session the failed attempt left, in the working copy as it is, for exactly one more attempt.
 */
public final class PreparingEnvPhase implements PhaseHandler {
    public static final String FAILED = "EXECUTION_SETUP_FAILED";
    /** An earlier failure's detail handed to the next agent is cut to this, so notes never crowd out the plan. */
    private static final int NOTE_CHARS = 1_500;

    private final EnvSetupPorts ports;
    private final EnvSetupStore store;
    private final ApprovedSetupPlan plans;
    private final SetupAttempt attempts;
    private final Clock clock;

    PreparingEnvPhase(EnvSetupPorts ports, EnvSetupStore store, SetupAttempt attempts, Clock clock) {
        this.ports = ports;
        this.store = store;
        this.plans = new ApprovedSetupPlan(ports.attempts(), ports.artifacts());
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) throws InterruptedException {
        Ticket ticket = ports.tickets().findById(context.ticketId()).orElseThrow();
        PhaseAttempt phaseAttempt = ports.attempts().findActive(ticket.id(), EnvSetupStore.PHASE)
                .orElseThrow(() -> failure("Workspace preparation has no active phase attempt"));
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> failure("The ticket's settings were never locked"));
        ApprovedSetupPlan.Approved approved = plans.find(ticket, locked).orElseThrow(() -> failure(
                "No approved execution setup plan was found; approve the plan again"));
        Project project = ports.projects().findById(ticket.projectId()).orElseThrow();
        // The working copy exists since the ticket started; this only opens it.
        GitWorkspace.TicketWorkspace workspace = ports.git().prepareTicketWorkspace(project.folderPath(),
                ticket.externalId().toString());
        int number = phaseAttempt.attemptNumber();
        CommitId start = store.startCommit(ticket.id()).orElseGet(() -> ports.git().headCommit(workspace));
        store.saveStartCommit(ticket.id(), number, start);
        SetupAttempt.Subject subject = new SetupAttempt.Subject(ticket, locked, number, project.folderPath(),
                workspace, start, approved);
        SetupLimits limits = SetupLimits.of(ports.profiles(), ports.projects(), ticket);
        Optional<EnvSetupStore.RetryNote> note = store.pendingNote(ticket.id(), number);
        if (note.isPresent()) {
            return continueWith(subject, note.get(), limits, context.cancellation());
        }
        return prepare(subject, limits, context.cancellation());
    }

    private Optional<TicketEvent> prepare(SetupAttempt.Subject subject, SetupLimits limits, Cancellation cancellation)
            throws InterruptedException {
        // Whatever an earlier run (a crash, a failed attempt before a plain retry) left is undone first.
        ports.git().resetAndClean(subject.workspace(), subject.start());
        List<String> notes = new ArrayList<>();
        for (int tried = 1;; tried++) {
            cancellation.throwIfCancelled();
            int number = reportsSoFar(subject) + 1;
            log(subject, TicketNotification.LogLine.Level.INFO, "Setup attempt " + number
                    + (subject.needsAgent() ? "" : " (no steps: checks only, no model)"));
            SetupAttempt.Verdict verdict = attempts.run(subject, number, new SetupAttempt.Fresh(notes),
                    Deadline.after(clock, limits.attemptTimeout()), cancellation);
            if (verdict.ready()) {
                return ready(subject, verdict);
            }
            SetupFailure failure = verdict.failure().orElseThrow();
            log(subject, TicketNotification.LogLine.Level.WARN, "Setup attempt " + number + " failed: "
                    + failure.message());
            // Without steps nothing would differ on another try: the same checks on the same files.
            if (!subject.needsAgent() || !failure.kind().retryable() || !limits.allows(tried + 1)) {
                return Optional.of(blocked(failure, tried));
            }
            notes.add("Attempt " + number + " failed: " + failure.message() + (failure.detail().isBlank() ? ""
                    : "\n" + tail(failure.detail())));
            ports.git().resetAndClean(subject.workspace(), subject.start());
        }
    }

    /** One attempt in the session the failed one left, started by the person's note, in the working copy as is. */
    private Optional<TicketEvent> continueWith(SetupAttempt.Subject subject, EnvSetupStore.RetryNote note,
            SetupLimits limits, Cancellation cancellation) throws InterruptedException {
        // Consumed before it is sent: a crash from here on prepares from the start instead of repeating the note.
        store.saveNote(subject.ticket().id(), subject.phaseAttempt(), note, true);
        Optional<RuntimeSession> session = ports.runtime().findSession(note.sessionId());
        if (session.isEmpty()) {
            return Optional.of(blocked(SetupFailure.of(SetupFailure.Kind.MODEL, "The setup session "
                    + note.sessionId() + " no longer exists, so the note could not be sent; retry without a note"
                    + " to prepare the workspace from the start"), 1));
        }
        int number = reportsSoFar(subject) + 1;
        log(subject, TicketNotification.LogLine.Level.INFO, "Setup attempt " + number + " continues session "
                + note.sessionId() + " with the retry note");
        SetupAttempt.Verdict verdict = attempts.run(subject, number, new SetupAttempt.Continued(session.get(),
                note.note()), Deadline.after(clock, limits.attemptTimeout()), cancellation);
        return verdict.ready() ? ready(subject, verdict) : Optional.of(blocked(verdict.failure().orElseThrow(), 1));
    }

    private Optional<TicketEvent> ready(SetupAttempt.Subject subject, SetupAttempt.Verdict verdict) {
        store.saveProfile(subject.ticket().id(), subject.phaseAttempt(), verdict.profile().orElseThrow());
        log(subject, TicketNotification.LogLine.Level.INFO, "The working copy is prepared and verified");
        return Optional.of(TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));
    }

    private static TicketEvent blocked(SetupFailure failure, int tried) {
        return new TicketEvent.Failure(TicketEventType.EXECUTION_SETUP_FAILED, "Workspace preparation failed after "
                + tried + " attempt(s): " + failure.explained(), List.of(FAILED, failure.kind().code()),
                Optional.of(failure.kind().code() + ": " + failure.explained()));
    }

    private int reportsSoFar(SetupAttempt.Subject subject) {
        return ports.artifacts().count(subject.ticket().id(), EnvSetupStore.PHASE, subject.phaseAttempt(),
                EnvSetupStore.REPORT);
    }

    private void log(SetupAttempt.Subject subject, TicketNotification.LogLine.Level level, String message) {
        ports.events().publish(new TicketNotification.LogLine(subject.ticket().id(), EnvSetupStore.PHASE, level,
                message, clock.instant()));
    }

    /** The end of a long detail: where a command's output says what went wrong. */
    private static String tail(String text) {
        return text.length() <= NOTE_CHARS ? text : "…" + text.substring(text.length() - NOTE_CHARS);
    }

    private static PhaseFailure failure(String message) {
        return new PhaseFailure(message, List.of(FAILED), Optional.empty());
    }
}

package dev.loopwright.application.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.execution.PreservedSession;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CODING: implements the ticket's beads one after another in dependency order (runnable = pending with every
 * blocker done, lowest priority first), each in fresh-context iterations until our own run of its test commands
 * passes, and finishes with ALL_BEADS_DONE. A bead whose iteration budget runs out blocks the ticket (BEAD_ERROR).
 * <p>
 * Everything it needs to resume is durable ({@link ExecutionLedger}), so entering CODING again — after a crash, a
 * retry or a continue — picks up where it stopped: a checkpointed success is committed without asking the model
 * again, an interrupted iteration is thrown away (reset to the bead's start commit) and retried with a note, and a
 * session preserved at a provider limit is continued.
 */
public final class CodingPhase implements PhaseHandler {
    public static final TicketStatus HOME = TicketStatus.CODING;
    public static final String FAILED = "CODING_FAILED";
    public static final String BUDGET_EXHAUSTED = "BEAD_RETRY_BUDGET_EXHAUSTED";
    public static final String PROVIDER_LIMIT = "OPENCODE_PROVIDER_LIMIT";
    static final String INTERRUPTED_NOTE = "The iteration was interrupted (Loopwright stopped) before it finished;"
            + " its changes were thrown away and the bead restarts from its start commit.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CodingPorts ports;
    private final ExecutionLedger ledger;
    private final ExecutionSettingsSource settings;
    private final BeadPrompts prompts;
    private final BeadIteration iteration;
    private final BeadFinalizer finalizer;
    private final CodingLog log;
    private final Clock clock;

    public CodingPhase(CodingPorts ports, ExecutionLedger ledger, PromptBuilder prompts, FinalizationHook hook,
            Clock clock) {
        this.ports = ports;
        this.ledger = ledger;
        this.settings = new ExecutionSettingsSource(ports.profiles(), ports.projects());
        this.prompts = new BeadPrompts(prompts);
        this.iteration = new BeadIteration(ports.runtime(), this.prompts, new TestVerification(ports.commands()));
        this.log = new CodingLog(ports.events(), clock);
        this.finalizer = new BeadFinalizer(ports, ledger, log, hook, clock);
        this.clock = clock;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        Ticket ticket = ports.tickets().findById(context.ticketId()).orElseThrow();
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> failure("The ticket's settings were never locked"));
        Project project = ports.projects().findById(ticket.projectId()).orElseThrow();
        TicketWorkspace workspace = ports.git().prepareTicketWorkspace(project.folderPath(),
                ticket.externalId().toString());
        int attempt = codingAttempt(ticket.id());
        ExecutionSettings execution = settings.settingsFor(ticket, locked);
        BeadExecutionState state = ledger.loadOrSeed(ticket);
        if (execution.maxParallelBeads() > 1) {
            log.info(ticket.id(), "maxParallelBeads is " + execution.maxParallelBeads()
                    + ", but this version runs beads one at a time");
        }

        Optional<TicketEvent> blocked = resume(ticket.id(), attempt, workspace, state);
        if (blocked.isPresent()) {
            return blocked;
        }
        Optional<Bead> failed = ledger.find(ticket.id()).orElseThrow().plan().beads().stream()
                .filter(bead -> bead.status() == BeadStatus.ERROR).findFirst();
        if (failed.isPresent()) {
            // Stopped after the bead failed but before the ticket was blocked: block now; retry resets the bead.
            return Optional.of(new TicketEvent.Failure(TicketEventType.BEAD_ERROR, "Bead " + failed.get().id()
                    + " failed; retry it. Last note: " + lastNotes(failed.get()), List.of(BUDGET_EXHAUSTED),
                    Optional.empty()));
        }
        while (true) {
            context.cancellation().throwIfCancelled();
            state = ledger.find(ticket.id()).orElseThrow();
            if (state.plan().beads().stream().allMatch(bead -> bead.status() == BeadStatus.DONE)) {
                log.info(ticket.id(), "all " + state.plan().beads().size() + " bead(s) are done");
                return Optional.of(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
            }
            Bead next = next(state).orElseThrow(() -> failure("No runnable bead: the beads left wait on beads"
                    + " that are not done"));
            blocked = execute(new Target(ticket, attempt, workspace, execution, context.cancellation()), next);
            if (blocked.isPresent()) {
                return blocked;
            }
        }
    }

    /** Where one bead runs: the ticket, its CODING attempt, its working copy and settings, its cancellation. */
    private record Target(Ticket ticket, int attempt, TicketWorkspace workspace, ExecutionSettings settings,
            Cancellation cancellation) {
        TicketId id() {
            return ticket.id();
        }
    }

    /** Settles beads left in progress by an earlier run, except one whose session is kept for Continue. */
    private Optional<TicketEvent> resume(TicketId ticketId, int attempt, TicketWorkspace workspace,
            BeadExecutionState state) {
        for (Bead bead : state.plan().beads()) {
            if (bead.status() != BeadStatus.IN_PROGRESS || isPreserved(state, bead)) {
                continue;
            }
            if (BeadFinalizer.isCurrent(state, bead)) {
                log.info(ticketId, "bead " + bead.id() + ": finishing the commit of its checkpointed iteration "
                        + bead.iteration() + " without a new model call");
                Optional<String> failed = finalizer.commit(ticketId, attempt, workspace, bead);
                if (failed.isPresent()) {
                    return Optional.of(finalizationFailure(bead, failed.get()));
                }
                continue;
            }
            Instant now = clock.instant();
            bead.beadStartCommit().ifPresent(start -> ports.git().resetAndClean(workspace, new CommitId(start)));
            ledger.update(ticketId, current -> current.withoutCheckpoint(bead.id()).with(BeadEdits.failedIteration(
                    current.bead(bead.id()), new BeadNote(now, bead.iteration(), INTERRUPTED_NOTE, Optional.empty()),
                    now)));
            log.warn(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration()
                    + " was interrupted; reset to its start commit, it runs again");
        }
        return Optional.empty();
    }

    /** The bead kept for Continue, else the first runnable pending bead in plan order. */
    static Optional<Bead> next(BeadExecutionState state) {
        Optional<Bead> preserved = state.plan().beads().stream().filter(bead -> isPreserved(state, bead)).findFirst();
        if (preserved.isPresent()) {
            return preserved;
        }
        Set<String> done = state.plan().beads().stream().filter(bead -> bead.status() == BeadStatus.DONE)
                .map(Bead::id).collect(Collectors.toSet());
        return state.plan().runnable(done).stream().filter(bead -> bead.status() == BeadStatus.PENDING).findFirst();
    }

    private static boolean isPreserved(BeadExecutionState state, Bead bead) {
        return bead.status() == BeadStatus.IN_PROGRESS && state.preserved()
                .filter(session -> session.beadId().equals(bead.id()) && session.iteration() == bead.iteration())
                .isPresent();
    }

    private Optional<TicketEvent> execute(Target target, Bead chosen) {
        TicketId ticketId = target.id();
        if (chosen.status() == BeadStatus.PENDING) {
            String head = ports.git().headCommit(target.workspace()).value();
            Instant now = clock.instant();
            ledger.update(ticketId, state -> state.with(BeadEdits.start(state.bead(chosen.id()), head, now)));
        }
        int first = ledger.find(ticketId).orElseThrow().bead(chosen.id()).iteration();
        while (true) {
            target.cancellation().throwIfCancelled();
            BeadExecutionState state = ledger.find(ticketId).orElseThrow();
            Bead bead = state.bead(chosen.id());
            IterationStart start = open(target, state, bead);
            log.info(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration()
                    + (start.continued() ? " continues in session " : " starts in fresh session ")
                    + start.session().id());
            IterationOutcome outcome = iteration.run(new BeadIteration.Run(bead, target.workspace().workingCopy(),
                    start.session(), start.text(), target.settings(),
                    IterationDeadline.after(clock, target.settings().perIterationTimeout()), target.cancellation(),
                    message -> log.info(ticketId, message)));
            settle(start.session(), outcome);
            if (outcome instanceof IterationOutcome.Succeeded) {
                finalizer.checkpoint(ticketId, target.attempt(), bead,
                        ((IterationOutcome.Succeeded) outcome).sessionId());
                Optional<String> failed = finalizer.commit(ticketId, target.attempt(), target.workspace(),
                        ledger.find(ticketId).orElseThrow().bead(bead.id()));
                return failed.map(message -> finalizationFailure(bead, message));
            }
            if (outcome instanceof IterationOutcome.ProviderLimit) {
                return Optional.of(providerLimit(ticketId, bead, (IterationOutcome.ProviderLimit) outcome));
            }
            IterationOutcome.Failed failed = (IterationOutcome.Failed) outcome;
            Optional<TicketEvent> exhausted = failedIteration(target, bead, first, failed);
            if (exhausted.isPresent()) {
                return exhausted;
            }
        }
    }

    /** The session an iteration runs in and what it is told first. */
    private record IterationStart(RuntimeSession session, String text, boolean continued) {
    }

    private IterationStart open(Target target, BeadExecutionState state, Bead bead) {
        if (isPreserved(state, bead)) {
            PreservedSession preserved = state.preserved().orElseThrow();
            ledger.update(target.id(), current -> current.withPreserved(Optional.empty()));
            Optional<RuntimeSession> session = ports.runtime().findSession(preserved.sessionId());
            if (session.isPresent()) {
                guard(target, session.get());
                return new IterationStart(session.get(), prompts.continuation(bead), true);
            }
            log.warn(target.id(), "bead " + bead.id() + ": the preserved session " + preserved.sessionId()
                    + " is gone; the iteration starts over in a fresh session");
        }
        RuntimeSession session = ports.runtime().openSession(new SessionRequest(target.workspace().workingCopy(),
                target.ticket().externalId() + " bead " + bead.id() + " iteration " + bead.iteration()));
        Instant now = clock.instant();
        ports.sessions().save(new OwnedSession(session.id(), SessionOwner.of(target.id(), HOME, target.attempt())
                .withBead(bead.id(), bead.iteration()), SessionState.ACTIVE, now, now));
        guard(target, session);
        return new IterationStart(session, prompts.first(bead), false);
    }

    /** Records how the iteration's session ended; one kept for Continue stays active. */
    private void settle(RuntimeSession session, IterationOutcome outcome) {
        if (outcome instanceof IterationOutcome.ProviderLimit) {
            return;
        }
        SessionState state = outcome instanceof IterationOutcome.Succeeded ? SessionState.COMPLETED
                : SessionState.ABANDONED;
        ports.sessions().findById(session.id())
                .ifPresent(owned -> ports.sessions().save(owned.withState(state, clock.instant())));
    }

    private void guard(Target target, RuntimeSession session) {
        target.cancellation().onCancel(() -> ports.runtime().abort(session));
    }

    /**
     * Throws the failed iteration's changes away, keeps a note for the next one, and either starts the next
     * iteration (empty) or, with the budget spent, blocks the ticket.
     */
    private Optional<TicketEvent> failedIteration(Target target, Bead bead, int first, IterationOutcome.Failed failed) {
        TicketId ticketId = target.id();
        Instant now = clock.instant();
        String note = FailureNote.of(bead.iteration(), failed);
        log.warn(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration() + " failed: " + failed.reason());
        ports.git().resetAndClean(target.workspace(), new CommitId(bead.beadStartCommit().orElseThrow()));
        BeadNote entry = new BeadNote(now, bead.iteration(), note, Optional.empty());
        if (target.settings().allows(first, bead.iteration() + 1)) {
            ledger.update(ticketId, state -> {
                Bead next = BeadEdits.failedIteration(state.bead(bead.id()), entry, now);
                return state.with(BeadEdits.start(next, bead.beadStartCommit().orElseThrow(), now));
            });
            log.info(ticketId, "bead " + bead.id() + ": reset to its start commit; iteration "
                    + (bead.iteration() + 1) + " gets a fresh session");
            return Optional.empty();
        }
        BeadExecutionState state = ledger.update(ticketId,
                current -> current.with(BeadEdits.error(current.bead(bead.id()), Optional.of(entry), now)));
        int spent = bead.iteration() - first + 1;
        String message = "Bead " + bead.id() + " failed " + spent + " iteration(s), its whole retry budget. Last note: "
                + lastNotes(state.bead(bead.id()));
        log.error(ticketId, message);
        return Optional.of(new TicketEvent.Failure(TicketEventType.BEAD_ERROR, message, List.of(BUDGET_EXHAUSTED),
                Optional.of(JSON.createObjectNode().put("beadId", bead.id()).put("iteration", bead.iteration())
                        .put("kind", "runtime").put("continuable", false).toString())));
    }

    private TicketEvent providerLimit(TicketId ticketId, Bead bead, IterationOutcome.ProviderLimit limit) {
        ledger.update(ticketId, state -> state.withPreserved(Optional.of(
                new PreservedSession(bead.id(), bead.iteration(), limit.sessionId()))));
        String message = "Bead " + bead.id() + " stopped at a provider limit (" + limit.kind() + "): "
                + limit.message() + ". Its session is kept: Continue resumes it.";
        log.warn(ticketId, message);
        return new TicketEvent.Failure(TicketEventType.BEAD_ERROR, message, List.of(PROVIDER_LIMIT),
                Optional.of(JSON.createObjectNode().put("beadId", bead.id()).put("iteration", bead.iteration())
                        .put("sessionId", limit.sessionId()).put("kind", limit.kind().name())
                        .put("continuable", true).toString()));
    }

    private static TicketEvent finalizationFailure(Bead bead, String message) {
        return new TicketEvent.Failure(TicketEventType.BEAD_ERROR, "Bead " + bead.id() + ": " + message,
                List.of(BeadFinalizer.FINALIZATION_FAILED), Optional.of(JSON.createObjectNode()
                        .put("beadId", bead.id()).put("kind", "runtime").put("continuable", false).toString()));
    }

    private static String lastNotes(Bead bead) {
        List<BeadNote> notes = bead.failedIterationNotes();
        return notes.isEmpty() ? "(none)" : notes.get(notes.size() - 1).content();
    }

    /** CODING keeps its per-bead artifacts in one attempt, created the first time the ticket codes. */
    private int codingAttempt(TicketId ticketId) {
        return ports.attempts().findActive(ticketId, HOME).map(PhaseAttempt::attemptNumber).orElseGet(() -> {
            int number = ports.attempts().findAll(ticketId, HOME).size() + 1;
            ports.attempts().save(PhaseAttempt.active(ticketId, HOME, number, clock.instant()));
            return number;
        });
    }


    private static PhaseFailure failure(String message) {
        return new PhaseFailure(message, List.of(FAILED), Optional.empty());
    }
}

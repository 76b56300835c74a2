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
import java.util.stream.Stream;

/**
 * CODING: implements the ticket's beads in dependency order (runnable = pending with every blocker done, lowest
 * priority first), each in fresh-context iterations until our own run of its test commands passes, and finishes with
 * ALL_BEADS_DONE. A bead whose iteration budget runs out blocks the ticket (BEAD_ERROR).
 * <p>
 * With {@code maxParallelBeads} above 1, runnable beads run side by side ({@link SideBySideBeads}), each in a working
 * copy of its own forked from the ticket branch; a finished bead's commit is replayed onto the ticket branch, and a
 * bead whose commit conflicts with beads finished meanwhile runs again on top of them. Since a bead starts only
 * once its blockers are on the ticket branch, the final tree is the one running them one at a time gives.
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
    static final String CONFLICT_NOTE = "Iteration %d passed its tests in its own working copy, but its changes"
            + " conflict with beads that finished meanwhile (%s). The bead starts again from the ticket branch as it"
            + " is now (%s), which has their changes.";
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
    private final BeadPlaces places;
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
        this.places = new BeadPlaces(ports.git());
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
        Target target = new Target(ticket, attempt, workspace, execution, context.cancellation());

        Optional<TicketEvent> blocked = resume(target, state);
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
        if (execution.maxParallelBeads() > 1) {
            log.info(ticket.id(), "up to " + execution.maxParallelBeads() + " beads run side by side, each in a"
                    + " working copy of its own");
            blocked = new SideBySideBeads(execution.maxParallelBeads()).run(() -> ledger.find(ticket.id())
                    .orElseThrow(), CodingPhase::startable, bead -> execute(target, bead), context.cancellation());
            releaseFinished(target, ledger.find(ticket.id()).orElseThrow());
            return blocked.isPresent() ? blocked : allDone(ticket.id());
        }
        while (true) {
            context.cancellation().throwIfCancelled();
            Optional<Bead> next = startable(ledger.find(ticket.id()).orElseThrow()).stream().findFirst();
            if (next.isEmpty()) {
                return allDone(ticket.id());
            }
            blocked = execute(target, next.get());
            if (blocked.isPresent()) {
                return blocked;
            }
        }
    }

    /** ALL_BEADS_DONE once nothing is left to start; a failure when beads are left that wait on unfinished ones. */
    private Optional<TicketEvent> allDone(TicketId ticketId) {
        BeadExecutionState state = ledger.find(ticketId).orElseThrow();
        if (!state.plan().beads().stream().allMatch(bead -> bead.status() == BeadStatus.DONE)) {
            throw failure("No runnable bead: the beads left wait on beads that are not done");
        }
        log.info(ticketId, "all " + state.plan().beads().size() + " bead(s) are done");
        return Optional.of(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
    }

    /** Where one bead runs: the ticket, its CODING attempt, its working copy and settings, its cancellation. */
    private record Target(Ticket ticket, int attempt, TicketWorkspace workspace, ExecutionSettings settings,
            Cancellation cancellation) {
        TicketId id() {
            return ticket.id();
        }
    }

    /**
     * Removes the working copies of done beads. Done once the beads have run rather than as each finishes: removing
     * one is a git command, which would otherwise lengthen every chain of dependent beads.
     */
    private void releaseFinished(Target target, BeadExecutionState state) {
        state.plan().beads().stream().filter(bead -> bead.status() == BeadStatus.DONE)
                .forEach(bead -> places.existing(target.workspace(), state, bead)
                        .ifPresent(own -> places.release(BeadPlace.ownWorkingCopy(own, target.workspace()))));
    }

    /**
     * Settles beads left in progress by an earlier run, except one whose session is kept for Continue, and removes
     * the working copies of beads that finished before the stop.
     */
    private Optional<TicketEvent> resume(Target target, BeadExecutionState state) {
        TicketId ticketId = target.id();
        releaseFinished(target, state);
        for (Bead bead : state.plan().beads()) {
            if (bead.status() != BeadStatus.IN_PROGRESS || isPreserved(state, bead)) {
                continue;
            }
            BeadPlace place = places.current(target.workspace(), state, bead);
            if (BeadFinalizer.isCurrent(state, bead)) {
                log.info(ticketId, "bead " + bead.id() + ": finishing the commit of its checkpointed iteration "
                        + bead.iteration() + " without a new model call");
                Optional<TicketEvent> blocked = finish(target, place, bead, bead.iteration());
                if (blocked.isPresent()) {
                    return blocked;
                }
                continue;
            }
            Instant now = clock.instant();
            places.throwAwayWork(place, bead);
            ledger.update(ticketId, current -> current.withoutCheckpoint(bead.id()).with(BeadEdits.failedIteration(
                    current.bead(bead.id()), new BeadNote(now, bead.iteration(), INTERRUPTED_NOTE, Optional.empty()),
                    now)));
            log.warn(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration()
                    + " was interrupted; reset to its start commit, it runs again");
        }
        return Optional.empty();
    }

    /** The bead kept for Continue, else the runnable pending beads in plan order. */
    static List<Bead> startable(BeadExecutionState state) {
        Optional<Bead> preserved = state.plan().beads().stream().filter(bead -> isPreserved(state, bead)).findFirst();
        Set<String> done = state.plan().beads().stream().filter(bead -> bead.status() == BeadStatus.DONE)
                .map(Bead::id).collect(Collectors.toSet());
        return Stream.concat(preserved.stream(), state.plan().runnable(done).stream()
                .filter(bead -> bead.status() == BeadStatus.PENDING)).toList();
    }

    private static boolean isPreserved(BeadExecutionState state, Bead bead) {
        return bead.status() == BeadStatus.IN_PROGRESS && state.preserved()
                .filter(session -> session.beadId().equals(bead.id()) && session.iteration() == bead.iteration())
                .isPresent();
    }

    private Optional<TicketEvent> execute(Target target, Bead chosen) {
        TicketId ticketId = target.id();
        BeadPlace place = places.forRun(target.workspace(), ledger.find(ticketId).orElseThrow(), chosen,
                target.settings().maxParallelBeads() > 1);
        int first = chosen.iteration();
        while (true) {
            target.cancellation().throwIfCancelled();
            if (ledger.find(ticketId).orElseThrow().bead(chosen.id()).status() == BeadStatus.PENDING) {
                // In progress only once its working copy is clean and in place, so a restart finds its work there.
                String head = ports.git().headCommit(place.workspace()).value();
                Instant now = clock.instant();
                ledger.update(ticketId, current -> current.with(BeadEdits.start(current.bead(chosen.id()), head,
                        now)));
            }
            BeadExecutionState state = ledger.find(ticketId).orElseThrow();
            Bead bead = state.bead(chosen.id());
            IterationStart start = open(target, place, state, bead);
            log.info(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration()
                    + (start.continued() ? " continues in session " : " starts in fresh session ")
                    + start.session().id());
            IterationOutcome outcome = iteration.run(new BeadIteration.Run(bead, place.workspace().workingCopy(),
                    start.session(), start.text(), target.settings(),
                    IterationDeadline.after(clock, target.settings().perIterationTimeout()), target.cancellation(),
                    message -> log.info(ticketId, message)));
            settle(start.session(), outcome);
            if (outcome instanceof IterationOutcome.Succeeded) {
                finalizer.checkpoint(ticketId, target.attempt(), bead,
                        ((IterationOutcome.Succeeded) outcome).sessionId());
                Optional<TicketEvent> blocked = finish(target, place, ledger.find(ticketId).orElseThrow()
                        .bead(bead.id()), first);
                if (blocked.isPresent() || ledger.find(ticketId).orElseThrow().bead(bead.id()).status()
                        == BeadStatus.DONE) {
                    return blocked;
                }
                continue; // its commit conflicted with beads finished meanwhile: it runs again on top of them
            }
            if (outcome instanceof IterationOutcome.ProviderLimit) {
                return Optional.of(providerLimit(ticketId, bead, (IterationOutcome.ProviderLimit) outcome));
            }
            IterationOutcome.Failed failed = (IterationOutcome.Failed) outcome;
            log.warn(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration() + " failed: "
                    + failed.reason());
            Optional<TicketEvent> exhausted = failedIteration(target, place, bead, first,
                    FailureNote.of(bead.iteration(), failed), new CommitId(bead.beadStartCommit().orElseThrow()));
            if (exhausted.isPresent()) {
                return exhausted;
            }
        }
    }

    /**
     * Commits a checkpointed bead and brings it onto the ticket branch. Empty when that worked or when the bead
     * must run again because its commit conflicts with beads finished meanwhile (it is then pending at its next
     * iteration, reset onto the ticket branch as it is now); the event that blocks the ticket otherwise.
     */
    private Optional<TicketEvent> finish(Target target, BeadPlace place, Bead bead, int first) {
        Finalization finalization = finalizer.commit(target.id(), target.attempt(), place, bead);
        if (finalization instanceof Finalization.Failed) {
            return Optional.of(finalizationFailure(bead, ((Finalization.Failed) finalization).message()));
        }
        if (finalization instanceof Finalization.Done) {
            return Optional.empty();
        }
        List<String> paths = ((Finalization.Conflicted) finalization).paths();
        CommitId ticketHead = ports.git().headCommit(place.ticket().orElseThrow());
        log.warn(target.id(), "bead " + bead.id() + ": its commit conflicts with beads finished meanwhile in "
                + String.join(", ", paths) + "; it runs again on top of them");
        ledger.update(target.id(), state -> state.withoutCheckpoint(bead.id()));
        return failedIteration(target, place, bead, first, String.format(CONFLICT_NOTE, bead.iteration(),
                String.join(", ", paths), ticketHead.abbreviated()), ticketHead);
    }

    /** The session an iteration runs in and what it is told first. */
    private record IterationStart(RuntimeSession session, String text, boolean continued) {
    }

    private IterationStart open(Target target, BeadPlace place, BeadExecutionState state, Bead bead) {
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
        RuntimeSession session = ports.runtime().openSession(new SessionRequest(place.workspace().workingCopy(),
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
     * Throws the iteration's changes away (resetting the bead's working copy to {@code restartFrom}, its new start
     * commit), keeps {@code note} for the next iteration, and either starts it (empty) or, with the budget spent,
     * blocks the ticket.
     */
    private Optional<TicketEvent> failedIteration(Target target, BeadPlace place, Bead bead, int first, String note,
            CommitId restartFrom) {
        TicketId ticketId = target.id();
        Instant now = clock.instant();
        ports.git().resetAndClean(place.workspace(), restartFrom);
        BeadNote entry = new BeadNote(now, bead.iteration(), note, Optional.empty());
        if (target.settings().allows(first, bead.iteration() + 1)) {
            ledger.update(ticketId, state -> state.with(BeadEdits.restartingFrom(
                    BeadEdits.failedIteration(state.bead(bead.id()), entry, now), restartFrom.value())));
            log.info(ticketId, "bead " + bead.id() + ": reset to " + restartFrom.abbreviated() + "; iteration "
                    + (bead.iteration() + 1) + " gets a fresh session");
            return Optional.empty();
        }
        BeadExecutionState state = ledger.update(ticketId, current -> current.with(BeadEdits.error(
                BeadEdits.restartingFrom(current.bead(bead.id()), restartFrom.value()), Optional.of(entry), now)));
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

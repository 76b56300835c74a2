package dev.loopwright.application.execution;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.execution.PreservedSession;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.ticket.Ticket;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What Retry and Continue do to a ticket blocked in CODING before it re-enters CODING. Retry touches only the failed
 * bead: a bead whose success checkpoint is still valid (its commit failed) just gets its commit finished; any other
 * has its uncommitted work thrown away (in its own working copy when it ran beside others) and becomes pending
 * again, with the user's note. Done beads stay done. Continue keeps the bead and the session preserved at a provider
 * limit, and fails when there is none or the runtime lost it.
 */
public final class CodingRecovery {
    private final ExecutionLedger ledger;
    private final ProjectRepository projects;
    private final GitWorkspace git;
    private final ModelRuntime runtime;
    private final Clock clock;
    private final BeadPlaces places;

    public CodingRecovery(ExecutionLedger ledger, ProjectRepository projects, GitWorkspace git, ModelRuntime runtime,
            Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.git = Objects.requireNonNull(git, "git");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.places = new BeadPlaces(git);
    }

    /** Prepares the failed bead for a retry; nothing to do when the ticket failed before any bead ran. */
    public void prepareRetry(Ticket ticket, Optional<String> note) {
        Optional<BeadExecutionState> stored = ledger.find(ticket.id());
        if (stored.isEmpty()) {
            return;
        }
        stored.get().preserved().flatMap(session -> runtime.findSession(session.sessionId()))
                .ifPresent(runtime::abort);
        Optional<Bead> failed = stored.get().plan().beads().stream()
                .filter(bead -> bead.status() == BeadStatus.ERROR || bead.status() == BeadStatus.IN_PROGRESS)
                .max(Comparator.comparing((Bead bead) -> bead.updatedAt().orElse(Instant.EPOCH)));
        if (failed.isEmpty()) {
            ledger.update(ticket.id(), state -> state.withPreserved(Optional.empty()));
            return;
        }
        Bead bead = failed.get();
        Instant now = clock.instant();
        if (note.isEmpty() && BeadFinalizer.isCurrent(stored.get(), bead)) {
            ledger.update(ticket.id(), state -> state.withPreserved(Optional.empty())
                    .with(BeadEdits.resumed(state.bead(bead.id()), now)));
            return;
        }
        projects.findById(ticket.projectId())
                .flatMap(project -> git.findTicketWorkspace(project.folderPath(), ticket.externalId().toString()))
                .ifPresent(workspace -> places.throwAwayWork(places.current(workspace, stored.get(), bead), bead));
        Optional<BeadNote> userNote = note.map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> new BeadNote(now, bead.iteration(), text, Optional.empty()));
        ledger.update(ticket.id(), state -> state.withPreserved(Optional.empty()).withoutCheckpoint(bead.id())
                .with(BeadEdits.retried(state.bead(bead.id()), userNote, now)));
    }

    /** Checks that the session kept at a provider limit can be continued; the CODING phase then continues it. */
    public PreservedSession prepareContinue(Ticket ticket) {
        PreservedSession preserved = ledger.find(ticket.id()).flatMap(BeadExecutionState::preserved)
                .orElseThrow(() -> new ConflictException("Nothing to continue: no model session was kept when "
                        + ticket.externalId() + " blocked; use retry"));
        if (runtime.findSession(preserved.sessionId()).isEmpty()) {
            throw new ConflictException("The kept model session " + preserved.sessionId()
                    + " no longer exists in the runtime; use retry");
        }
        return preserved;
    }
}

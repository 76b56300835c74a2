package dev.loopwright.application.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.LoopwrightException;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.execution.SuccessCheckpoint;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.ReplayResult;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a bead's successful iteration into a commit, crash-safely: first the durable success checkpoint, then the
 * commit of exactly the bead's committable files, then the bead's diff and the bead marked done. A crash after the
 * checkpoint repeats only these steps (the commit is idempotent: nothing left to commit is fine), never the model.
 */
final class BeadFinalizer {
    static final String FINALIZATION_FAILED = "BEAD_FINALIZATION_FAILED";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CodingPorts ports;
    private final ExecutionLedger ledger;
    private final CodingLog log;
    private final FinalizationHook hook;
    private final Clock clock;
    /** Replays onto a ticket branch one at a time: each moves the branch the next one builds on. */
    private final Object replays = new Object();

    BeadFinalizer(CodingPorts ports, ExecutionLedger ledger, CodingLog log, FinalizationHook hook, Clock clock) {
        this.ports = ports;
        this.ledger = ledger;
        this.log = log;
        this.hook = hook;
        this.clock = clock;
    }

    /** Stores the success checkpoint of the bead's current iteration; the model's part is over after this. */
    SuccessCheckpoint checkpoint(TicketId ticketId, int attempt, Bead bead, String sessionId) {
        SuccessCheckpoint checkpoint = new SuccessCheckpoint(bead.id(), bead.iteration(),
                bead.beadStartCommit().orElseThrow(), clock.instant());
        ledger.update(ticketId, state -> state.withCheckpoint(checkpoint).withPreserved(Optional.empty()));
        ObjectNode report = JSON.createObjectNode().put("beadId", bead.id()).put("success", true)
                .put("iteration", bead.iteration()).put("beadStartCommit", checkpoint.startCommit())
                .put("sessionId", sessionId).put("succeededAt", checkpoint.succeededAt().toString());
        ports.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticketId, CodingPhase.HOME, attempt,
                BeadArtifacts.execution(bead.id()), report.toString(), checkpoint.succeededAt()));
        log.info(ticketId, "bead " + bead.id() + ": iteration " + bead.iteration() + " succeeded; checkpoint stored");
        return checkpoint;
    }

    /** Whether the stored checkpoint belongs to the bead as it is now (same iteration, same start commit). */
    static boolean isCurrent(BeadExecutionState state, Bead bead) {
        return state.checkpoint(bead.id())
                .filter(checkpoint -> checkpoint.iteration() == bead.iteration()
                        && bead.beadStartCommit().map(checkpoint.startCommit()::equals).orElse(false))
                .isPresent();
    }

    /**
     * Commits the checkpointed bead where it ran, replays the commit onto the ticket branch when it ran in a working
     * copy of its own, and marks it done. When the commit cannot be made the bead is in error with a finalization
     * note; when the replay conflicts nothing changes on the ticket branch and the caller runs the bead again.
     */
    Finalization commit(TicketId ticketId, int attempt, BeadPlace place, Bead bead) {
        hook.afterCheckpoint(bead.id());
        TicketWorkspace workspace = place.workspace();
        CommitId start = new CommitId(bead.beadStartCommit().orElseThrow());
        try {
            CommittableChanges.Split split = CommittableChanges.of(ports.git().status(workspace));
            if (!split.skipped().isEmpty()) {
                log.warn(ticketId, "bead " + bead.id() + ": not committed (Loopwright files or generated output): "
                        + String.join(", ", split.skipped()));
            }
            if (split.committable().isEmpty()) {
                log.info(ticketId, "bead " + bead.id() + ": nothing left to commit");
            } else {
                CommitResult result = ports.git().commitPaths(workspace, split.committable(),
                        "bead(" + bead.id() + "): " + bead.title());
                if (result instanceof CommitResult.Committed) {
                    log.info(ticketId, "bead " + bead.id() + ": committed "
                            + ((CommitResult.Committed) result).commit().abbreviated() + " ("
                            + split.committable().size() + " path(s))");
                } else {
                    log.info(ticketId, "bead " + bead.id() + ": its changes were already committed");
                }
            }
        } catch (LoopwrightException | IllegalArgumentException e) {
            String message = "Finalization failed after successful implementation: " + e.getMessage();
            Instant now = clock.instant();
            ledger.update(ticketId, state -> state.with(BeadEdits.finalizationFailed(state.bead(bead.id()),
                    new BeadNote(now, bead.iteration(), clip(message), Optional.of(FINALIZATION_FAILED)), now)));
            log.error(ticketId, "bead " + bead.id() + ": " + message);
            return new Finalization.Failed(message);
        }
        CommitId head = ports.git().headCommit(workspace);
        String diff = ports.git().diffCommits(workspace, start, head);
        if (place.isOwn()) {
            ReplayResult replay;
            synchronized (replays) {
                replay = ports.git().replayOnto(place.ticket().orElseThrow(), workspace, start);
            }
            if (replay instanceof ReplayResult.Conflicted) {
                return new Finalization.Conflicted(((ReplayResult.Conflicted) replay).paths());
            }
            if (replay instanceof ReplayResult.Replayed) {
                log.info(ticketId, "bead " + bead.id() + ": replayed onto the ticket branch at "
                        + ((ReplayResult.Replayed) replay).newHead().abbreviated());
            }
        }
        Instant now = clock.instant();
        ports.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticketId, CodingPhase.HOME, attempt,
                BeadArtifacts.diff(bead.id()), diff, now));
        BeadExecutionState state = ledger.update(ticketId, current -> current
                .with(BeadEdits.done(current.bead(bead.id()), now)).withoutCheckpoint(bead.id()));
        int completed = (int) state.plan().beads().stream().filter(b -> b.status() == BeadStatus.DONE).count();
        int total = state.plan().beads().size();
        log.info(ticketId, "bead " + bead.id() + " complete (" + completed + "/" + total + ")");
        log.publish(new TicketNotification.BeadCompleted(ticketId, bead.id(), completed, total, now));
        log.publish(new TicketNotification.Progress(ticketId, CodingPhase.HOME, completed, total, "beads", now));
        return new Finalization.Done();
    }

    private static String clip(String text) {
        return text.length() <= 1_000 ? text : text.substring(0, 1_000) + "…";
    }
}

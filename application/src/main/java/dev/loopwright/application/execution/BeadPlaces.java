package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.domain.bead.Bead;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds or makes the place a bead runs. A bead that started in a working copy of its own stays there until it is
 * done, whatever the settings say by then, so a restart never mixes up where its work is. Bead working copies are
 * named by the bead's position in the plan, not its id: ids come from the model and may be too long for a branch.
 */
final class BeadPlaces {
    private final GitWorkspace git;

    BeadPlaces(GitWorkspace git) {
        this.git = Objects.requireNonNull(git, "git");
    }

    /** The bead's own working copy when it has one (repaired if half made), else the ticket branch. */
    BeadPlace current(TicketWorkspace ticket, BeadExecutionState state, Bead bead) {
        return own(ticket, state, bead).orElseGet(() -> BeadPlace.onTicketBranch(ticket));
    }

    /**
     * Where the bead runs now: where it already is, else — when beads run side by side — a new working copy of its
     * own forked from its start commit or, for a bead not yet started, from the ticket branch as it is now.
     */
    BeadPlace forRun(TicketWorkspace ticket, BeadExecutionState state, Bead bead, boolean sideBySide) {
        Optional<BeadPlace> own = own(ticket, state, bead);
        if (own.isPresent() || !sideBySide) {
            return own.orElseGet(() -> BeadPlace.onTicketBranch(ticket));
        }
        return BeadPlace.ownWorkingCopy(git.prepareBeadWorkspace(ticket, name(state, bead), startOf(ticket, bead)),
                ticket);
    }

    /** The bead's own working copy, when it has one, as it is; creates nothing. */
    Optional<TicketWorkspace> existing(TicketWorkspace ticket, BeadExecutionState state, Bead bead) {
        return git.findTicketWorkspace(ticket.repositoryRoot(),
                GitWorkspace.beadBranch(ticket.branch(), name(state, bead)));
    }

    /**
     * Throws away the bead's uncommitted work: its own working copy goes back to the bead's start commit; on the
     * ticket branch, where nothing is committed before a checkpoint, the head is that start, and resetting to the
     * head rather than to the recorded start means no other bead's commit can ever be thrown away.
     */
    void throwAwayWork(BeadPlace place, Bead bead) {
        bead.beadStartCommit().ifPresent(start -> git.resetAndClean(place.workspace(),
                place.isOwn() ? new CommitId(start) : git.headCommit(place.workspace())));
    }

    /** Removes a bead's own working copy and its branch once its work is on the ticket branch. */
    void release(BeadPlace place) {
        if (place.isOwn()) {
            git.removeTicketWorkspace(place.workspace(), true);
        }
    }

    private Optional<BeadPlace> own(TicketWorkspace ticket, BeadExecutionState state, Bead bead) {
        return existing(ticket, state, bead).map(found -> BeadPlace.ownWorkingCopy(
                git.prepareBeadWorkspace(ticket, name(state, bead), startOf(ticket, bead)), ticket));
    }

    private CommitId startOf(TicketWorkspace ticket, Bead bead) {
        return bead.beadStartCommit().map(CommitId::new).orElseGet(() -> git.headCommit(ticket));
    }

    static String name(BeadExecutionState state, Bead bead) {
        return "bead-" + (state.plan().beads().stream().map(Bead::id).toList().indexOf(bead.id()) + 1);
    }
}

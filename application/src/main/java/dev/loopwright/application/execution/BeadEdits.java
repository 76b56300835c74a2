package dev.loopwright.application.execution;

import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes execution makes to a bead's own part (status, iteration, notes, timestamps, start commit). */
final class BeadEdits {
    private BeadEdits() {
    }

    /** In progress at its current iteration, started from {@code startCommit} unless it already has one. */
    static Bead start(Bead bead, String startCommit, Instant now) {
        return copy(bead, BeadStatus.IN_PROGRESS, bead.iteration(), bead.failedIterationNotes(),
                bead.userRetryNotes(), bead.finalizationFailureNotes(), Optional.of(now),
                Optional.of(bead.startedAt().orElse(now)), bead.completedAt(),
                Optional.of(bead.beadStartCommit().orElse(startCommit)));
    }

    /** A failed iteration: the note is kept for the next one, which starts pending at the next iteration number. */
    static Bead failedIteration(Bead bead, BeadNote note, Instant now) {
        return copy(bead, BeadStatus.PENDING, bead.iteration() + 1, append(bead.failedIterationNotes(), note),
                bead.userRetryNotes(), bead.finalizationFailureNotes(), Optional.of(now), bead.startedAt(),
                bead.completedAt(), bead.beadStartCommit());
    }

    /** The same bead, started from {@code startCommit} from now on (it runs again on top of other beads' work). */
    static Bead restartingFrom(Bead bead, String startCommit) {
        return copy(bead, bead.status(), bead.iteration(), bead.failedIterationNotes(), bead.userRetryNotes(),
                bead.finalizationFailureNotes(), bead.updatedAt(), bead.startedAt(), bead.completedAt(),
                Optional.of(startCommit));
    }

    /** The bead's last iteration failed and its budget is spent: the ticket blocks on it. */
    static Bead error(Bead bead, Optional<BeadNote> note, Instant now) {
        return copy(bead, BeadStatus.ERROR, bead.iteration(),
                note.map(n -> append(bead.failedIterationNotes(), n)).orElse(bead.failedIterationNotes()),
                bead.userRetryNotes(), bead.finalizationFailureNotes(), Optional.of(now), bead.startedAt(),
                bead.completedAt(), bead.beadStartCommit());
    }

    /** The bead's work succeeded but committing it failed; the success checkpoint stays valid. */
    static Bead finalizationFailed(Bead bead, BeadNote note, Instant now) {
        return copy(bead, BeadStatus.ERROR, bead.iteration(), bead.failedIterationNotes(), bead.userRetryNotes(),
                append(bead.finalizationFailureNotes(), note), Optional.of(now), bead.startedAt(), bead.completedAt(),
                bead.beadStartCommit());
    }

    static Bead done(Bead bead, Instant now) {
        return copy(bead, BeadStatus.DONE, bead.iteration(), bead.failedIterationNotes(), bead.userRetryNotes(),
                bead.finalizationFailureNotes(), Optional.of(now), bead.startedAt(), Optional.of(now),
                bead.beadStartCommit());
    }

    /**
     * Back to pending for a user's retry, with the user's note when one was given. The retry starts a new iteration
     * number, so each iteration's session and notes stay distinct.
     */
    static Bead retried(Bead bead, Optional<BeadNote> userNote, Instant now) {
        return copy(bead, BeadStatus.PENDING, bead.iteration() + 1, bead.failedIterationNotes(),
                userNote.map(n -> append(bead.userRetryNotes(), n)).orElse(bead.userRetryNotes()),
                bead.finalizationFailureNotes(), Optional.of(now), bead.startedAt(), bead.completedAt(),
                bead.beadStartCommit());
    }

    /** In progress again without any other change: a retry that only has to finish a checkpointed commit. */
    static Bead resumed(Bead bead, Instant now) {
        return copy(bead, BeadStatus.IN_PROGRESS, bead.iteration(), bead.failedIterationNotes(),
                bead.userRetryNotes(), bead.finalizationFailureNotes(), Optional.of(now), bead.startedAt(),
                bead.completedAt(), bead.beadStartCommit());
    }

    private static List<BeadNote> append(List<BeadNote> notes, BeadNote note) {
        List<BeadNote> appended = new ArrayList<>(notes);
        appended.add(note);
        return appended;
    }

    private static Bead copy(Bead bead, BeadStatus status, int iteration, List<BeadNote> failed,
            List<BeadNote> userRetry, List<BeadNote> finalization, Optional<Instant> updatedAt,
            Optional<Instant> startedAt, Optional<Instant> completedAt, Optional<String> startCommit) {
        return new Bead(bead.id(), bead.title(), bead.prdRefs(), bead.description(), bead.contextGuidance(),
                bead.acceptanceCriteria(), bead.tests(), bead.testCommands(), bead.priority(), status,
                bead.issueType(), bead.externalRef(), bead.labels(), bead.dependencies(), bead.targetFiles(), failed,
                userRetry, finalization, iteration, bead.createdAt(), updatedAt, startedAt, completedAt, startCommit);
    }
}

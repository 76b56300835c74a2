package dev.loopwright.application.execution;

import java.util.List;

/** How turning a bead's successful iteration into a commit on the ticket branch ended. */
sealed interface Finalization {

    /** The bead's work is on the ticket branch and the bead is done. */
    record Done() implements Finalization {
    }

    /** The commit could not be made; the bead is in error and its checkpoint stays valid for a retry. */
    record Failed(String message) implements Finalization {
    }

    /**
     * The bead ran in its own working copy and its commit conflicts with beads that reached the ticket branch
     * meanwhile; nothing was written to the ticket branch.
     */
    record Conflicted(List<String> paths) implements Finalization {
        public Conflicted {
            paths = List.copyOf(paths);
        }
    }
}

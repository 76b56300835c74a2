package dev.loopwright.domain.bead;

import java.util.List;

/**
 * A bead plan in execution order, as waves: every bead's dependencies lie in earlier waves, so the beads of
 * one wave could run side by side. Within a wave beads keep plan order, so the order is the same every time.
 */
public record ExecutionWaves(List<List<String>> waves) {
    public ExecutionWaves {
        waves = waves.stream().map(List::copyOf).toList();
        if (waves.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("an execution wave holds at least one bead");
        }
    }

    public int count() {
        return waves.size();
    }

    /** All bead ids, wave after wave: one valid sequential order. */
    public List<String> sequence() {
        return waves.stream().flatMap(List::stream).toList();
    }
}

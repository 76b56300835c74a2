package dev.loopwright.domain.workflow;

/** How many beads of the plan are done; drives the CODING → RUNNING_FINAL_TEST guard. */
public record BeadProgress(int completed, int total) {
    public static final BeadProgress NONE = new BeadProgress(0, 0);

    public BeadProgress {
        if (total < 0 || completed < 0 || completed > total) {
            throw new IllegalArgumentException("bead progress must satisfy 0 <= completed <= total, got "
                    + completed + "/" + total);
        }
    }

    /** An empty plan is never "all complete": finishing requires at least one bead. */
    public boolean allComplete() {
        return total > 0 && completed >= total;
    }
}

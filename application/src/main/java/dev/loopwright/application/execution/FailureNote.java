package dev.loopwright.application.execution;

/**
 * The note a failed iteration leaves for the next one: why it failed and how the agent's last reply ended. Written
 * by us, deterministically, so it is there even when the model is not.
 */
final class FailureNote {
    private static final int REPLY_TAIL = 600;

    private FailureNote() {
    }

    static String of(int iteration, IterationOutcome.Failed failed) {
        StringBuilder note = new StringBuilder("Iteration ").append(iteration).append(" failed: ")
                .append(failed.reason().strip());
        String reply = failed.lastReply().strip();
        if (!reply.isEmpty()) {
            String tail = reply.length() <= REPLY_TAIL ? reply : "…" + reply.substring(reply.length() - REPLY_TAIL);
            note.append("\nThe agent's last reply ended with:\n").append(tail);
        }
        note.append("\nNext attempt: start again from the bead's start commit and make every test command pass"
                + " before reporting done.");
        return note.toString();
    }
}

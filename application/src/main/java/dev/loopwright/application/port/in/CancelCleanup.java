package dev.loopwright.application.port.in;

/**
 * What to remove when a ticket is cancelled.
 *
 * @param deleteContent the ticket's artifacts, model-session records, working copy and branch (never its base
 *                      branch, nor its status history and errors)
 * @param deleteLog     the ticket's execution log
 */
public record CancelCleanup(boolean deleteContent, boolean deleteLog) {
    public static final CancelCleanup NONE = new CancelCleanup(false, false);

    public boolean any() {
        return deleteContent || deleteLog;
    }
}

package dev.loopwright.application.delivery;

/**
 * The artifacts and error codes of delivery, from the final test to the cleanup. Each artifact is JSON, stored in the
 * active attempt of the status that writes it, so a retry starts that status from a clean slate.
 */
public final class DeliveryArtifacts {
    /** RUNNING_FINAL_TEST: every command run, with its exit code, duration and output tail. */
    public static final String FINAL_TEST_REPORT = "final_test_report";
    /** INTEGRATING_CHANGES, written just before the squash: what the branch pointed at, for recovery. */
    public static final String INTEGRATION_INTENT = "integration_intent";
    /** INTEGRATING_CHANGES: the squashed candidate commit and where it came from. */
    public static final String INTEGRATION_REPORT = "integration_report";
    /** CREATING_PULL_REQUEST: the pull request, or the local delivery when there is no GitHub to open one on. */
    public static final String PULL_REQUEST_REPORT = "pull_request_report";
    /** WAITING_PR_REVIEW: how the ticket was finished, merged or closed without merging. */
    public static final String MERGE_REPORT = "merge_report";
    /** CLEANING_ENV: what was removed and what was kept. */
    public static final String CLEANUP_REPORT = "cleanup_report";

    public static final String FINAL_TEST_FAILED = "FINAL_TEST_FAILED";
    public static final String INTEGRATION_FAILED = "INTEGRATION_FAILED";
    public static final String PULL_REQUEST_FAILED = "PULL_REQUEST_FAILED";
    public static final String MERGE_FAILED = "PULL_REQUEST_MERGE_FAILED";
    public static final String CLEANUP_FAILED = "CLEANUP_FAILED";

    private DeliveryArtifacts() {
    }
}

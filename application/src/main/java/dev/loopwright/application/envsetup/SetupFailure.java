package dev.loopwright.application.envsetup;

import java.util.Objects;

/**
 * Why one setup attempt did not leave a usable working copy: a one-line message for the ticket and the next
 * attempt's note, and the detail that explains it (a command's output tail, the paths left behind).
 */
record SetupFailure(Kind kind, String message, String detail) {
    /**
     * The closed set of ways an attempt fails, each with the error code a blocked ticket shows and whether another
     * attempt could end differently (a runtime that does not answer, or an input missing from the checkout, will not
     * be fixed by trying again at once).
     */
    enum Kind {
        /** The model call failed or the session is gone. */
        MODEL("EXECUTION_SETUP_MODEL_FAILED", true),
        /** The model runtime does not answer at all. */
        RUNTIME_UNREACHABLE("EXECUTION_SETUP_RUNTIME_UNREACHABLE", false),
        /** The attempt's time ran out. */
        TIMEOUT("EXECUTION_SETUP_TIMEOUT", true),
        /** The agent's result could not be read, or it contradicts the approved plan. */
        INVALID_RESULT("EXECUTION_SETUP_INVALID_RESULT", true),
        /** The agent itself said setup failed. */
        REPORTED("EXECUTION_SETUP_REPORTED_FAILURE", true),
        /** A workspace input could not be copied in. */
        INPUT("EXECUTION_SETUP_INPUT_FAILED", false),
        /** A probe or hook validation command failed when we ran it ourselves. */
        VERIFICATION("EXECUTION_SETUP_VERIFICATION_FAILED", true),
        /** Setup left changes that would be committed, or committed itself. */
        DIRTY_WORKTREE("EXECUTION_SETUP_DIRTY_WORKTREE", true);

        private final String code;
        private final boolean retryable;

        Kind(String code, boolean retryable) {
            this.code = code;
            this.retryable = retryable;
        }

        String code() {
            return code;
        }

        boolean retryable() {
            return retryable;
        }
    }

    SetupFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(detail, "detail");
    }

    static SetupFailure of(Kind kind, String message) {
        return new SetupFailure(kind, message, "");
    }

    /** The message and, when there is one, the detail: what a person or the next attempt reads. */
    String explained() {
        return detail.isBlank() ? message : message + "\n" + detail;
    }
}

package dev.loopwright.application.interview;

import dev.loopwright.application.error.LoopwrightException;

/** The interviewer gave no usable turn within the retries: every attempt failed or was invalid. */
final class InterviewTurnException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    InterviewTurnException(String message) {
        super(message);
    }
}

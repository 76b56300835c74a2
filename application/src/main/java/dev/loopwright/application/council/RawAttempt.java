package dev.loopwright.application.council;

import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One prompt sent to one member and what came back, kept for diagnosis only: a reply here is raw model output,
 * never canonical.
 *
 * @param attempt 1 for the first prompt, then one more per retry
 * @param reply the model's text, when it answered
 */
record RawAttempt(String member, int attempt, Request request, Result result, Optional<String> reply,
        Optional<String> error, Optional<RuntimeFailureKind> failure) {
    RawAttempt {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(failure, "failure");
    }

    /** Which prompt was sent: the step's own, the same again, or one that explains the previous error. */
    enum Request {
        ORIGINAL, RESEND, CORRECTIVE;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Result {
        ACCEPTED, REJECTED, FAILED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

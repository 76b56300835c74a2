package dev.loopwright.application.council;

import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.domain.council.Quorum;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one member's part in a council step ended.
 *
 * @param failure the runtime's failure kind when the member failed on a model call
 * @param error what went wrong, for people; empty when completed
 * @param attempts how many prompts were sent (the first plus retries)
 * @param warnings repairs applied to the accepted output
 */
public record MemberReport(String member, Quorum.Outcome outcome, Optional<RuntimeFailureKind> failure,
        Optional<String> error, int attempts, List<String> warnings) {
    public MemberReport {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(error, "error");
        warnings = List.copyOf(warnings);
    }

    static MemberReport completed(String member, int attempts, List<String> warnings) {
        return new MemberReport(member, Quorum.Outcome.COMPLETED, Optional.empty(), Optional.empty(), attempts,
                warnings);
    }

    static MemberReport timedOut(String member, int attempts) {
        return new MemberReport(member, Quorum.Outcome.TIMED_OUT, Optional.of(RuntimeFailureKind.TIMEOUT),
                Optional.of("no answer before the council deadline"), attempts, List.of());
    }
}

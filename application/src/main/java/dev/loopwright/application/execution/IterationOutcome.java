package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.util.Objects;

/** How one iteration of a bead ended. */
sealed interface IterationOutcome {

    /** The agent reported done and every test command of the bead passed when we ran it. */
    record Succeeded(String sessionId) implements IterationOutcome {
        public Succeeded {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** The iteration failed for {@code reason}; its changes are thrown away and the next iteration starts fresh. */
    record Failed(String reason, String lastReply) implements IterationOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(lastReply, "lastReply");
        }
    }

    /** The provider refused for a limit; the session is kept so that Continue can resume it. */
    record ProviderLimit(String sessionId, RuntimeFailureKind kind, String message) implements IterationOutcome {
        public ProviderLimit {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}

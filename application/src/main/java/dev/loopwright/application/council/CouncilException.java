package dev.loopwright.application.council;

import dev.loopwright.application.error.LoopwrightException;
import java.util.Objects;
import java.util.Optional;

/** A council step failed as a whole, with a code the workflow blocks the ticket with. */
public final class CouncilException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    private final CouncilError error;
    private final String diagnostics;

    public CouncilException(CouncilError error, String message, Optional<String> diagnostics) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
        this.diagnostics = diagnostics.orElse(null);
    }

    /** An input the step needs is not where the previous step stored it. */
    public static CouncilException dataLost(String what) {
        return new CouncilException(CouncilError.COUNCIL_DATA_LOST, "Council data lost: " + what
                + ". Retry the phase that produced it.", Optional.empty());
    }

    public CouncilError error() {
        return error;
    }

    public Optional<String> diagnostics() {
        return Optional.ofNullable(diagnostics);
    }
}

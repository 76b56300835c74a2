package dev.loopwright.application.error;

import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.util.Objects;

/** A model call failed; {@link #kind()} says how, so the workflow can retry, resend or block. */
public final class ModelRuntimeException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    private final RuntimeFailureKind kind;

    public ModelRuntimeException(RuntimeFailureKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ModelRuntimeException(RuntimeFailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public RuntimeFailureKind kind() {
        return kind;
    }
}

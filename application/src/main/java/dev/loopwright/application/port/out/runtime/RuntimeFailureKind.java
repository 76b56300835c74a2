package dev.loopwright.application.port.out.runtime;

/** The closed set of ways a model call can fail, each with a different remedy in the workflow. */
public enum RuntimeFailureKind {
    /** The runtime server does not answer. */
    UNREACHABLE,
    /** Our own deadline passed; the remote session was aborted. */
    TIMEOUT,
    /** The provider refused for rate or usage limits, or asked for payment (402): worth continuing later. */
    PROVIDER_LIMIT,
    /** The provider is overloaded or failed (5xx): worth continuing later. */
    PROVIDER_OVERLOADED,
    /** The model answered with nothing. */
    EMPTY_RESPONSE,
    /** The model stopped at its output limit. */
    TRUNCATED_OUTPUT,
    /** The session we addressed no longer exists. */
    SESSION_MISSING,
    /** The runtime answered something we could not understand. */
    PROTOCOL_ERROR,
    /** Someone stopped the session (a cancel, or another client) before it answered. */
    ABORTED;

    /** Failures a preserved session can recover from when the user chooses Continue. */
    public boolean isContinuable() {
        return this == PROVIDER_LIMIT || this == PROVIDER_OVERLOADED;
    }
}

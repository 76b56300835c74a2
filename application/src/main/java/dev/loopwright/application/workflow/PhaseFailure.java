package dev.loopwright.application.workflow;

import dev.loopwright.application.error.LoopwrightException;
import java.util.List;
import java.util.Optional;

/** A phase failed in a way it can name: the codes and diagnostics go onto the blocked ticket. */
public final class PhaseFailure extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> codes;
    private final String diagnostics;

    public PhaseFailure(String message, List<String> codes, Optional<String> diagnostics) {
        super(message);
        this.codes = List.copyOf(codes);
        this.diagnostics = diagnostics.orElse(null);
    }

    public List<String> codes() {
        return codes;
    }

    public Optional<String> diagnostics() {
        return Optional.ofNullable(diagnostics);
    }
}

package dev.loopwright.app;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;

/**
 * The model runtime the server uses until the OpenCode adapter is wired in: it says it is not configured and
 * refuses every call as UNREACHABLE, so the model routes tell the user to start OpenCode. Replace it in
 * {@link ServeCommand} with the OpenCode adapter.
 */
final class UnconfiguredModelRuntime implements ModelRuntime {
    static final String PROBLEM = "OpenCode adapter not configured";

    @Override
    public RuntimeHealth health() {
        return RuntimeHealth.down(PROBLEM);
    }

    @Override
    public ModelCatalog catalog() {
        throw unreachable();
    }

    @Override
    public RuntimeSession openSession(SessionRequest request) {
        throw unreachable();
    }

    @Override
    public PromptReply prompt(PromptRequest request) {
        throw unreachable();
    }

    @Override
    public void abort(RuntimeSession session) {
        throw unreachable();
    }

    @Override
    public void close(RuntimeSession session) {
        throw unreachable();
    }

    private static ModelRuntimeException unreachable() {
        return new ModelRuntimeException(RuntimeFailureKind.UNREACHABLE, PROBLEM);
    }
}

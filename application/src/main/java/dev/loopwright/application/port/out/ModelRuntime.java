package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;

/**
 * The coding-agent runtime that runs model prompts (OpenCode in production). Every call that waits has a
 * deadline; failures surface as {@link dev.loopwright.application.error.ModelRuntimeException} with a kind
 * the workflow can act on.
 */
public interface ModelRuntime {

    /** Never throws: an unreachable runtime is reported in the result. */
    RuntimeHealth health();

    ModelCatalog catalog();

    RuntimeSession openSession(SessionRequest request);

    /** Sends a prompt and waits for the final reply, up to the request's timeout (aborting the session on expiry). */
    PromptReply prompt(PromptRequest request);

    void abort(RuntimeSession session);

    void close(RuntimeSession session);
}

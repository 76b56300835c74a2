package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeEvent;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /** The session with this id if the runtime still holds it: how a restarted ticket reconnects. */
    Optional<RuntimeSession> findSession(String sessionId);

    /**
     * Sends a prompt and waits for the final reply, up to the request's timeout (aborting the session on expiry).
     * {@code progress} hears what the agent does meanwhile, on the runtime's own thread.
     */
    PromptReply prompt(PromptRequest request, Consumer<RuntimeEvent> progress);

    default PromptReply prompt(PromptRequest request) {
        return prompt(request, event -> { });
    }

    /** Stops whatever the session is doing; false when the runtime could not be told. Never throws. */
    boolean abort(RuntimeSession session);

    /** Deletes the session from the runtime. */
    void close(RuntimeSession session);

    /** Questions the agent asked in sessions working in {@code directory} that nobody has answered yet. */
    List<PendingQuestion> pendingQuestions(Path directory);

    /** Answers a pending question: one list of chosen labels (or free text) per question asked. */
    void answerQuestion(PendingQuestion question, List<List<String>> answers);

    void rejectQuestion(PendingQuestion question);
}

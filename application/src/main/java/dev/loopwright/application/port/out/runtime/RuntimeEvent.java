package dev.loopwright.application.port.out.runtime;

import java.util.Objects;

/** What the agent is doing while a prompt runs: for live logs, never for deciding the outcome. */
public sealed interface RuntimeEvent {

    /** The reply text so far (the whole text of one part, not a delta). */
    record Text(String partId, String text) implements RuntimeEvent {
        public Text {
            Objects.requireNonNull(partId, "partId");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A tool call changed state: pending, running, completed or error. */
    record ToolCall(String callId, String tool, String status) implements RuntimeEvent {
        public ToolCall {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The provider failed and the runtime will try again. */
    record Retrying(int attempt, String message) implements RuntimeEvent {
        public Retrying {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The agent waits for an answer; see {@link dev.loopwright.application.port.out.ModelRuntime#pendingQuestions}. */
    record QuestionAsked(PendingQuestion question) implements RuntimeEvent {
        public QuestionAsked {
            Objects.requireNonNull(question, "question");
        }
    }

    /** The agent changed a file in the session's directory. */
    record FileEdited(String file) implements RuntimeEvent {
        public FileEdited {
            Objects.requireNonNull(file, "file");
        }
    }
}

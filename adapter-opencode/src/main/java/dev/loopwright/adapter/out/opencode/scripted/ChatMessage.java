package dev.loopwright.adapter.out.opencode.scripted;

import java.util.List;
import java.util.Objects;

/** One message of a chat-completions conversation, by role; content parts are already joined into text. */
public sealed interface ChatMessage {
    /** The message's text; empty when it has none (e.g. an assistant turn that only called tools). */
    String text();

    /** Instructions; OpenAI's newer {@code developer} role is read as this too. */
    record SystemPrompt(String text) implements ChatMessage {
        public SystemPrompt {
            Objects.requireNonNull(text, "text");
        }
    }

    record User(String text) implements ChatMessage {
        public User {
            Objects.requireNonNull(text, "text");
        }
    }

    record Assistant(String text, List<ToolCall> toolCalls) implements ChatMessage {
        public Assistant {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
        }
    }

    /**
     * The output of a tool the assistant called. {@code toolName} is looked up from the assistant turn that
     * made the call, and is empty when no earlier turn did.
     */
    record ToolResult(String toolCallId, String toolName, String text) implements ChatMessage {
        public ToolResult {
            Objects.requireNonNull(toolCallId, "toolCallId");
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(text, "text");
        }
    }
}

package dev.loopwright.adapter.out.opencode.scripted;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** A chat-completions request as the scripted model understood it; scripts match on this. */
public record ChatRequest(String model, boolean stream, boolean includeUsage, OptionalInt maxTokens,
        List<ChatMessage> messages, List<String> toolNames) {

    /*
     * OpenCode names sessions and tasks with extra model calls that repeat the user's text after an opening
     * user message of fixed wording; that opening is how they are told apart from the agent's own calls.
     */
    private static final List<String> SIDE_REQUEST_OPENINGS = List.of(
            "Generate a title for this conversation:",
            "Generate a short 2-3 word name that describes this task:");

    public ChatRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(maxTokens, "maxTokens");
        messages = List.copyOf(messages);
        toolNames = List.copyOf(toolNames);
    }

    /** The text of the last user message, or empty when there is none. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ChatMessage.User) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    /** Every message's text, one message a line, for matching anywhere in the conversation. */
    public String allText() {
        return messages.stream().map(ChatMessage::text).collect(Collectors.joining("\n"));
    }

    public boolean lastMessageIsToolResult() {
        return !messages.isEmpty() && messages.get(messages.size() - 1) instanceof ChatMessage.ToolResult;
    }

    public List<ChatMessage.ToolResult> toolResults() {
        return messages.stream()
                .filter(ChatMessage.ToolResult.class::isInstance)
                .map(ChatMessage.ToolResult.class::cast)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Whether OpenCode sent this for its own bookkeeping (a session title, a task name), not for the agent. */
    public boolean isSideRequest() {
        return messages.stream()
                .filter(ChatMessage.User.class::isInstance)
                .findFirst()
                .map(first -> SIDE_REQUEST_OPENINGS.stream().anyMatch(first.text()::startsWith))
                .orElse(false);
    }
}

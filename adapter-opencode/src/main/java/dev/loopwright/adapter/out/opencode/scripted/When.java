package dev.loopwright.adapter.out.opencode.scripted;

import java.util.Objects;

/** The condition of a script rule: which requests it answers. Compose with {@link #and} and {@link #not}. */
@FunctionalInterface
public interface When {
    boolean matches(ChatRequest request);

    static When always() {
        return request -> true;
    }

    /** The last user message contains the marker; the usual way a test points a prompt at a rule. */
    static When lastUserContains(String marker) {
        Objects.requireNonNull(marker, "marker");
        return request -> request.lastUserText().contains(marker);
    }

    /** Some message of the conversation, of any role, contains the text. */
    static When anyTextContains(String text) {
        Objects.requireNonNull(text, "text");
        return request -> request.allText().contains(text);
    }

    static When model(String id) {
        Objects.requireNonNull(id, "id");
        return request -> request.model().equals(id);
    }

    static When toolOffered(String name) {
        Objects.requireNonNull(name, "name");
        return request -> request.toolNames().contains(name);
    }

    /** The conversation already holds the output of a tool call, e.g. the turn after the model called one. */
    static When toolResultPresent() {
        return request -> !request.toolResults().isEmpty();
    }

    static When lastMessageIsToolResult() {
        return ChatRequest::lastMessageIsToolResult;
    }

    static When not(When condition) {
        Objects.requireNonNull(condition, "condition");
        return request -> !condition.matches(request);
    }

    default When and(When other) {
        Objects.requireNonNull(other, "other");
        return request -> matches(request) && other.matches(request);
    }

    default When andToolResultPresent() {
        return and(toolResultPresent());
    }

    default When andNoToolResult() {
        return and(not(toolResultPresent()));
    }
}

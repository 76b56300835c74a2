package dev.loopwright.adapter.out.opencode.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WhenTest {
    private static ChatRequest request(String model, List<String> tools, ChatMessage... messages) {
        return new ChatRequest(model, false, false, OptionalInt.empty(), List.of(messages), tools);
    }

    private static final ChatRequest ASKED = request("echo", List.of("read"),
            new ChatMessage.SystemPrompt("You are OpenCode."),
            new ChatMessage.User("first MARKER"),
            new ChatMessage.Assistant("sure", List.of()),
            new ChatMessage.User("second"));

    private static final ChatRequest AFTER_TOOL = request("big", List.of(),
            new ChatMessage.User("run it"),
            new ChatMessage.Assistant("", List.of(new ToolCall("bash", "{}"))),
            new ChatMessage.ToolResult("call_1", "bash", "done"));

    @Test
    void lastUserContainsLooksOnlyAtTheLastUserMessage() {
        assertThat(When.lastUserContains("second").matches(ASKED)).isTrue();
        assertThat(When.lastUserContains("MARKER").matches(ASKED)).isFalse();
        assertThat(When.lastUserContains("run").matches(AFTER_TOOL)).isTrue();
    }

    @Test
    void anyTextContainsLooksAtEveryMessage() {
        assertThat(When.anyTextContains("MARKER").matches(ASKED)).isTrue();
        assertThat(When.anyTextContains("OpenCode").matches(ASKED)).isTrue();
        assertThat(When.anyTextContains("absent").matches(ASKED)).isFalse();
    }

    @Test
    void modelAndOfferedTools() {
        assertThat(When.model("echo").matches(ASKED)).isTrue();
        assertThat(When.model("echo").matches(AFTER_TOOL)).isFalse();
        assertThat(When.toolOffered("read").matches(ASKED)).isTrue();
        assertThat(When.toolOffered("read").matches(AFTER_TOOL)).isFalse();
    }

    @Test
    void toolResults() {
        assertThat(When.toolResultPresent().matches(AFTER_TOOL)).isTrue();
        assertThat(When.toolResultPresent().matches(ASKED)).isFalse();
        assertThat(When.lastMessageIsToolResult().matches(AFTER_TOOL)).isTrue();
        assertThat(When.lastMessageIsToolResult().matches(ASKED)).isFalse();
    }

    @Test
    void conditionsCompose() {
        assertThat(When.always().matches(ASKED)).isTrue();
        assertThat(When.not(When.always()).matches(ASKED)).isFalse();
        assertThat(When.lastUserContains("run").andToolResultPresent().matches(AFTER_TOOL)).isTrue();
        assertThat(When.lastUserContains("run").andNoToolResult().matches(AFTER_TOOL)).isFalse();
        assertThat(When.lastUserContains("second").andNoToolResult().matches(ASKED)).isTrue();
        assertThat(When.model("echo").and(When.toolOffered("bash")).matches(ASKED)).isFalse();
    }
}

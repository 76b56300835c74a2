package dev.loopwright.adapter.out.opencode.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChatRequestTest {
    private static ChatRequest conversation(ChatMessage... messages) {
        return new ChatRequest("echo", true, true, OptionalInt.empty(), List.of(messages), List.of());
    }

    @Test
    void openCodesTitleAndTaskNameRequestsAreSideRequests() {
        assertThat(conversation(
                new ChatMessage.SystemPrompt("You are a title generator."),
                new ChatMessage.User("Generate a title for this conversation:\n"),
                new ChatMessage.User("PLAN the work")).isSideRequest()).isTrue();
        assertThat(conversation(
                new ChatMessage.User("Generate a short 2-3 word name that describes this task:\nfix the login"))
                .isSideRequest()).isTrue();
    }

    @Test
    void aConversationThatOnlyMentionsTheWordingLaterIsTheAgents() {
        assertThat(conversation(
                new ChatMessage.User("hello"),
                new ChatMessage.User("Generate a title for this conversation:")).isSideRequest()).isFalse();
        assertThat(conversation().isSideRequest()).isFalse();
    }

    @Test
    void anEmptyConversationHasNoLastUserTextAndNoToolResult() {
        assertThat(conversation().lastUserText()).isEmpty();
        assertThat(conversation().lastMessageIsToolResult()).isFalse();
        assertThat(conversation().allText()).isEmpty();
    }
}

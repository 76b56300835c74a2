package dev.loopwright.adapter.out.opencode.scripted;

import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.userAsks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server keeps every chat request, read into a {@link ChatRequest}, and lets tests wait for them. */
class RecordedRequestsTest {
    private ScriptedModelServer server;
    private OpenAiTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedModelServer.start(Script.replying("ok"));
        client = new OpenAiTestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFullOpenAiRequestIsReadIntoItsParts() throws Exception {
        client.post("""
                {"model": "big", "stream": true, "stream_options": {"include_usage": true}, "max_tokens": 512,
                 "tools": [{"type": "function", "function": {"name": "read", "parameters": {}}},
                           {"type": "function", "function": {"name": "bash", "parameters": {}}}],
                 "messages": [
                   {"role": "system", "content": "You are a coder."},
                   {"role": "user", "content": [{"type": "text", "text": "Fix "},
                                                {"type": "image_url", "image_url": {"url": "x"}},
                                                {"type": "text", "text": "the bug"}]},
                   {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
                     "function": {"name": "read", "arguments": "{\\"filePath\\":\\"a.java\\"}"}}]},
                   {"role": "tool", "tool_call_id": "call_1", "content": "class A {}"},
                   {"role": "tool", "tool_call_id": "call_unknown", "content": [{"type": "text", "text": "?"}]}
                 ]}
                """);

        ChatRequest request = server.requests().get(0);
        assertThat(request.model()).isEqualTo("big");
        assertThat(request.stream()).isTrue();
        assertThat(request.includeUsage()).isTrue();
        assertThat(request.maxTokens()).isEqualTo(OptionalInt.of(512));
        assertThat(request.toolNames()).containsExactly("read", "bash");
        assertThat(request.messages()).containsExactly(
                new ChatMessage.SystemPrompt("You are a coder."),
                new ChatMessage.User("Fix the bug"),
                new ChatMessage.Assistant("", List.of(new ToolCall("read", "{\"filePath\":\"a.java\"}"))),
                new ChatMessage.ToolResult("call_1", "read", "class A {}"),
                new ChatMessage.ToolResult("call_unknown", "", "?"));
        assertThat(request.lastUserText()).isEqualTo("Fix the bug");
        assertThat(request.lastMessageIsToolResult()).isTrue();
        assertThat(request.allText()).contains("You are a coder.", "Fix the bug", "class A {}");
        assertThat(request.isSideRequest()).isFalse();
    }

    @Test
    void requestsAreKeptInArrivalOrderAsAnImmutableSnapshot() throws Exception {
        client.post(userAsks("first", false));
        client.post(userAsks("second", true));

        List<ChatRequest> requests = server.requests();

        assertThat(requests).extracting(ChatRequest::lastUserText).containsExactly("first", "second");
        assertThat(requests).extracting(ChatRequest::stream).containsExactly(false, true);
        assertThat(requests.get(0).maxTokens()).isEmpty();
        assertThatThrownBy(() -> requests.add(requests.get(0))).isInstanceOf(UnsupportedOperationException.class);
        client.post(userAsks("third", false));
        assertThat(requests).hasSize(2);
    }

    @Test
    void awaitingRequestsTellsWhetherThatManyArrivedInTime() throws Exception {
        assertThat(server.awaitRequests(0, Duration.ZERO)).isTrue();
        assertThat(server.awaitRequests(1, Duration.ofMillis(20))).isFalse();

        client.postAsync(userAsks("one", false));
        client.postAsync(userAsks("two", false));

        assertThat(server.awaitRequests(2, Duration.ofSeconds(10))).isTrue();
        assertThat(server.requests()).hasSize(2);
    }
}

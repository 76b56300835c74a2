package dev.loopwright.adapter.out.opencode.scripted;

import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.parse;
import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.userAsks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed answers: {@code chat.completion.chunk} events that a client joins back together. */
class StreamingTest {
    private ScriptedModelServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiTestClient serve(Response fallback) throws Exception {
        server = ScriptedModelServer.start(Script.builder().fallback(fallback).build());
        return new OpenAiTestClient(server);
    }

    @Test
    void textArrivesInSeveralChunksThatJoinToTheReply() throws Exception {
        String reply = "Streaming works, even with emoji 🙂 split safely.";
        List<String> payloads = serve(Response.reply(reply)).stream(userAsks("stream please", true));

        StreamedAnswer answer = StreamedAnswer.of(payloads);
        assertThat(answer.role()).isEqualTo("assistant");
        assertThat(answer.text()).isEqualTo(reply);
        assertThat(answer.contentChunks()).isGreaterThan(1);
        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(answer.done()).isTrue();
        assertThat(payloads.get(payloads.size() - 1)).isEqualTo("[DONE]");
    }

    @Test
    void everyChunkHasTheStreamsIdAndTheFirstDeltaCarriesTheRole() throws Exception {
        List<String> payloads = serve(Response.reply("abc")).stream(userAsks("hi", true));

        JsonNode first = parse(payloads.get(0));
        assertThat(first.get("object").asText()).isEqualTo("chat.completion.chunk");
        assertThat(first.get("model").asText()).isEqualTo("echo");
        assertThat(first.get("choices").get(0).get("delta").get("role").asText()).isEqualTo("assistant");
        for (String payload : payloads.subList(0, payloads.size() - 1)) {
            assertThat(parse(payload).get("id").asText()).isEqualTo(first.get("id").asText());
        }
    }

    @Test
    void theUsageChunkComesLastWithNoChoicesWhenAskedFor() throws Exception {
        List<String> payloads = serve(Response.reply("Some reply text")).stream(userAsks("hi", true));

        JsonNode usageChunk = parse(payloads.get(payloads.size() - 2));
        assertThat(usageChunk.get("choices")).isEmpty();
        JsonNode usage = usageChunk.get("usage");
        assertThat(usage.get("prompt_tokens").asInt()).isPositive();
        assertThat(usage.get("completion_tokens").asInt()).isEqualTo(3);
        assertThat(usage.get("total_tokens").asInt())
                .isEqualTo(usage.get("prompt_tokens").asInt() + usage.get("completion_tokens").asInt());
    }

    @Test
    void noUsageChunkWhenNotAskedFor() throws Exception {
        ObjectNode request = userAsks("hi", true);
        request.remove("stream_options");

        StreamedAnswer answer = StreamedAnswer.of(serve(Response.reply("x")).stream(request));

        assertThat(answer.usage()).isNull();
        assertThat(answer.done()).isTrue();
    }

    @Test
    void toolCallsStreamTheirArgumentsInPiecesAndFinishWithToolCalls() throws Exception {
        ToolCall read = new ToolCall("read", "{\"filePath\":\"/tmp/project/README.md\"}");
        ToolCall bash = new ToolCall("bash", "{\"command\":\"ls -la\",\"description\":\"List files\"}");
        List<String> payloads = serve(Response.toolCalls(read, bash)).stream(userAsks("look", true));

        StreamedAnswer answer = StreamedAnswer.of(payloads);
        assertThat(answer.toolCalls()).containsExactly(read, bash);
        assertThat(answer.toolCallIds()).allMatch(id -> id.startsWith("call_")).doesNotHaveDuplicates();
        assertThat(answer.text()).isEmpty();
        assertThat(answer.finishReason()).isEqualTo("tool_calls");
        assertThat(answer.done()).isTrue();
        long toolCallChunks = payloads.stream().filter(payload -> payload.contains("\"tool_calls\"")).count();
        assertThat(toolCallChunks).as("an opening and several argument pieces per call").isGreaterThan(2 * 2);
    }

    @Test
    void truncatedTextFinishesWithLength() throws Exception {
        StreamedAnswer answer = StreamedAnswer.of(serve(Response.truncated("cut by the lim")).stream(userAsks("x", true)));

        assertThat(answer.text()).isEqualTo("cut by the lim");
        assertThat(answer.finishReason()).isEqualTo("length");
        assertThat(answer.done()).isTrue();
    }

    @Test
    void anEmptyReplyStreamsNoContent() throws Exception {
        StreamedAnswer answer = StreamedAnswer.of(serve(Response.empty()).stream(userAsks("x", true)));

        assertThat(answer.role()).isEqualTo("assistant");
        assertThat(answer.contentChunks()).isZero();
        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(answer.done()).isTrue();
    }
}

package dev.loopwright.adapter.out.opencode.scripted;

import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.parse;
import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.userAsks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Non-streaming answers: the {@code chat.completion} document and the model list. */
class ChatCompletionsTest {
    private ScriptedModelServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiTestClient serve(Script script) throws Exception {
        server = ScriptedModelServer.start(script);
        return new OpenAiTestClient(server);
    }

    @Test
    void listsTheScriptsModelsInOpenAisShape() throws Exception {
        OpenAiTestClient client = serve(Script.builder().models("echo", "big").build());

        HttpResponse<String> response = client.get("/models");

        assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = parse(response.body());
        assertThat(list.get("object").asText()).isEqualTo("list");
        assertThat(list.get("data")).extracting(model -> model.get("id").asText()).containsExactly("echo", "big");
        JsonNode model = list.get("data").get(0);
        assertThat(model.get("object").asText()).isEqualTo("model");
        assertThat(model.get("owned_by").asText()).isEqualTo("loopwright");
        assertThat(model.get("created").isNumber()).isTrue();
    }

    @Test
    void repliesWithAChatCompletionAndItsUsage() throws Exception {
        OpenAiTestClient client = serve(Script.replying("Hello there, I am scripted."));

        HttpResponse<String> response = client.post(userAsks("hi", false));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode completion = parse(response.body());
        assertThat(completion.get("object").asText()).isEqualTo("chat.completion");
        assertThat(completion.get("id").asText()).startsWith("chatcmpl-");
        assertThat(completion.get("model").asText()).isEqualTo("echo");
        JsonNode choice = completion.get("choices").get(0);
        assertThat(choice.get("message").get("role").asText()).isEqualTo("assistant");
        assertThat(choice.get("message").get("content").asText()).isEqualTo("Hello there, I am scripted.");
        assertThat(choice.get("finish_reason").asText()).isEqualTo("stop");
        JsonNode usage = completion.get("usage");
        assertThat(usage.get("prompt_tokens").asInt()).isPositive();
        assertThat(usage.get("completion_tokens").asInt()).isEqualTo("Hello there, I am scripted.".length() / 4);
        assertThat(usage.get("total_tokens").asInt())
                .isEqualTo(usage.get("prompt_tokens").asInt() + usage.get("completion_tokens").asInt());
    }

    @Test
    void toolCallsCarryGeneratedIdsAndFinishWithToolCalls() throws Exception {
        OpenAiTestClient client = serve(Script.builder()
                .fallback(Response.toolCalls(new ToolCall("read", "{\"path\":\"a.txt\"}"),
                        new ToolCall("bash", "{\"command\":\"ls\"}")))
                .build());

        JsonNode choice = parse(client.post(userAsks("look around", false)).body()).get("choices").get(0);

        assertThat(choice.get("finish_reason").asText()).isEqualTo("tool_calls");
        JsonNode calls = choice.get("message").get("tool_calls");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).get("id").asText()).startsWith("call_").isNotEqualTo(calls.get(1).get("id").asText());
        assertThat(calls.get(0).get("type").asText()).isEqualTo("function");
        assertThat(calls.get(0).get("function").get("name").asText()).isEqualTo("read");
        assertThat(calls.get(0).get("function").get("arguments").asText()).isEqualTo("{\"path\":\"a.txt\"}");
        assertThat(calls.get(1).get("function").get("name").asText()).isEqualTo("bash");
    }

    @Test
    void truncatedTextFinishesWithLength() throws Exception {
        OpenAiTestClient client = serve(Script.builder().fallback(Response.truncated("The answer is cut sh")).build());

        JsonNode choice = parse(client.post(userAsks("explain", false)).body()).get("choices").get(0);

        assertThat(choice.get("message").get("content").asText()).isEqualTo("The answer is cut sh");
        assertThat(choice.get("finish_reason").asText()).isEqualTo("length");
    }

    @Test
    void anEmptyReplyHasNoContentAndFinishesWithStop() throws Exception {
        OpenAiTestClient client = serve(Script.builder().fallback(Response.empty()).build());

        JsonNode completion = parse(client.post(userAsks("say nothing", false)).body());

        JsonNode choice = completion.get("choices").get(0);
        assertThat(choice.get("message").get("content").isNull()).isTrue();
        assertThat(choice.get("message").has("tool_calls")).isFalse();
        assertThat(choice.get("finish_reason").asText()).isEqualTo("stop");
        assertThat(completion.get("usage").get("completion_tokens").asInt()).isEqualTo(1);
    }
}

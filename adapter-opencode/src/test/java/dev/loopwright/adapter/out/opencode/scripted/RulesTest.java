package dev.loopwright.adapter.out.opencode.scripted;

import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.parse;
import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.userAsks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which response a request gets: the first matching rule, in order, else the fallback. */
class RulesTest {
    private ScriptedModelServer server;
    private OpenAiTestClient client;

    @AfterEach
    void stop() {
        server.close();
    }

    private void serve(Script script) throws Exception {
        server = ScriptedModelServer.start(script);
        client = new OpenAiTestClient(server);
    }

    private String answerTo(ObjectNode request) throws Exception {
        HttpResponse<String> response = client.post(request);
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(response.body()).get("choices").get(0).get("message").get("content").asText();
    }

    private static ArrayNode messages(ObjectNode request) {
        return (ArrayNode) request.get("messages");
    }

    @Test
    void theFirstMatchingRuleWinsAndOthersGetTheFallback() throws Exception {
        serve(Script.builder()
                .on(When.lastUserContains("PLAN"), Response.reply("the plan"))
                .on(When.lastUserContains("PLAN REVIEW"), Response.reply("never reached"))
                .on(When.lastUserContains("REVIEW"), Response.reply("the review"))
                .build());

        assertThat(answerTo(userAsks("please PLAN REVIEW this", false))).isEqualTo("the plan");
        assertThat(answerTo(userAsks("a REVIEW", false))).isEqualTo("the review");
        assertThat(answerTo(userAsks("anything else", false))).isEqualTo("ok");
    }

    @Test
    void aSequenceGivesItsResponsesInTurnThenRepeatsTheLast() throws Exception {
        serve(Script.builder()
                .on(When.lastUserContains("RETRY"), Response.rateLimited(), Response.reply("recovered"))
                .build());

        assertThat(client.post(userAsks("RETRY", false)).statusCode()).isEqualTo(429);
        assertThat(answerTo(userAsks("RETRY", false))).isEqualTo("recovered");
        assertThat(answerTo(userAsks("RETRY", false))).isEqualTo("recovered");
    }

    @Test
    void aOneShotRuleStepsAsideOnceUsed() throws Exception {
        serve(Script.builder()
                .once(When.always(), Response.overloaded())
                .fallback(Response.reply("back"))
                .build());

        assertThat(client.post(userAsks("hi", false)).statusCode()).isEqualTo(503);
        assertThat(answerTo(userAsks("hi", false))).isEqualTo("back");
    }

    @Test
    void openCodesTitleRequestGetsTheFallbackAndLeavesTheRuleUnused() throws Exception {
        serve(Script.builder()
                .once(When.lastUserContains("PLAN"), Response.reply("the plan"))
                .fallback(Response.reply("A title"))
                .build());
        ObjectNode titleRequest = userAsks("Generate a title for this conversation:\n", false);
        messages(titleRequest).addObject().put("role", "user").put("content", "PLAN the work");

        assertThat(answerTo(titleRequest)).isEqualTo("A title");
        assertThat(answerTo(userAsks("PLAN the work", false))).isEqualTo("the plan");
    }

    @Test
    void aToolLoopAnswersTheCallThenTheResult() throws Exception {
        serve(Script.builder()
                .on(When.lastUserContains("LIST").andNoToolResult(), Response.toolCall("bash", "{\"command\":\"ls\"}"))
                .on(When.lastUserContains("LIST").andToolResultPresent(), Response.reply("two files"))
                .build());
        ObjectNode first = userAsks("LIST the files", false);

        var call = parse(client.post(first).body()).get("choices").get(0).get("message").get("tool_calls").get(0);
        ObjectNode second = first.deepCopy();
        ObjectNode assistant = messages(second).addObject().put("role", "assistant");
        assistant.putNull("content");
        assistant.putArray("tool_calls").add(call);
        messages(second).addObject().put("role", "tool").put("tool_call_id", call.get("id").asText())
                .put("content", "a.txt\nb.txt");

        assertThat(answerTo(second)).isEqualTo("two files");
        assertThat(server.requests().get(1).toolResults())
                .containsExactly(new ChatMessage.ToolResult(call.get("id").asText(), "bash", "a.txt\nb.txt"));
    }
}

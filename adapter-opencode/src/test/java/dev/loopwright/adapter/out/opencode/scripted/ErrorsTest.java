package dev.loopwright.adapter.out.opencode.scripted;

import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.parse;
import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.userAsks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scripted provider errors, and what the server says to requests it cannot read. */
class ErrorsTest {
    private ScriptedModelServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiTestClient serve(Script script) throws Exception {
        server = ScriptedModelServer.start(script);
        return new OpenAiTestClient(server);
    }

    static Stream<Arguments> scriptedErrors() {
        return Stream.of(
                Arguments.of(Response.rateLimited(), 429, "rate_limit_error", "rate_limit_exceeded"),
                Arguments.of(Response.insufficientQuota(), 402, "insufficient_quota", "insufficient_quota"),
                Arguments.of(Response.serverError(), 500, "server_error", "internal_error"),
                Arguments.of(Response.overloaded(), 503, "server_error", "overloaded"));
    }

    @ParameterizedTest
    @MethodSource("scriptedErrors")
    void aScriptedErrorHasItsStatusAndAnOpenAiErrorBody(Response error, int status, String type, String code)
            throws Exception {
        OpenAiTestClient client = serve(Script.builder().fallback(error).build());

        for (boolean stream : new boolean[] {false, true}) {
            HttpResponse<String> response = client.post(userAsks("hi", stream));

            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode body = parse(response.body()).get("error");
            assertThat(body.get("message").asText()).isNotBlank();
            assertThat(body.get("type").asText()).isEqualTo(type);
            assertThat(body.get("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void aCustomErrorKeepsItsFields() throws Exception {
        OpenAiTestClient client = serve(Script.builder()
                .fallback(new Response.HttpError(401, "Invalid API key", "invalid_request_error", "invalid_api_key"))
                .build());

        HttpResponse<String> response = client.post(userAsks("hi", false));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response.body()).get("error").get("message").asText()).isEqualTo("Invalid API key");
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void aMalformedRequestGetsA400AndIsNotRecorded(String body) throws Exception {
        OpenAiTestClient client = serve(Script.replying("never"));

        HttpResponse<String> response = client.post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = parse(response.body()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(server.requests()).isEmpty();
        assertThat(client.post(userAsks("still serving?", false)).statusCode()).isEqualTo(200);
    }

    static Stream<String> malformedBodies() {
        return Stream.of(
                "",
                "{not json",
                "[1, 2]",
                "{\"messages\": []}",
                "{\"model\": \"echo\"}",
                "{\"model\": \"echo\", \"messages\": \"hi\"}",
                "{\"model\": \"echo\", \"messages\": [{\"role\": \"robot\", \"content\": \"hi\"}]}",
                "{\"model\": \"echo\", \"messages\": [{\"role\": \"user\", \"content\": 42}]}",
                "{\"model\": \"echo\", \"messages\": [{\"role\": \"tool\", \"content\": \"out\"}]}",
                "{\"model\": \"echo\", \"messages\": [{\"role\": \"assistant\", \"tool_calls\": {}}]}",
                "{\"model\": \"echo\", \"messages\": [], \"tools\": \"read\"}");
    }

    @Test
    void unknownPathsAndMethodsGetJsonErrors() throws Exception {
        OpenAiTestClient client = serve(Script.replying("ok"));

        HttpResponse<String> notFound = client.get("/embeddings");
        HttpResponse<String> notAllowed = client.get("/chat/completions");
        HttpResponse<String> prefixOnly = client.get("/models/extra");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(parse(notFound.body()).get("error").get("code").asText()).isEqualTo("not_found");
        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertThat(prefixOnly.statusCode()).isEqualTo(404);
    }
}

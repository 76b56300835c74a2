package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Talks to a scripted model server the way an OpenAI client does, with the JDK's own HTTP client. */
final class OpenAiTestClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    OpenAiTestClient(ScriptedModelServer server) {
        this.baseUrl = server.baseUrl();
    }

    /** A minimal request: one user message, and {@code stream} with usage asked for when streaming. */
    static ObjectNode userAsks(String text, boolean stream) {
        ObjectNode request = JSON.createObjectNode().put("model", Script.DEFAULT_MODEL).put("stream", stream);
        request.putArray("messages").addObject().put("role", "user").put("content", text);
        if (stream) {
            request.putObject("stream_options").put("include_usage", true);
        }
        return request;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(chatCompletions(body), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(JsonNode body) throws IOException, InterruptedException {
        return post(body.toString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(JsonNode body) {
        return http.sendAsync(chatCompletions(body.toString()), HttpResponse.BodyHandlers.ofString());
    }

    /** The payloads of the {@code data:} lines of a streamed answer, in order. */
    List<String> stream(JsonNode body) throws IOException, InterruptedException {
        List<String> payloads = new ArrayList<>();
        readStream(body, payloads);
        return payloads;
    }

    /**
     * Reads a stream into {@code payloads} as far as it goes; a stream the server cuts ends in the
     * IOException it causes, and the payloads that arrived before it stay in the list.
     */
    void readStream(JsonNode body, List<String> payloads) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(chatCompletions(body.toString()),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("data: ")) {
                    payloads.add(line.substring("data: ".length()));
                }
            }
        }
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    private HttpRequest chatCompletions(String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}

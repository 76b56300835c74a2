package dev.loopwright.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** The few calls of Loopwright's HTTP API the demo makes, as JSON. */
final class DemoApi {
    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    DemoApi(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return patiently(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Sends; a 429 (per-client rate limit) is waited out as its {@code Retry-After} says, then sent again. */
    private HttpResponse<String> patiently(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == 5) {
                return response;
            }
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
            TimeUnit.SECONDS.sleep(Math.max(1, Math.min(seconds, 30)));
        }
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return JSON.readTree(expect(get(path), path, 200).body());
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return patiently(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body)).build());
    }

    /** A POST that must succeed (2xx). */
    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", path, JSON.writeValueAsString(body));
        if (response.statusCode() / 100 != 2) {
            throw new DemoFailure("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> expect(HttpResponse<String> response, String path, int status) {
        if (response.statusCode() != status) {
            throw new DemoFailure("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}

package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The server's HTTP API as the command line uses it: JSON in and out, an error answer as {@link ApiException}. */
public final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final Optional<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ApiClient(URI base, Optional<String> token) {
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
    }

    public URI base() {
        return base;
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    public JsonNode patch(String path, JsonNode body) {
        return send("PATCH", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    /** A GET answer's body with one of its headers, e.g. the bead plan and the hash it carries in a header. */
    public record Headed(JsonNode body, Optional<String> header) {
    }

    /** Like {@link #get}, also returning header {@code name} of the same answer, so the two belong together. */
    public Headed getWithHeader(String path, String name) {
        HttpResponse<String> response = exchange("GET", path, null);
        return new Headed(answer(response), response.headers().firstValue(name));
    }

    /**
     * Follows a server-sent event stream, handing each event to {@code listener} until it returns false or the
     * stream ends.
     */
    public void stream(String path, Predicate<ServerEvent> listener) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/event-stream");
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new ApiException(0, "The Loopwright server at " + base + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted while waiting for the server");
        }
        if (response.statusCode() >= 400) {
            response.body().close();
            throw new ApiException(response.statusCode(), "The event stream was refused (HTTP "
                    + response.statusCode() + ")");
        }
        try (Stream<String> lines = response.body()) {
            Iterator<String> iterator = lines.iterator();
            String name = "message";
            StringBuilder data = new StringBuilder();
            while (iterator.hasNext()) {
                String line = iterator.next();
                if (line.isEmpty()) {
                    if (data.length() > 0 && !listener.test(new ServerEvent(name, parse(data.toString())))) {
                        return;
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        }
    }

    /** One event of a server-sent event stream. */
    public record ServerEvent(String name, JsonNode data) {
    }

    /** A path segment or query value as it must appear in a URL. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, JsonNode body) {
        return answer(exchange(method, path, body));
    }

    private HttpResponse<String> exchange(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ApiException(0, "No Loopwright server answers at " + base);
        } catch (IOException e) {
            throw new ApiException(0, "The Loopwright server at " + base + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted while waiting for the server");
        }
    }

    /** The answer's JSON, or the server's {@code error} as an {@link ApiException}. */
    private static JsonNode answer(HttpResponse<String> response) {
        JsonNode answer = parse(response.body());
        if (response.statusCode() >= 400) {
            String message = answer.path("error").isTextual() ? answer.get("error").asText()
                    : "HTTP " + response.statusCode();
            throw new ApiException(response.statusCode(), message);
        }
        return answer;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}

package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** JSON over HTTP to one OpenCode server; transport failures become {@link ModelRuntimeException}s. */
final class OpenCodeHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Supplier<URI> baseUri;
    private final Optional<String> authorization;

    OpenCodeHttp(HttpClient client, Supplier<URI> baseUri, OpenCodeSettings settings) {
        this.client = client;
        this.baseUri = baseUri;
        this.authorization = settings.password().map(password -> "Basic " + Base64.getEncoder()
                .encodeToString((settings.username() + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpClient client() {
        return client;
    }

    JsonNode get(String path, Map<String, String> query, Duration timeout) {
        return send(request(path, query, timeout).GET().build());
    }

    JsonNode post(String path, Map<String, String> query, Object body, Duration timeout) {
        return send(request(path, query, timeout).POST(jsonBody(body)).build());
    }

    JsonNode delete(String path, Map<String, String> query, Duration timeout) {
        return send(request(path, query, timeout).DELETE().build());
    }

    /** A POST whose answer arrives later; the caller decides how long to wait and what failures mean. */
    CompletableFuture<HttpResponse<String>> postAsync(String path, Map<String, String> query, Object body,
            Duration timeout) {
        return client.sendAsync(request(path, query, timeout).POST(jsonBody(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, Map<String, String> query, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path, query)).timeout(timeout)
                .header("Accept", "application/json");
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    /** The parsed body of a 2xx answer; anything else is a failure with the status's kind. */
    static JsonNode parse(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ModelRuntimeException(status == 404 ? RuntimeFailureKind.SESSION_MISSING
                    : RuntimeFailureKind.PROTOCOL_ERROR, "OpenCode answered " + status + " to "
                    + response.request().method() + " " + response.uri().getPath() + ": " + preview(response.body()));
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR,
                    "OpenCode answered something that is not JSON: " + preview(response.body()), e);
        }
    }

    /** A transport failure: our deadline, or a server that is gone. */
    static ModelRuntimeException transportFailure(Throwable failure, String what) {
        if (failure instanceof HttpTimeoutException) {
            return new ModelRuntimeException(RuntimeFailureKind.TIMEOUT, what + " timed out", failure);
        }
        return new ModelRuntimeException(RuntimeFailureKind.UNREACHABLE,
                "OpenCode at " + what + " is not reachable: " + failure, failure);
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw transportFailure(e, request.method() + " " + request.uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelRuntimeException(RuntimeFailureKind.TIMEOUT, "interrupted while calling OpenCode", e);
        }
        return parse(response);
    }

    private URI uri(String path, Map<String, String> query) {
        String base = baseUri.get().toString().replaceAll("/+$", "");
        String encodedQuery = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
    }

    private static HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + body, e);
        }
    }

    static String preview(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}

package dev.loopwright.adapter.out.github;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The few GitHub endpoints delivery uses, on loopback: each request is recorded, and answered with the reply
 * scripted for {@code METHOD path} (query left out), else 404 the way GitHub words it.
 */
final class GitHubStandIn implements AutoCloseable {

    /** One request as it arrived. */
    record Request(String method, String path, String query, String authorization, String accept, String body) {
    }

    /** What to answer. */
    record Reply(int status, String body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final HttpServer server;

    private GitHubStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static GitHubStandIn start() throws IOException {
        return new GitHubStandIn();
    }

    GitHubStandIn on(String methodAndPath, int status, String body) {
        replies.put(methodAndPath, new Reply(status, body));
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v3", "");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Accept"),
                body));
        Reply reply = replies.getOrDefault(exchange.getRequestMethod() + " " + path,
                new Reply(404, "{\"message\":\"Not Found\"}"));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

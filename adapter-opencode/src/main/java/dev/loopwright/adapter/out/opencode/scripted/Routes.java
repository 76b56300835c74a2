package dev.loopwright.adapter.out.opencode.scripted;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;

/**
 * Sends each request to its endpoint by exact path and method; HttpServer's own contexts match path prefixes,
 * which would answer paths no OpenAI server has.
 */
final class Routes implements HttpHandler {
    static final String MODELS = "/v1/models";
    static final String CHAT_COMPLETIONS = "/v1/chat/completions";

    private final List<String> models;
    private final long created;
    private final HttpHandler chatCompletions;

    Routes(List<String> models, long created, HttpHandler chatCompletions) {
        this.models = models;
        this.created = created;
        this.chatCompletions = chatCompletions;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(MODELS) && method.equals("GET")) {
            HttpReplies.sendJson(exchange, 200, OpenAiJson.modelList(models, created));
        } else if (path.equals(CHAT_COMPLETIONS) && method.equals("POST")) {
            chatCompletions.handle(exchange);
        } else if (path.equals(MODELS) || path.equals(CHAT_COMPLETIONS)) {
            HttpReplies.sendError(exchange, 405, method + " is not allowed on " + path, "invalid_request_error",
                    "method_not_allowed");
        } else {
            HttpReplies.sendError(exchange, 404, "no endpoint " + path, "invalid_request_error", "not_found");
        }
    }
}

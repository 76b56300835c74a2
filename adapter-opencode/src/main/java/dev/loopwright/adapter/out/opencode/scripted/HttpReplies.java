package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Whole JSON answers, successes and OpenAI-style errors alike. */
final class HttpReplies {
    private HttpReplies() {
    }

    static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = OpenAiJson.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sendError(HttpExchange exchange, int status, String message, String type, String code)
            throws IOException {
        sendJson(exchange, status, OpenAiJson.error(message, type, code));
    }
}

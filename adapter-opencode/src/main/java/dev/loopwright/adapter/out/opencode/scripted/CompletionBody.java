package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** A completion as one {@code chat.completion} JSON document, for requests that do not stream. */
final class CompletionBody {
    private CompletionBody() {
    }

    static void send(HttpExchange exchange, ChatRequest request, Completion completion) throws IOException {
        ObjectNode message = OpenAiJson.object().put("role", "assistant");
        if (completion.text().isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", completion.text());
        }
        if (!completion.toolCalls().isEmpty()) {
            var calls = message.putArray("tool_calls");
            completion.toolCalls().forEach(call -> calls.add(OpenAiJson.toolCall(OpenAiJson.newId("call_"), call)));
        }
        ObjectNode body = OpenAiJson.object()
                .put("id", OpenAiJson.newId("chatcmpl-"))
                .put("object", "chat.completion")
                .put("created", Instant.now().getEpochSecond())
                .put("model", request.model());
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", completion.finishReason());
        body.set("usage", OpenAiJson.usage(request, completion));

        if (completion.isCut()) {
            sendHalfAndDrop(exchange, OpenAiJson.bytes(body));
        } else {
            HttpReplies.sendJson(exchange, 200, body);
        }
    }

    /** Promises the whole body, sends half of it, and hangs up: the client sees a premature end. */
    private static void sendHalfAndDrop(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new DroppedConnection("scripted cut in the middle of a response body");
    }
}

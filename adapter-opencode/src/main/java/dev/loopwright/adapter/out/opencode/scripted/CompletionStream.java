package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A completion as server-sent {@code chat.completion.chunk} events, the way OpenAI streams: a role delta, the
 * text and tool-call arguments in a few pieces each, a finish delta, the usage when asked for, then
 * {@code [DONE]}.
 */
final class CompletionStream {
    // Enough pieces that a client must really join them, few enough to keep the events readable in a capture.
    private static final int PIECES = 3;

    private final OutputStream out;
    private final String id = OpenAiJson.newId("chatcmpl-");
    private final long created = Instant.now().getEpochSecond();
    private final String model;

    private CompletionStream(OutputStream out, String model) {
        this.out = out;
        this.model = model;
    }

    static void send(HttpExchange exchange, ChatRequest request, Completion completion) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        CompletionStream stream = new CompletionStream(exchange.getResponseBody(), request.model());

        stream.delta(OpenAiJson.object().put("role", "assistant"));
        for (String piece : pieces(completion.text())) {
            stream.delta(OpenAiJson.object().put("content", piece));
        }
        for (int index = 0; index < completion.toolCalls().size(); index++) {
            stream.toolCall(index, completion.toolCalls().get(index));
        }
        if (completion.isCut()) {
            throw new DroppedConnection("scripted cut in the middle of a stream");
        }
        stream.finish(completion.finishReason());
        if (request.includeUsage()) {
            ObjectNode usage = stream.chunk();
            usage.putArray("choices");
            usage.set("usage", OpenAiJson.usage(request, completion));
            stream.event(usage);
        }
        stream.data("[DONE]");
        exchange.close();
    }

    /** The call's id, type and name come first with empty arguments; the arguments follow in pieces. */
    private void toolCall(int index, ToolCall call) throws IOException {
        ObjectNode opening = OpenAiJson.toolCall(OpenAiJson.newId("call_"), call).put("index", index);
        ((ObjectNode) opening.get("function")).put("arguments", "");
        delta(toolCallsDelta(opening));
        for (String piece : pieces(call.argumentsJson())) {
            ObjectNode more = OpenAiJson.object().put("index", index);
            more.putObject("function").put("arguments", piece);
            delta(toolCallsDelta(more));
        }
    }

    private static ObjectNode toolCallsDelta(ObjectNode toolCall) {
        ObjectNode delta = OpenAiJson.object();
        delta.putArray("tool_calls").add(toolCall);
        return delta;
    }

    private void delta(ObjectNode delta) throws IOException {
        ObjectNode chunk = chunk();
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("finish_reason");
        event(chunk);
    }

    private void finish(String finishReason) throws IOException {
        ObjectNode chunk = chunk();
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta");
        choice.put("finish_reason", finishReason);
        event(chunk);
    }

    private ObjectNode chunk() {
        return OpenAiJson.object().put("id", id).put("object", "chat.completion.chunk").put("created", created)
                .put("model", model);
    }

    private void event(ObjectNode chunk) throws IOException {
        data(new String(OpenAiJson.bytes(chunk), StandardCharsets.UTF_8));
    }

    /** One event per flush, so a client sees the pieces arrive one by one. */
    private void data(String payload) throws IOException {
        out.write(("data: " + payload + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The text in up to {@link #PIECES} pieces, never splitting a character; none for an empty text. */
    private static List<String> pieces(String text) {
        int characters = text.codePointCount(0, text.length());
        int perPiece = Math.max(1, (characters + PIECES - 1) / PIECES);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.offsetByCodePoints(start, Math.min(perPiece, text.codePointCount(start, text.length())));
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}

package dev.loopwright.adapter.out.opencode.scripted;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code POST /v1/chat/completions}: reads the request, records it, and answers as the script says. */
final class ChatCompletionsHandler implements HttpHandler {
    // Far above any real prompt; it only keeps a runaway client from filling the heap.
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final Script script;
    private final RequestLog log;
    private final CountDownLatch closing;

    ChatCompletionsHandler(Script script, RequestLog log, CountDownLatch closing) {
        this.script = script;
        this.log = log;
        this.closing = closing;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        if (body.length > MAX_BODY_BYTES) {
            HttpReplies.sendError(exchange, 413, "the request body is too large", "invalid_request_error",
                    "request_too_large");
            return;
        }
        ChatRequest request;
        try {
            request = ChatRequestParser.parse(body);
        } catch (MalformedRequestException e) {
            HttpReplies.sendError(exchange, 400, e.getMessage(), "invalid_request_error", "invalid_request");
            return;
        }
        log.add(request);
        respond(exchange, request, script.answer(request));
    }

    private void respond(HttpExchange exchange, ChatRequest request, Response response) throws IOException {
        if (response instanceof Response.Delayed delayed) {
            if (closesWithin(delayed.delay())) {
                throw new DroppedConnection("the server closed during a scripted delay");
            }
            respond(exchange, request, delayed.response());
        } else if (response instanceof Response.Hang) {
            awaitClosing();
            throw new DroppedConnection("the server closed while a scripted request hung");
        } else if (response instanceof Response.HttpError error) {
            HttpReplies.sendError(exchange, error.status(), error.message(), error.type(), error.code());
        } else if (request.stream()) {
            CompletionStream.send(exchange, request, Completion.of(response));
        } else {
            CompletionBody.send(exchange, request, Completion.of(response));
        }
    }

    /** Waits up to the duration; true when the server began closing, which ends every wait at once. */
    private boolean closesWithin(Duration duration) {
        try {
            return closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void awaitClosing() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads at most one byte past the limit, enough to tell that a body is too large. */
    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(MAX_BODY_BYTES + 1);
        }
    }
}

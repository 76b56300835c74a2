package dev.loopwright.adapter.out.opencode.scripted;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What the scripted model answers to one request: a completion, an HTTP error, or a misbehaviour. */
public sealed interface Response {

    /** Text with finish reason {@code stop}. */
    record Reply(String text) implements Response {
        public Reply {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Text cut off by the token limit: finish reason {@code length}. */
    record Truncated(String text) implements Response {
        public Truncated {
            Objects.requireNonNull(text, "text");
        }
    }

    /** No content at all, finish reason {@code stop}. */
    record Empty() implements Response {
    }

    /** Calls to the given tools, finish reason {@code tool_calls}; the server makes up the call ids. */
    record ToolCalls(List<ToolCall> calls) implements Response {
        public ToolCalls {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("a tool-calls response needs at least one call");
            }
        }
    }

    /** A non-2xx answer with an OpenAI error body {@code {"error":{"message","type","code"}}}. */
    record HttpError(int status, String message, String type, String code) implements Response {
        public HttpError {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an HTTP error status is 4xx or 5xx, not " + status);
            }
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(code, "code");
        }
    }

    /** The wrapped response, after a pause; closing the server ends the pause and drops the request. */
    record Delayed(Duration delay, Response response) implements Response {
        public Delayed {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(response, "response");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a delay is not negative");
            }
        }
    }

    /** Never answers; the request is dropped when the server closes. */
    record Hang() implements Response {
    }

    /**
     * Sends the text, then drops the connection with no finish reason and, when streaming, no {@code [DONE]}:
     * a model connection that broke mid-answer.
     */
    record CutMidStream(String text) implements Response {
        public CutMidStream {
            Objects.requireNonNull(text, "text");
        }
    }

    static Response reply(String text) {
        return new Reply(text);
    }

    static Response truncated(String text) {
        return new Truncated(text);
    }

    static Response empty() {
        return new Empty();
    }

    static Response toolCall(String name, String argumentsJson) {
        return new ToolCalls(List.of(new ToolCall(name, argumentsJson)));
    }

    static Response toolCalls(ToolCall... calls) {
        return new ToolCalls(List.of(calls));
    }

    static Response rateLimited() {
        return new HttpError(429, "Rate limit reached for requests", "rate_limit_error", "rate_limit_exceeded");
    }

    static Response insufficientQuota() {
        return new HttpError(402, "You exceeded your current quota, please check your plan and billing details",
                "insufficient_quota", "insufficient_quota");
    }

    static Response serverError() {
        return new HttpError(500, "The server had an error while processing your request", "server_error",
                "internal_error");
    }

    static Response overloaded() {
        return new HttpError(503, "The engine is currently overloaded, please try again later", "server_error",
                "overloaded");
    }

    static Response delayed(Duration delay, Response response) {
        return new Delayed(delay, response);
    }

    static Response hang() {
        return new Hang();
    }

    static Response cutMidStream(String text) {
        return new CutMidStream(text);
    }
}

package dev.loopwright.adapter.out.opencode.scripted;

import java.util.List;

/**
 * A response that produces a completion, reduced to what the wire formats need. {@code finishReason} is null
 * for a cut response, which never finishes.
 */
record Completion(String text, List<ToolCall> toolCalls, String finishReason) {

    static Completion of(Response response) {
        if (response instanceof Response.Reply reply) {
            return new Completion(reply.text(), List.of(), "stop");
        }
        if (response instanceof Response.Truncated truncated) {
            return new Completion(truncated.text(), List.of(), "length");
        }
        if (response instanceof Response.Empty) {
            return new Completion("", List.of(), "stop");
        }
        if (response instanceof Response.ToolCalls calls) {
            return new Completion("", calls.calls(), "tool_calls");
        }
        if (response instanceof Response.CutMidStream cut) {
            return new Completion(cut.text(), List.of(), null);
        }
        throw new IllegalArgumentException("not a completion: " + response);
    }

    boolean isCut() {
        return finishReason == null;
    }

    int completionTokens() {
        StringBuilder all = new StringBuilder(text);
        toolCalls.forEach(call -> all.append(call.name()).append(call.argumentsJson()));
        return Tokens.estimate(all);
    }
}

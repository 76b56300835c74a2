package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the OpenAI API that both wire formats share. */
final class OpenAiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenAiJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree always serializes", e);
        }
    }

    /** An id in OpenAI's style, e.g. {@code chatcmpl-…} or {@code call_…}. */
    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    static ObjectNode error(String message, String type, String code) {
        ObjectNode body = object();
        body.putObject("error").put("message", message).put("type", type).put("code", code);
        return body;
    }

    static ObjectNode modelList(List<String> ids, long created) {
        ObjectNode list = object().put("object", "list");
        var data = list.putArray("data");
        ids.forEach(id -> data.addObject().put("id", id).put("object", "model").put("created", created)
                .put("owned_by", "loopwright"));
        return list;
    }

    static ObjectNode usage(ChatRequest request, Completion completion) {
        int prompt = Tokens.estimate(request.allText());
        int answer = completion.completionTokens();
        return object().put("prompt_tokens", prompt).put("completion_tokens", answer)
                .put("total_tokens", prompt + answer);
    }

    /** A tool call as an assistant message carries it; streams send the same shape with an index. */
    static ObjectNode toolCall(String id, ToolCall call) {
        ObjectNode node = object().put("id", id).put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
        return node;
    }
}

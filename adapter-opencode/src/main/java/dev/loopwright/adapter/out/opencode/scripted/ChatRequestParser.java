package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Reads an OpenAI chat-completions request body; anything it cannot read is a {@link MalformedRequestException}. */
final class ChatRequestParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatRequestParser() {
    }

    static ChatRequest parse(byte[] body) throws MalformedRequestException {
        JsonNode root = readJson(body);
        if (!root.isObject()) {
            throw new MalformedRequestException("the body must be a JSON object");
        }
        JsonNode model = root.path("model");
        if (!model.isTextual()) {
            throw new MalformedRequestException("'model' must be a string");
        }
        JsonNode messages = root.path("messages");
        if (!messages.isArray()) {
            throw new MalformedRequestException("'messages' must be an array");
        }
        JsonNode maxTokens = root.path("max_tokens");
        return new ChatRequest(model.asText(),
                root.path("stream").asBoolean(false),
                root.path("stream_options").path("include_usage").asBoolean(false),
                maxTokens.canConvertToInt() ? OptionalInt.of(maxTokens.asInt()) : OptionalInt.empty(),
                messages(messages),
                toolNames(root.path("tools")));
    }

    private static JsonNode readJson(byte[] body) throws MalformedRequestException {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null) {
                throw new MalformedRequestException("the body is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequestException("the body could not be read: " + e.getMessage());
        }
    }

    private static List<ChatMessage> messages(JsonNode array) throws MalformedRequestException {
        // Tool results name only a call id; the assistant turn that made the call knows the tool's name.
        Map<String, String> toolNamesByCallId = new HashMap<>();
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode message : array) {
            String role = message.path("role").asText("");
            String text = text(message.path("content"));
            if (role.equals("system") || role.equals("developer")) {
                messages.add(new ChatMessage.SystemPrompt(text));
            } else if (role.equals("user")) {
                messages.add(new ChatMessage.User(text));
            } else if (role.equals("assistant")) {
                messages.add(new ChatMessage.Assistant(text, toolCalls(message.path("tool_calls"), toolNamesByCallId)));
            } else if (role.equals("tool")) {
                String callId = message.path("tool_call_id").asText("");
                if (callId.isEmpty()) {
                    throw new MalformedRequestException("a tool message needs a 'tool_call_id'");
                }
                messages.add(new ChatMessage.ToolResult(callId, toolNamesByCallId.getOrDefault(callId, ""), text));
            } else {
                throw new MalformedRequestException("unknown message role '" + role + "'");
            }
        }
        return messages;
    }

    /** Content is a string, an array of parts (only text parts carry text), or absent. */
    private static String text(JsonNode content) throws MalformedRequestException {
        if (content.isMissingNode() || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            throw new MalformedRequestException("message 'content' must be a string or an array of parts");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("type").asText("").equals("text")) {
                text.append(part.path("text").asText(""));
            }
        }
        return text.toString();
    }

    private static List<ToolCall> toolCalls(JsonNode array, Map<String, String> toolNamesByCallId)
            throws MalformedRequestException {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new MalformedRequestException("'tool_calls' must be an array");
        }
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : array) {
            JsonNode function = call.path("function");
            String name = function.path("name").asText("");
            if (name.isEmpty()) {
                throw new MalformedRequestException("a tool call needs a function name");
            }
            JsonNode arguments = function.path("arguments");
            // OpenAI sends the arguments as a JSON text; some clients send the object itself.
            calls.add(new ToolCall(name, arguments.isTextual() ? arguments.asText() : arguments.toString()));
            toolNamesByCallId.put(call.path("id").asText(""), name);
        }
        return calls;
    }

    private static List<String> toolNames(JsonNode tools) throws MalformedRequestException {
        if (tools.isMissingNode() || tools.isNull()) {
            return List.of();
        }
        if (!tools.isArray()) {
            throw new MalformedRequestException("'tools' must be an array");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode tool : tools) {
            names.add(tool.path("function").path("name").asText(""));
        }
        return names;
    }
}

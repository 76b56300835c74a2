package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A streamed answer put back together the way an OpenAI client joins the chunks' deltas. */
record StreamedAnswer(String role, String text, int contentChunks, List<ToolCall> toolCalls, List<String> toolCallIds,
        String finishReason, JsonNode usage, boolean done) {

    static StreamedAnswer of(List<String> payloads) throws IOException {
        String role = null;
        StringBuilder text = new StringBuilder();
        int contentChunks = 0;
        List<String> names = new ArrayList<>();
        List<StringBuilder> arguments = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String finishReason = null;
        JsonNode usage = null;
        boolean done = false;
        for (String payload : payloads) {
            if (payload.equals("[DONE]")) {
                done = true;
                continue;
            }
            JsonNode chunk = OpenAiTestClient.parse(payload);
            if (chunk.hasNonNull("usage")) {
                usage = chunk.get("usage");
            }
            for (JsonNode choice : chunk.path("choices")) {
                JsonNode delta = choice.path("delta");
                if (delta.hasNonNull("role")) {
                    role = delta.get("role").asText();
                }
                if (delta.hasNonNull("content")) {
                    text.append(delta.get("content").asText());
                    contentChunks++;
                }
                for (JsonNode call : delta.path("tool_calls")) {
                    int index = call.get("index").asInt();
                    if (index == names.size()) {
                        names.add(call.path("function").path("name").asText());
                        ids.add(call.path("id").asText());
                        arguments.add(new StringBuilder());
                    }
                    arguments.get(index).append(call.path("function").path("arguments").asText(""));
                }
                if (choice.hasNonNull("finish_reason")) {
                    finishReason = choice.get("finish_reason").asText();
                }
            }
        }
        List<ToolCall> toolCalls = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            toolCalls.add(new ToolCall(names.get(i), arguments.get(i).toString()));
        }
        return new StreamedAnswer(role, text.toString(), contentChunks, toolCalls, ids, finishReason, usage, done);
    }
}

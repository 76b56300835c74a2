package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.runtime.RuntimeEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one session's raw stream events into {@link RuntimeEvent}s. The user's own prompt is echoed as parts too;
 * only parts of messages known to be the assistant's are reported.
 */
final class ProgressTranslator {
    private final Path directory;
    private final Set<String> assistantMessages = ConcurrentHashMap.newKeySet();

    ProgressTranslator(Path directory) {
        this.directory = directory;
    }

    Optional<RuntimeEvent> translate(OpenCodeEvent event) {
        JsonNode properties = event.properties();
        switch (event.type()) {
            case "message.updated" -> {
                JsonNode info = properties.path("info");
                if (info.path("role").asText().equals("assistant")) {
                    assistantMessages.add(info.path("id").asText());
                }
                return Optional.empty();
            }
            case "message.part.updated" -> {
                return part(properties.path("part"));
            }
            case "session.status" -> {
                JsonNode status = properties.path("status");
                return status.path("type").asText().equals("retry")
                        ? Optional.of(new RuntimeEvent.Retrying(status.path("attempt").asInt(),
                                status.path("message").asText("")))
                        : Optional.empty();
            }
            case "question.asked" -> {
                return Optional.of(new RuntimeEvent.QuestionAsked(QuestionReader.read(properties, directory)));
            }
            case "file.edited" -> {
                return Optional.of(new RuntimeEvent.FileEdited(properties.path("file").asText()));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<RuntimeEvent> part(JsonNode part) {
        if (!assistantMessages.contains(part.path("messageID").asText())) {
            return Optional.empty();
        }
        return switch (part.path("type").asText()) {
            case "text" -> Optional.of(new RuntimeEvent.Text(part.path("id").asText(), part.path("text").asText("")));
            case "tool" -> Optional.of(new RuntimeEvent.ToolCall(part.path("callID").asText(),
                    part.path("tool").asText(), part.path("state").path("status").asText("")));
            default -> Optional.empty();
        };
    }
}

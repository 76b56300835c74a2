package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One event of OpenCode's global stream, unwrapped from its {@code {directory, payload}} envelope.
 *
 * @param directory the instance directory the event came from, empty for server-wide events
 */
record OpenCodeEvent(String type, Optional<String> sessionId, Optional<String> directory, JsonNode properties) {

    /** Empty for payloads that are not a typed event (e.g. the stream's internal sync records). */
    static Optional<OpenCodeEvent> parse(String data) {
        JsonNode root;
        try {
            root = OpenCodeHttp.JSON.readTree(data);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        JsonNode payload = root.has("payload") ? root.path("payload") : root;
        String type = payload.path("type").asText("");
        if (type.isEmpty() || type.equals("sync")) {
            return Optional.empty();
        }
        JsonNode properties = payload.path("properties");
        return Optional.of(new OpenCodeEvent(type, sessionOf(properties), text(root.path("directory")), properties));
    }

    boolean concerns(String session) {
        return sessionId.map(session::equals).orElse(false);
    }

    private static Optional<String> sessionOf(JsonNode properties) {
        for (JsonNode candidate : new JsonNode[] {properties.path("sessionID"), properties.path("info").path("sessionID"),
                properties.path("part").path("sessionID")}) {
            if (candidate.isTextual()) {
                return Optional.of(candidate.asText());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}

package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.out.event.TicketNotification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The events of the live stream, named and shaped as the reference's; {@code ticketId} is the public reference. */
final class StreamJson {
    static final String CONNECTED = "connected";
    static final String HEARTBEAT = "heartbeat";
    static final String RESYNC = "resync";
    static final String STATE_CHANGE = "state_change";
    static final String ARTIFACT_CHANGE = "artifact_change";

    private static final ObjectMapper MAPPER = JsonMapper.create();

    private StreamJson() {
    }

    /** A notification as an event without an id: the ticket's channel numbers it. */
    static StreamEvent broadcast(TicketNotification notification, String ticketRef) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketRef);
        String name;
        if (notification instanceof TicketNotification.StateChanged) {
            TicketNotification.StateChanged changed = (TicketNotification.StateChanged) notification;
            name = STATE_CHANGE;
            data.put("from", changed.from().name());
            data.put("to", changed.to().name());
            changed.previousStatus().ifPresent(previous -> data.put("previousStatus", previous.name()));
            data.put("workflowRevision", changed.workflowRevision());
        } else {
            TicketNotification.ArtifactChanged changed = (TicketNotification.ArtifactChanged) notification;
            name = ARTIFACT_CHANGE;
            data.put("phase", changed.phase().name());
            data.put("artifactType", changed.artifactType());
            data.put("invalidated", changed.invalidated());
        }
        data.put("timestamp", notification.at().toString());
        return new StreamEvent(name, write(data), Optional.empty());
    }

    static StreamEvent connected(String ticketRef, String clientId, Instant now, Optional<Long> resumeFrom) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketRef);
        data.put("clientId", clientId);
        data.put("timestamp", now.toString());
        return new StreamEvent(CONNECTED, write(data), resumeFrom);
    }

    /** Carries the newest id, so the client resumes from there once it has reloaded the ticket over REST. */
    static StreamEvent resync(String ticketRef, String reason, Instant now, long newestId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketRef);
        data.put("reason", reason);
        data.put("timestamp", now.toString());
        return new StreamEvent(RESYNC, write(data), Optional.of(newestId));
    }

    static StreamEvent heartbeat(Instant now) {
        return new StreamEvent(HEARTBEAT, write(Map.of("timestamp", now.toString())), Optional.empty());
    }

    private static String write(Map<String, Object> data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps of strings and numbers always serialize", e);
        }
    }
}

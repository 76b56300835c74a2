package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.out.event.TicketNotification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The events of the live stream, named and shaped as the reference's; {@code ticketId} is the public reference. */
final class StreamJson {
    static final String CONNECTED = "connected";
    static final String HEARTBEAT = "heartbeat";
    static final String RESYNC = "resync";
    static final String STATE_CHANGE = "state_change";
    static final String ARTIFACT_CHANGE = "artifact_change";
    static final String NEEDS_INPUT = "needs_input";
    static final String ERROR = "error";
    static final String LOG = "log";
    static final String PROGRESS = "progress";
    static final String BEAD_COMPLETE = "bead_complete";

    private static final ObjectMapper MAPPER = JsonMapper.create();

    private StreamJson() {
    }

    /** A notification as an event without an id: the ticket's channel numbers it. */
    static StreamEvent broadcast(TicketNotification notification, String ticketRef) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketRef);
        String name = describe(notification, data);
        data.put("timestamp", notification.at().toString());
        return new StreamEvent(name, write(data), Optional.empty());
    }

    /** Puts the notification's own fields into {@code data} and names its event. */
    private static String describe(TicketNotification notification, Map<String, Object> data) {
        if (notification instanceof TicketNotification.StateChanged) {
            TicketNotification.StateChanged changed = (TicketNotification.StateChanged) notification;
            data.put("from", changed.from().name());
            data.put("to", changed.to().name());
            changed.previousStatus().ifPresent(previous -> data.put("previousStatus", previous.name()));
            data.put("workflowRevision", changed.workflowRevision());
            return STATE_CHANGE;
        }
        if (notification instanceof TicketNotification.ArtifactChanged) {
            TicketNotification.ArtifactChanged changed = (TicketNotification.ArtifactChanged) notification;
            data.put("phase", changed.phase().name());
            data.put("artifactType", changed.artifactType());
            data.put("invalidated", changed.invalidated());
            return ARTIFACT_CHANGE;
        }
        if (notification instanceof TicketNotification.NeedsInput) {
            TicketNotification.NeedsInput needs = (TicketNotification.NeedsInput) notification;
            data.put("status", needs.status().name());
            data.put("type", needs.reason());
            return NEEDS_INPUT;
        }
        if (notification instanceof TicketNotification.ErrorRaised) {
            TicketNotification.ErrorRaised error = (TicketNotification.ErrorRaised) notification;
            data.put("phase", error.phase().name());
            data.put("message", error.message());
            data.put("codes", error.codes());
            return ERROR;
        }
        if (notification instanceof TicketNotification.LogLine) {
            TicketNotification.LogLine line = (TicketNotification.LogLine) notification;
            data.put("phase", line.phase().name());
            data.put("level", line.level().name().toLowerCase(Locale.ROOT));
            data.put("message", line.message());
            return LOG;
        }
        if (notification instanceof TicketNotification.Progress) {
            TicketNotification.Progress progress = (TicketNotification.Progress) notification;
            data.put("phase", progress.phase().name());
            data.put("done", progress.done());
            data.put("total", progress.total());
            data.put("label", progress.label());
            return PROGRESS;
        }
        TicketNotification.BeadCompleted bead = (TicketNotification.BeadCompleted) notification;
        data.put("beadId", bead.beadId());
        data.put("completed", bead.completed());
        data.put("total", bead.total());
        return BEAD_COMPLETE;
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

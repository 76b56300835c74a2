package dev.loopwright.application.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Delivery's reports, each a JSON object in the active attempt of the status that writes it, and its log lines.
 * The attempt is created when missing, so a status entered without bookkeeping (an older database) still records.
 */
final class DeliveryStore {
    static final ObjectMapper JSON = new ObjectMapper();

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final EventPublisher events;
    private final Clock clock;

    DeliveryStore(PhaseAttemptRepository attempts, ArtifactRepository artifacts, EventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.artifacts = artifacts;
        this.events = events;
        this.clock = clock;
    }

    /** The newest report of that type in the phase's active attempt. */
    Optional<JsonNode> latest(TicketId ticket, TicketStatus phase, String type) {
        return attempts.findActive(ticket, phase)
                .flatMap(attempt -> artifacts.findLatest(ticket, phase, attempt.attemptNumber(), type))
                .map(artifact -> read(artifact.content()));
    }

    /**
     * The newest report of that type the phase wrote in any attempt, archived ones included: a later phase reads
     * the integration it builds on even after that phase's attempt was retried and set aside.
     */
    Optional<JsonNode> newest(TicketId ticket, TicketStatus phase, String type) {
        return artifacts.findAll(ticket).stream()
                .filter(artifact -> artifact.phase() == phase && artifact.type().equals(type))
                .reduce((first, second) -> second)
                .map(artifact -> read(artifact.content()));
    }

    void append(TicketId ticket, TicketStatus phase, String type, ObjectNode report) {
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, phase, attempt(ticket, phase), type,
                write(report), clock.instant()));
    }

    void log(TicketId ticket, TicketStatus phase, TicketNotification.LogLine.Level level, String message) {
        events.publish(new TicketNotification.LogLine(ticket, phase, level, message, clock.instant()));
    }

    void info(TicketId ticket, TicketStatus phase, String message) {
        log(ticket, phase, TicketNotification.LogLine.Level.INFO, message);
    }

    ObjectNode object() {
        return JSON.createObjectNode().put("completedAt", clock.instant().toString());
    }

    static void putAll(ObjectNode node, String field, List<String> values) {
        values.forEach(node.putArray(field)::add);
    }

    private int attempt(TicketId ticket, TicketStatus phase) {
        return attempts.findActive(ticket, phase).orElseGet(() -> {
            PhaseAttempt first = PhaseAttempt.first(ticket, phase, clock.instant());
            attempts.save(first);
            return first;
        }).attemptNumber();
    }

    static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored delivery report is not JSON", e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }
}

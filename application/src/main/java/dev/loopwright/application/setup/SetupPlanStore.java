package dev.loopwright.application.setup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the plan's artifacts (see {@link SetupPlanArtifacts}) and announces each write on the stream. */
final class SetupPlanStore {
    static final ObjectMapper JSON = new ObjectMapper();

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final EventPublisher events;
    private final Clock clock;

    SetupPlanStore(PhaseAttemptRepository attempts, ArtifactRepository artifacts, EventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.artifacts = artifacts;
        this.events = events;
        this.clock = clock;
    }

    Optional<PhaseAttempt> activeAttempt(TicketId ticket) {
        return attempts.findActive(ticket, SetupPlanArtifacts.HOME);
    }

    Optional<PhaseArtifact> plan(TicketId ticket) {
        return find(ticket, SetupPlanArtifacts.PLAN);
    }

    void savePlan(TicketId ticket, int attempt, String canonical) {
        artifacts.upsertLatest(artifact(ticket, attempt, SetupPlanArtifacts.PLAN, canonical));
        announce(ticket, SetupPlanArtifacts.PLAN);
    }

    void appendReport(TicketId ticket, int attempt, JsonNode report) {
        artifacts.append(artifact(ticket, attempt, SetupPlanArtifacts.REPORT, write(report)));
        announce(ticket, SetupPlanArtifacts.REPORT);
    }

    List<String> notes(TicketId ticket) {
        List<String> notes = new ArrayList<>();
        find(ticket, SetupPlanArtifacts.NOTES).map(PhaseArtifact::content).map(SetupPlanStore::read)
                .ifPresent(node -> node.path("notes").forEach(note -> notes.add(note.asText())));
        return notes;
    }

    void saveNotes(TicketId ticket, int attempt, List<String> notes) {
        ObjectNode node = JSON.createObjectNode();
        notes.forEach(node.putArray("notes")::add);
        artifacts.upsertLatest(artifact(ticket, attempt, SetupPlanArtifacts.NOTES, write(node)));
        announce(ticket, SetupPlanArtifacts.NOTES);
    }

    Optional<String> previousPlan(TicketId ticket) {
        return find(ticket, SetupPlanArtifacts.PREVIOUS).map(PhaseArtifact::content);
    }

    void savePreviousPlan(TicketId ticket, int attempt, String plan) {
        artifacts.upsertLatest(artifact(ticket, attempt, SetupPlanArtifacts.PREVIOUS, plan));
    }

    void appendReceipt(TicketId ticket, int attempt, String type, JsonNode receipt) {
        artifacts.append(artifact(ticket, attempt, type, write(receipt)));
        announce(ticket, type);
    }

    /** The newest approval receipt of the active attempt. */
    Optional<JsonNode> latestApproval(TicketId ticket) {
        return find(ticket, SetupPlanArtifacts.APPROVAL_RECEIPT).map(PhaseArtifact::content).map(SetupPlanStore::read);
    }

    private Optional<PhaseArtifact> find(TicketId ticket, String type) {
        return activeAttempt(ticket)
                .flatMap(attempt -> artifacts.findLatest(ticket, SetupPlanArtifacts.HOME, attempt.attemptNumber(), type));
    }

    private ArtifactRepository.NewArtifact artifact(TicketId ticket, int attempt, String type, String content) {
        return new ArtifactRepository.NewArtifact(ticket, SetupPlanArtifacts.HOME, attempt, type, content,
                clock.instant());
    }

    private void announce(TicketId ticket, String type) {
        events.publish(new TicketNotification.ArtifactChanged(ticket, SetupPlanArtifacts.HOME, type, false,
                clock.instant()));
    }

    static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored setup-plan record is not JSON", e);
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

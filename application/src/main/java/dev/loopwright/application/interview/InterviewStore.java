package dev.loopwright.application.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.approval.ApprovalReceipt;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the interview's artifacts (see {@link InterviewArtifacts}) and tells live listeners about each
 * write. What we stored but can no longer read is reported as lost interview data.
 */
final class InterviewStore {
    static final String DATA_LOST = "INTERVIEW_DATA_LOST";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONE = "null";

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final EventPublisher events;
    private final Clock clock;

    InterviewStore(PhaseAttemptRepository attempts, ArtifactRepository artifacts, EventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.artifacts = artifacts;
        this.events = events;
        this.clock = clock;
    }

    Optional<InterviewSession> session(TicketId ticket) {
        return find(ticket, InterviewArtifacts.HOME, InterviewArtifacts.SESSION).map(this::readSession);
    }

    void saveSession(TicketId ticket, InterviewSession session) {
        put(ticket, InterviewArtifacts.HOME, InterviewArtifacts.SESSION, SessionJson.write(session));
    }

    Optional<InterviewSession> revertPoint(TicketId ticket) {
        return find(ticket, InterviewArtifacts.HOME, InterviewArtifacts.REVERT_POINT)
                .filter(content -> !NONE.equals(content)).map(this::readSession);
    }

    void saveRevertPoint(TicketId ticket, Optional<InterviewSession> session) {
        put(ticket, InterviewArtifacts.HOME, InterviewArtifacts.REVERT_POINT,
                session.map(SessionJson::write).orElse(NONE));
    }

    /** The canonical document's text, once the interview is complete. */
    Optional<String> document(TicketId ticket) {
        return find(ticket, InterviewArtifacts.HOME, InterviewArtifacts.DOCUMENT);
    }

    void saveDocument(TicketId ticket, String canonical) {
        put(ticket, InterviewArtifacts.HOME, InterviewArtifacts.DOCUMENT, canonical);
    }

    Optional<String> error(TicketId ticket) {
        return find(ticket, InterviewArtifacts.HOME, InterviewArtifacts.ERROR).filter(content -> !NONE.equals(content))
                .map(content -> read(content).path("message").asText(""));
    }

    void saveError(TicketId ticket, Optional<String> message) {
        String content = message.map(text -> write(JSON.createObjectNode().put("message", text)
                .put("at", clock.instant().toString()))).orElse(NONE);
        put(ticket, InterviewArtifacts.HOME, InterviewArtifacts.ERROR, content);
    }

    /** Receipts accumulate: each approval of the gate's attempt is kept. */
    void appendReceipt(TicketId ticket, TicketStatus gate, ApprovalReceipt receipt) {
        ObjectNode node = JSON.createObjectNode().put("approved_by", receipt.approvedBy())
                .put("approved_at", receipt.approvedAt().toString()).put("artifact_type", receipt.artifactType())
                .put("phase", receipt.phase()).put("content_sha256", receipt.reviewed().hex())
                .put("stored_content_sha256", receipt.stored().hex());
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, gate, activeAttempt(ticket, gate),
                InterviewArtifacts.APPROVAL_RECEIPT, write(node), clock.instant()));
        announce(ticket, gate, InterviewArtifacts.APPROVAL_RECEIPT);
    }

    void appendCoverage(TicketId ticket, JsonNode record) {
        TicketStatus phase = TicketStatus.VERIFYING_INTERVIEW_COVERAGE;
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, phase, activeAttempt(ticket, phase),
                InterviewArtifacts.COVERAGE, write(record), clock.instant()));
        announce(ticket, phase, InterviewArtifacts.COVERAGE);
    }

    /** The newest coverage record of the active coverage attempt. */
    Optional<String> latestCoverage(TicketId ticket) {
        return find(ticket, TicketStatus.VERIFYING_INTERVIEW_COVERAGE, InterviewArtifacts.COVERAGE);
    }

    /** How many coverage passes the active coverage attempt has recorded. */
    int coverageCount(TicketId ticket) {
        TicketStatus phase = TicketStatus.VERIFYING_INTERVIEW_COVERAGE;
        return artifacts.count(ticket, phase, activeAttempt(ticket, phase), InterviewArtifacts.COVERAGE);
    }

    /** Tells listeners to look again, e.g. when a restart finds a batch already waiting. */
    void announce(TicketId ticket, TicketStatus phase, String type) {
        events.publish(new TicketNotification.ArtifactChanged(ticket, phase, type, false, clock.instant()));
    }

    /** A stored artifact of another phase that the interview reads, e.g. the compiled questions. */
    Optional<String> find(TicketId ticket, TicketStatus phase, String type) {
        return attempts.findActive(ticket, phase)
                .flatMap(attempt -> artifacts.findLatest(ticket, phase, attempt.attemptNumber(), type))
                .map(artifact -> artifact.content());
    }

    private void put(TicketId ticket, TicketStatus phase, String type, String content) {
        artifacts.upsertLatest(new ArtifactRepository.NewArtifact(ticket, phase, activeAttempt(ticket, phase), type,
                content, clock.instant()));
        announce(ticket, phase, type);
    }

    private int activeAttempt(TicketId ticket, TicketStatus phase) {
        return attempts.findActive(ticket, phase).map(PhaseAttempt::attemptNumber)
                .orElseThrow(() -> lost("there is no active attempt of " + phase));
    }

    private InterviewSession readSession(String content) {
        try {
            return SessionJson.read(content);
        } catch (RuntimeException unreadable) {
            throw lost("the stored interview session cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    static PhaseFailure lost(String what) {
        return new PhaseFailure("Interview data lost: " + what, List.of(DATA_LOST), Optional.empty());
    }

    private static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw lost("a stored interview record is not JSON");
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }
}

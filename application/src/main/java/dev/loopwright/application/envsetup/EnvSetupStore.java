package dev.loopwright.application.envsetup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * The durable state of workspace preparation, as artifacts of the PREPARING_EXECUTION_ENV attempts: the commit the
 * phase started from, a person's pending retry note, a report per setup attempt and, on success, the profile later
 * phases run their checks from. A restart reads everything it needs from here.
 */
final class EnvSetupStore {
    static final ObjectMapper JSON = new ObjectMapper();
    static final TicketStatus PHASE = TicketStatus.PREPARING_EXECUTION_ENV;
    /** {@code {"commit": sha}}: where every run of the phase starts from, the first attempt's HEAD. */
    static final String START = "execution_setup_start";
    /** {@code {"note", "session_id", "consumed"}}: a retry note waiting to be sent into the preserved session. */
    static final String RETRY_NOTE = "execution_setup_retry_note";
    /** One per setup attempt: verdict, the agent's summary, every check run, what went wrong. */
    static final String REPORT = "execution_setup_report";
    /** The verified setup, written once it is ready: project commands, probes and their receipts, hooks. */
    static final String PROFILE = "execution_setup_profile";

    /** A note a person left on retry, and the session it continues. */
    record RetryNote(String note, String sessionId) {
    }

    private final ArtifactRepository artifacts;
    private final EventPublisher events;
    private final Clock clock;

    EnvSetupStore(ArtifactRepository artifacts, EventPublisher events, Clock clock) {
        this.artifacts = artifacts;
        this.events = events;
        this.clock = clock;
    }

    /** The phase's start commit as first recorded, whichever attempt recorded it (a plain retry opens a new one). */
    Optional<CommitId> startCommit(TicketId ticket) {
        return artifacts.findAll(ticket).stream()
                .filter(artifact -> artifact.phase() == PHASE && artifact.type().equals(START)).findFirst()
                .map(artifact -> new CommitId(read(artifact.content()).path("commit").asText()));
    }

    void saveStartCommit(TicketId ticket, int attempt, CommitId commit) {
        artifacts.upsertLatest(artifact(ticket, attempt, START,
                write(JSON.createObjectNode().put("commit", commit.value()))));
    }

    Optional<RetryNote> pendingNote(TicketId ticket, int attempt) {
        return artifacts.findLatest(ticket, PHASE, attempt, RETRY_NOTE).map(PhaseArtifact::content)
                .map(EnvSetupStore::read).filter(node -> !node.path("consumed").asBoolean(true))
                .map(node -> new RetryNote(node.path("note").asText(), node.path("session_id").asText()));
    }

    void saveNote(TicketId ticket, int attempt, RetryNote note, boolean consumed) {
        artifacts.upsertLatest(artifact(ticket, attempt, RETRY_NOTE, write(JSON.createObjectNode()
                .put("note", note.note()).put("session_id", note.sessionId()).put("consumed", consumed))));
        announce(ticket, RETRY_NOTE);
    }

    void appendReport(TicketId ticket, int attempt, JsonNode report) {
        artifacts.append(artifact(ticket, attempt, REPORT, write(report)));
        announce(ticket, REPORT);
    }

    void saveProfile(TicketId ticket, int attempt, JsonNode profile) {
        artifacts.upsertLatest(artifact(ticket, attempt, PROFILE, write(profile)));
        announce(ticket, PROFILE);
    }

    private ArtifactRepository.NewArtifact artifact(TicketId ticket, int attempt, String type, String content) {
        return new ArtifactRepository.NewArtifact(ticket, PHASE, attempt, type, content, clock.instant());
    }

    private void announce(TicketId ticket, String type) {
        events.publish(new TicketNotification.ArtifactChanged(ticket, PHASE, type, false, clock.instant()));
    }

    static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored execution setup record is not JSON", e);
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

package dev.loopwright.application.prd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.council.CouncilException;
import dev.loopwright.application.interview.InterviewArtifacts;
import dev.loopwright.application.interview.InterviewYaml;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the PRD phase reads and writes in the attempts of its statuses: the approved interview it starts from, each
 * member's full answers, the candidate versions and the document under review. A required input that is missing or
 * unreadable is lost council data (COUNCIL_DATA_LOST).
 */
public final class PrdSources {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final Clock clock;

    public PrdSources(PhaseAttemptRepository attempts, ArtifactRepository artifacts, Clock clock) {
        this.attempts = attempts;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    /** The approved interview's canonical text; the PRD is written from exactly this. */
    public String approvedInterviewText(Ticket ticket) {
        String raw = find(ticket.id(), InterviewArtifacts.HOME, InterviewArtifacts.DOCUMENT)
                .orElseThrow(() -> CouncilException.dataLost("the approved interview is missing"));
        if (!approvedInterview(raw, ticket).isApproved()) {
            throw CouncilException.dataLost("the interview the PRD is written from is not approved");
        }
        return raw;
    }

    public InterviewDocument approvedInterview(Ticket ticket) {
        return approvedInterview(approvedInterviewText(ticket), ticket);
    }

    /** The SHA-256 a PRD names as its source: that of the approved interview's text. */
    public String sourceHash(Ticket ticket) {
        return ContentHash.of(approvedInterviewText(ticket)).hex();
    }

    private static InterviewDocument approvedInterview(String raw, Ticket ticket) {
        try {
            return InterviewYaml.read(raw, ticket.externalId());
        } catch (RuntimeException unreadable) {
            throw CouncilException.dataLost("the approved interview cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    /** Every member's stored full answers, in the order they were stored. */
    public Map<String, String> fullAnswers(TicketId ticket) {
        Map<String, String> all = new LinkedHashMap<>();
        find(ticket, TicketStatus.DRAFTING_PRD, PrdArtifacts.FULL_ANSWERS).ifPresent(content -> {
            try {
                JSON.readTree(content).fields().forEachRemaining(entry -> all.put(entry.getKey(),
                        entry.getValue().asText()));
            } catch (JsonProcessingException unreadable) {
                throw CouncilException.dataLost("the stored full answers are not JSON");
            }
        });
        return all;
    }

    /** Adds or replaces one member's full answers; members finish in parallel, so one at a time. */
    synchronized void storeFullAnswers(TicketId ticket, String member, String canonical) {
        Map<String, String> all = fullAnswers(ticket);
        all.put(member, canonical);
        ObjectNode node = JSON.createObjectNode();
        all.forEach(node::put);
        put(ticket, TicketStatus.DRAFTING_PRD, PrdArtifacts.FULL_ANSWERS, node.toString());
    }

    Optional<String> find(TicketId ticket, TicketStatus phase, String type) {
        return attempts.findActive(ticket, phase)
                .flatMap(attempt -> artifacts.findLatest(ticket, phase, attempt.attemptNumber(), type))
                .map(artifact -> artifact.content());
    }

    /** Every artifact of a type in an attempt, oldest first. */
    List<String> all(TicketId ticket, TicketStatus phase, int attempt, String type) {
        return artifacts.findAll(ticket).stream().filter(artifact -> artifact.phase() == phase
                && artifact.attemptNumber() == attempt && artifact.type().equals(type))
                .map(artifact -> artifact.content()).toList();
    }

    int count(TicketId ticket, TicketStatus phase, String type) {
        return artifacts.count(ticket, phase, activeAttempt(ticket, phase), type);
    }

    void put(TicketId ticket, TicketStatus phase, String type, String content) {
        artifacts.upsertLatest(new ArtifactRepository.NewArtifact(ticket, phase, activeAttempt(ticket, phase), type,
                content, clock.instant()));
    }

    void append(TicketId ticket, TicketStatus phase, String type, String content) {
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, phase, activeAttempt(ticket, phase), type,
                content, clock.instant()));
    }

    int activeAttempt(TicketId ticket, TicketStatus phase) {
        return attempts.findActive(ticket, phase).map(PhaseAttempt::attemptNumber)
                .orElseThrow(() -> CouncilException.dataLost("there is no active attempt of " + phase));
    }

    Clock clock() {
        return clock;
    }

    static JsonNode json(String content, String what) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw CouncilException.dataLost(what + " is not JSON");
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}

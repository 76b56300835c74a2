package dev.loopwright.application.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The document a gate approved, found by the hash its approval receipt names rather than by an artifact type:
 * whichever phase stored the document, the text whose SHA-256 the person approved is the approved one. Receipts
 * are the {@code approval_receipt} artifacts of the gate's active attempt, as the interview gate writes them
 * ({@code content_sha256} reviewed, {@code stored_content_sha256} after the approval was stamped in).
 */
public final class ApprovedArtifacts {
    public static final String APPROVAL_RECEIPT = "approval_receipt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;

    public ApprovedArtifacts(PhaseAttemptRepository attempts, ArtifactRepository artifacts) {
        this.attempts = attempts;
        this.artifacts = artifacts;
    }

    /** The gate's newest receipt, if the gate was approved in its active attempt. */
    public Optional<JsonNode> receipt(TicketId ticket, TicketStatus gate) {
        return attempts.findActive(ticket, gate)
                .flatMap(attempt -> artifacts.findLatest(ticket, gate, attempt.attemptNumber(), APPROVAL_RECEIPT))
                .flatMap(artifact -> parse(artifact.content()));
    }

    /** The newest stored text whose hash the gate's newest receipt names. */
    public Optional<PhaseArtifact> approved(TicketId ticket, TicketStatus gate) {
        Optional<JsonNode> receipt = receipt(ticket, gate);
        if (receipt.isEmpty()) {
            return Optional.empty();
        }
        Set<String> hashes = new HashSet<>();
        for (String key : List.of("content_sha256", "stored_content_sha256")) {
            String hash = receipt.get().path(key).asText("");
            if (!hash.isEmpty()) {
                hashes.add(hash);
            }
        }
        List<PhaseArtifact> all = artifacts.findAll(ticket);
        for (int i = all.size() - 1; i >= 0; i--) {
            PhaseArtifact artifact = all.get(i);
            if (!artifact.type().equals(APPROVAL_RECEIPT) && hashes.contains(ContentHash.of(artifact.content()).hex())) {
                return Optional.of(artifact);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String content) {
        try {
            return Optional.of(JSON.readTree(content)).filter(JsonNode::isObject);
        } catch (java.io.IOException unreadable) {
            return Optional.empty();
        }
    }
}

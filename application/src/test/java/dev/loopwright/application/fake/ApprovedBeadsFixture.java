package dev.loopwright.application.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * An approved bead plan as the beads phase leaves it: the JSONL (the reference's {@code issues.jsonl} format)
 * stored as artifact {@value #TYPE} in EXPANDING_BEADS, and an approval receipt naming its hash in
 * WAITING_BEADS_APPROVAL. Pre-flight finds the plan by that hash, whatever type the beads phase stores it under.
 */
public final class ApprovedBeadsFixture {
    public static final String TYPE = "beads";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApprovedBeadsFixture() {
    }

    /** One bead line, pending, with everything the domain requires. */
    public static String bead(String ticket, String id, int priority, String... blockedBy) {
        ObjectNode bead = JSON.createObjectNode().put("id", id).put("title", "Bead " + id);
        bead.putArray("prdRefs").add("US-1");
        bead.put("description", "Implements part " + id);
        ObjectNode guidance = bead.putObject("contextGuidance");
        guidance.putArray("patterns").add("follow the existing service");
        guidance.putArray("anti_patterns").add("no new frameworks");
        bead.putArray("acceptanceCriteria").add("it works");
        bead.putArray("tests").add("a unit test");
        bead.putArray("testCommands").add("npm test");
        bead.put("priority", priority).put("status", "pending").put("issueType", "task").put("externalRef", ticket);
        bead.putArray("labels").add("ticket:" + ticket);
        ObjectNode dependencies = bead.putObject("dependencies");
        List.of(blockedBy).forEach(dependencies.putArray("blocked_by")::add);
        dependencies.putArray("blocks");
        bead.putArray("targetFiles").add("src/app.js");
        bead.putArray("failedIterationNotes");
        bead.putArray("userRetryNotes");
        bead.putArray("finalizationFailureNotes");
        bead.put("iteration", 1).put("createdAt", "2026-01-01T00:00:00Z").put("updatedAt", "2026-01-01T00:00:00Z")
                .put("startedAt", "").put("completedAt", "").putNull("beadStartCommit");
        return bead.toString();
    }

    public static String jsonl(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Stores the plan and its approval receipt. */
    public static void seed(PhaseAttemptRepository attempts, ArtifactRepository artifacts, TicketId ticket,
            String jsonl, Instant at) {
        store(attempts, artifacts, ticket, jsonl, at);
        approve(attempts, artifacts, ticket, jsonl, at);
    }

    public static void store(PhaseAttemptRepository attempts, ArtifactRepository artifacts, TicketId ticket,
            String jsonl, Instant at) {
        int attempt = active(attempts, ticket, TicketStatus.EXPANDING_BEADS, at);
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, TicketStatus.EXPANDING_BEADS, attempt, TYPE, jsonl,
                at));
    }

    public static void approve(PhaseAttemptRepository attempts, ArtifactRepository artifacts, TicketId ticket,
            String jsonl, Instant at) {
        int attempt = active(attempts, ticket, TicketStatus.WAITING_BEADS_APPROVAL, at);
        ObjectNode receipt = JSON.createObjectNode().put("approved_by", "user").put("approved_at", at.toString())
                .put("artifact_type", "beads").put("phase", TicketStatus.WAITING_BEADS_APPROVAL.name())
                .put("content_sha256", ContentHash.of(jsonl).hex());
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, TicketStatus.WAITING_BEADS_APPROVAL, attempt,
                "approval_receipt", receipt.toString(), at));
    }

    private static int active(PhaseAttemptRepository attempts, TicketId ticket, TicketStatus phase, Instant at) {
        return attempts.findActive(ticket, phase).orElseGet(() -> {
            PhaseAttempt first = PhaseAttempt.active(ticket, phase, 1, at);
            attempts.save(first);
            return first;
        }).attemptNumber();
    }
}

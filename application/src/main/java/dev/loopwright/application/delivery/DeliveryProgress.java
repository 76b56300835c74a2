package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.in.DeliveryProgressView;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads delivery's reports back for the ticket's runtime view: each step's newest report, archived attempts
 * included (a retried step's last word still says where delivery stands until the retry writes its own).
 */
public final class DeliveryProgress {
    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;

    public DeliveryProgress(PhaseAttemptRepository attempts, ArtifactRepository artifacts) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    }

    public DeliveryProgressView of(TicketId ticket) {
        Optional<JsonNode> finalTest = newest(ticket, FinalTestPhase.PHASE, DeliveryArtifacts.FINAL_TEST_REPORT);
        Optional<JsonNode> integration = newest(ticket, IntegrationPhase.PHASE, DeliveryArtifacts.INTEGRATION_REPORT);
        Optional<JsonNode> pullRequest = newest(ticket, PullRequestPhase.PHASE, DeliveryArtifacts.PULL_REQUEST_REPORT);
        Optional<JsonNode> finish = newest(ticket, ReviewActions.PHASE, DeliveryArtifacts.MERGE_REPORT);
        Optional<JsonNode> cleanup = newest(ticket, CleanupPhase.PHASE, DeliveryArtifacts.CLEANUP_REPORT);
        // A merge through GitHub reports the pull request as it then was; before that the pull request step's word.
        Optional<JsonNode> pr = finish.filter(report -> report.hasNonNull("prNumber")).or(() -> pullRequest);
        return new DeliveryProgressView(
                text(integration, "baseBranch").or(() -> text(pullRequest, "baseBranch")),
                text(finalTest, "status").orElse("pending"),
                text(integration, "candidateCommit"), text(integration, "preSquashHead"),
                text(pullRequest, "mode"),
                pr.map(report -> report.path("prNumber")).filter(JsonNode::canConvertToInt).map(JsonNode::asInt),
                text(pr, "prUrl"), text(pr, "prState"), text(pullRequest, "prHeadSha"),
                text(finish, "disposition"), text(cleanup, "status"));
    }

    private Optional<JsonNode> newest(TicketId ticket, TicketStatus phase, String type) {
        return attempts.findAll(ticket, phase).stream()
                .sorted(Comparator.comparingInt(PhaseAttempt::attemptNumber).reversed())
                .map(attempt -> artifacts.findLatest(ticket, phase, attempt.attemptNumber(), type))
                .flatMap(Optional::stream).findFirst()
                .map(artifact -> DeliveryStore.read(artifact.content()));
    }

    private static Optional<String> text(Optional<JsonNode> report, String field) {
        return report.map(node -> node.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(value -> !value.isEmpty());
    }
}

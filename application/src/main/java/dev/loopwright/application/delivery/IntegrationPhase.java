package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Optional;

/**
 * INTEGRATING_CHANGES: squashes the ticket branch's commits since its base into one candidate commit,
 * {@code <EXTERNAL-ID>: <title>}, and records it. Nothing is pushed or merged here.
 * <p>
 * Crash safety comes from two durable records: an intent with the head before the squash, written first, and the
 * report after. A re-run whose report already names the branch's head does nothing. A re-run that finds the intent
 * but a moved head knows the squash happened and only the report is missing: squashing the single squashed commit
 * again changes neither its files, its parent nor its message, and the report keeps the original pre-squash head.
 * Only committed work is delivered; uncommitted files are listed in the report and left alone.
 */
final class IntegrationPhase implements PhaseHandler {
    static final TicketStatus PHASE = TicketStatus.INTEGRATING_CHANGES;

    private final DeliveryPorts ports;
    private final DeliveryStore store;

    IntegrationPhase(DeliveryPorts ports, DeliveryStore store) {
        this.ports = ports;
        this.store = store;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        TicketSite site = TicketSite.of(ports, context.ticketId(), DeliveryArtifacts.INTEGRATION_FAILED);
        TicketId id = site.ticket().id();
        CommitId head = ports.git().headCommit(site.workspace());
        Optional<JsonNode> done = store.latest(id, PHASE, DeliveryArtifacts.INTEGRATION_REPORT)
                .filter(report -> head.value().equals(report.path("candidateCommit").asText()));
        if (done.isPresent()) {
            store.info(id, PHASE, "Already integrated as " + head.value());
            return Optional.of(TicketEvent.of(TicketEventType.INTEGRATION_DONE));
        }
        Optional<String> squashedBefore = store.latest(id, PHASE, DeliveryArtifacts.INTEGRATION_INTENT)
                .map(intent -> intent.path("preSquashHead").asText())
                .filter(preSquashHead -> !preSquashHead.equals(head.value()));
        if (squashedBefore.isEmpty()) {
            store.append(id, PHASE, DeliveryArtifacts.INTEGRATION_INTENT, store.object()
                    .put("preSquashHead", head.value()).put("message", site.deliveryTitle()));
        }
        context.cancellation().throwIfCancelled();
        SquashResult result = ports.git().squashSinceBase(site.workspace(), site.deliveryTitle());
        if (result instanceof SquashResult.NothingToSquash) {
            throw new PhaseFailure("Nothing to integrate: branch " + site.externalId() + " has no changes of its own"
                    + " since " + site.workspace().baseBranch(), List.of(DeliveryArtifacts.INTEGRATION_FAILED),
                    Optional.empty());
        }
        SquashResult.Squashed squashed = (SquashResult.Squashed) result;
        ObjectNode report = store.object().put("status", "passed")
                .put("baseBranch", site.workspace().baseBranch()).put("branch", site.externalId())
                .put("preSquashHead", squashedBefore.orElse(squashed.previousHead().value()))
                .put("candidateCommit", squashed.commit().value()).put("mergeBase", squashed.base().value())
                .put("message", site.deliveryTitle()).put("recoveredAfterInterruption", squashedBefore.isPresent());
        if (squashedBefore.isPresent()) {
            // The original commits were replaced before the interruption; how many there were was not recorded.
            report.putNull("commitCount");
        } else {
            report.put("commitCount", squashed.squashedCommits());
        }
        // Capped: a build folder nobody ignored can hold thousands of files.
        DeliveryStore.putAll(report, "uncommittedLeftOut", ports.git().status(site.workspace()).paths().stream()
                .limit(200).toList());
        store.append(id, PHASE, DeliveryArtifacts.INTEGRATION_REPORT, report);
        store.info(id, PHASE, "Squashed " + (squashedBefore.isPresent() ? "again after an interruption"
                : squashed.squashedCommits() + " commit(s)") + " into " + squashed.commit().value());
        return Optional.of(TicketEvent.of(TicketEventType.INTEGRATION_DONE));
    }
}

package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.in.BeadsView;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.ReviewArtifactType;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TransitionResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bead plan's approval gate: the plan shown with its hash, a replacement that is validated strictly (each bead
 * and the graph) and stored canonically, and the approval that must name the hash of what was reviewed. Approving
 * stamps every bead's {@code createdAt}, keeps a receipt and moves the ticket to PRE_FLIGHT_CHECK. Approving the
 * same reviewed plan again, after it went through, changes nothing.
 */
public final class BeadsGate {
    static final String APPROVED_BY = "user";

    private final BeadsPorts ports;
    private final BeadsStore store;
    private final Clock clock;
    private final ConcurrentHashMap<TicketId, Object> locks = new ConcurrentHashMap<>();

    BeadsGate(BeadsPorts ports, BeadsStore store, Clock clock) {
        this.ports = ports;
        this.store = store;
        this.clock = clock;
    }

    public BeadsView view(TicketId ticketId, Optional<String> flow) {
        Ticket ticket = ticket(ticketId);
        Optional<String> raw = raw(ticketId, BeadFlow.check(flow));
        Optional<BeadPlan> plan;
        try {
            plan = raw.map(text -> BeadsJsonl.read(text, ticket.externalId()));
        } catch (ValidationException corrupt) {
            throw new IllegalStateException("Corrupted JSONL data: " + corrupt.getMessage(), corrupt);
        }
        return new BeadsView(raw, ContentHash.of(raw.orElse("")), plan);
    }

    public BeadsView save(TicketId ticketId, Optional<String> flow, String beadsJson) {
        Optional<String> checked = BeadFlow.check(flow);
        return locked(ticketId, () -> {
            Ticket ticket = ticket(ticketId);
            if (ticket.status() != BeadsArtifacts.GATE) {
                throw new ConflictException("Beads can only be edited while the ticket waits for beads approval");
            }
            JsonNode array;
            try {
                array = BeadsStore.mapper().readTree(beadsJson);
            } catch (Exception notJson) {
                throw ValidationException.of("body", "Request body must be a JSON array");
            }
            if (array == null || !array.isArray()) {
                throw ValidationException.of("body", "Request body must be a JSON array");
            }
            String text = BeadsJsonl.write(BeadsJsonl.fromArray(array, ticket.externalId()));
            if (checked.isEmpty()) {
                store.put(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.PLAN, text);
            } else {
                ObjectNode flows = flows(ticketId);
                flows.put(checked.get(), text);
                store.put(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.FLOWS, flows.toString());
            }
            ObjectNode receipt = BeadsStore.mapper().createObjectNode().put("edited_by", APPROVED_BY)
                    .put("edited_at", clock.instant().toString()).put("artifact_type", "beads")
                    .put("flow", checked.orElse("")).put("content_sha256", ContentHash.of(text).hex());
            store.append(ticketId, BeadsArtifacts.GATE, BeadsArtifacts.EDIT_RECEIPT, receipt.toString());
            return view(ticketId, checked);
        });
    }

    public void approve(TicketId ticketId, ContentHash reviewed) {
        locked(ticketId, () -> {
            Ticket ticket = ticket(ticketId);
            Optional<JsonNode> receipt = store.latest(ticketId, BeadsArtifacts.GATE, BeadsArtifacts.APPROVAL_RECEIPT)
                    .map(PhaseArtifact::content).map(content -> BeadsStore.json(content, "the approval receipt"));
            boolean sameApproval = receipt.filter(node -> reviewed.hex().equals(node.path("content_sha256").asText()))
                    .isPresent();
            if (ticket.status() != BeadsArtifacts.GATE) {
                if (sameApproval) {
                    return null; // approved already: a repeated click changes nothing
                }
                throw new ConflictException("Ticket is not waiting for beads approval");
            }
            String raw = raw(ticketId, Optional.empty())
                    .orElseThrow(() -> new ConflictException("The bead plan is not written yet"));
            ContentHash current = ContentHash.of(raw);
            boolean stampedBeforeCrash = sameApproval && receipt.get().path("stored_content_sha256").asText()
                    .equals(current.hex());
            if (!stampedBeforeCrash) {
                if (!current.equals(reviewed)) {
                    throw new StaleApprovalException(ReviewArtifactType.BEADS.wireName(), reviewed, current);
                }
                Instant now = clock.instant();
                BeadPlan plan = BeadsJsonl.read(raw, ticket.externalId());
                String stamped = BeadsJsonl.write(new BeadPlan(plan.beads().stream()
                        .map(bead -> bead.createdAt(now)).toList()));
                store.put(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.PLAN, stamped);
                ObjectNode node = BeadsStore.mapper().createObjectNode().put("approved_by", APPROVED_BY)
                        .put("approved_at", now.toString()).put("artifact_type", ReviewArtifactType.BEADS.wireName())
                        .put("phase", BeadsArtifacts.GATE.name()).put("content_sha256", reviewed.hex())
                        .put("stored_content_sha256", ContentHash.of(stamped).hex())
                        .put("bead_count", plan.beads().size());
                store.append(ticketId, BeadsArtifacts.GATE, BeadsArtifacts.APPROVAL_RECEIPT, node.toString());
            }
            TransitionResult result = ports.transitions().apply(ticketId, TicketEvent.of(TicketEventType.APPROVE));
            if (result instanceof TransitionResult.Rejected) {
                TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
                throw new WorkflowConflictException(rejected.status(), rejected.event(), rejected.reason());
            }
            return null;
        });
    }

    private Optional<String> raw(TicketId ticketId, Optional<String> flow) {
        if (flow.isEmpty()) {
            return store.latest(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.PLAN).map(PhaseArtifact::content);
        }
        JsonNode text = flows(ticketId).get(flow.get());
        return text == null ? Optional.empty() : Optional.of(text.asText());
    }

    private ObjectNode flows(TicketId ticketId) {
        return store.latest(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.FLOWS).map(PhaseArtifact::content)
                .map(content -> BeadsStore.json(content, "the other flows' plans"))
                .filter(JsonNode::isObject).map(node -> (ObjectNode) node)
                .orElseGet(() -> BeadsStore.mapper().createObjectNode());
    }

    private <T> T locked(TicketId ticketId, Supplier<T> work) {
        synchronized (locks.computeIfAbsent(ticketId, id -> new Object())) {
            return work.get();
        }
    }

    private Ticket ticket(TicketId ticketId) {
        return ports.tickets().findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
    }
}

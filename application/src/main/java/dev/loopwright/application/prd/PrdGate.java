package dev.loopwright.application.prd;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.interview.InterviewArtifacts;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.FixPrdCoverageGapsUseCase;
import dev.loopwright.application.port.in.PrdView;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.PlanningRevision;
import dev.loopwright.domain.workflow.ReviewArtifactType;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PRD's approval gate: the document shown with its hash, a person's edit that puts it back in draft, the fix of
 * coverage gaps with AI, and the approval that must name the hash of what was reviewed.
 * <p>
 * At the gate an edit puts the PRD back in draft. After approval and until pre-flight an edit is the approval of the
 * new version and restarts planning from the beads ({@link PlanningRevision#PRD}), as the interview's does from the
 * PRD.
 */
public final class PrdGate {
    static final String APPROVED_BY = "user";

    private final TicketRepository tickets;
    private final ApplyTicketEventUseCase transitions;
    private final UnitOfWork unitOfWork;
    private final PrdSources sources;
    private final PrdCoverage coverage;
    private final Clock clock;
    private final Map<TicketId, Object> locks = new ConcurrentHashMap<>();
    private final Set<TicketId> fixing = ConcurrentHashMap.newKeySet();

    public PrdGate(TicketRepository tickets, ApplyTicketEventUseCase transitions, UnitOfWork unitOfWork,
            PrdSources sources, PrdCoverage coverage, Clock clock) {
        this.tickets = tickets;
        this.transitions = transitions;
        this.unitOfWork = unitOfWork;
        this.sources = sources;
        this.coverage = coverage;
        this.clock = clock;
    }

    public PrdView view(TicketId ticketId) {
        Ticket ticket = ticket(ticketId);
        Optional<String> raw = document(ticket);
        Optional<String> json = raw.flatMap(text -> {
            try {
                return Optional.of(PrdYaml.tree(PrdYaml.read(text, ticket.externalId(),
                        PrdYaml.parse(text).path("source_interview").path("content_sha256").asText(""))).toString());
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        });
        Optional<String> record = raw.isEmpty() ? Optional.empty()
                : coverage.lastRecord(ticketId).map(Object::toString);
        return new PrdView(raw, raw.map(ContentHash::of), json, record);
    }

    public PrdView save(TicketId ticketId, String content) {
        synchronized (lock(ticketId)) {
            Ticket ticket = editable(ticketId);
            if (fixing.contains(ticketId)) {
                throw new ConflictException("Coverage gap fix is in progress");
            }
            PrdDocument edited = PrdYaml.read(content, ticket.externalId(), sources.sourceHash(ticket));
            PrdDocument draft = edited.isApproved() ? edited.asDraft() : edited;
            if (PlanningRevision.PRD.restartsFrom(ticket.workflow())) {
                restartFrom(ticket, draft);
            } else {
                sources.put(ticketId, PrdArtifacts.HOME, PrdArtifacts.DOCUMENT, PrdYaml.write(draft));
            }
        }
        return view(ticketId);
    }

    /** Stores the edited PRD approved, with a receipt, and restarts bead planning from it, all in one transaction. */
    private void restartFrom(Ticket ticket, PrdDocument draft) {
        Instant now = clock.instant();
        String approved = PrdYaml.write(draft.approve(APPROVED_BY, now));
        ContentHash hash = ContentHash.of(approved);
        unitOfWork.inTransaction(() -> {
            sources.put(ticket.id(), PrdArtifacts.HOME, PrdArtifacts.DOCUMENT, approved);
            appendReceipt(ticket.id(), now, hash, hash);
            apply(ticket.id(), TicketEvent.of(PlanningRevision.PRD.event()));
        });
    }

    private void appendReceipt(TicketId ticketId, Instant now, ContentHash reviewed, ContentHash stored) {
        sources.append(ticketId, PrdArtifacts.GATE, PrdArtifacts.APPROVAL_RECEIPT, PrdSources.mapper()
                .createObjectNode().put("approved_by", APPROVED_BY).put("approved_at", now.toString())
                .put("artifact_type", ReviewArtifactType.PRD.wireName()).put("phase", PrdArtifacts.GATE.name())
                .put("content_sha256", reviewed.hex()).put("stored_content_sha256", stored.hex()).toString());
    }

    private void apply(TicketId ticketId, TicketEvent event) {
        TransitionResult result = transitions.apply(ticketId, event);
        if (result instanceof TransitionResult.Rejected) {
            TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
            throw new WorkflowConflictException(rejected.status(), rejected.event(), rejected.reason());
        }
    }

    /** Stamps the approval into the document, keeps a receipt, and sends APPROVE. */
    public void approve(TicketId ticketId, ContentHash reviewed) {
        synchronized (lock(ticketId)) {
            Ticket ticket = ticket(ticketId);
            if (ticket.status() != PrdArtifacts.GATE) {
                throw new ConflictException("Ticket is not waiting for PRD approval");
            }
            if (fixing.contains(ticketId)) {
                throw new ConflictException("Coverage gap fix is in progress");
            }
            String raw = document(ticket).orElseThrow(() -> new ConflictException("The PRD is not written yet"));
            ContentHash current = ContentHash.of(raw);
            if (!current.equals(reviewed)) {
                throw new StaleApprovalException(ReviewArtifactType.PRD.wireName(), reviewed, current);
            }
            Instant now = clock.instant();
            PrdDocument document = PrdYaml.read(raw, ticket.externalId(),
                    PrdYaml.parse(raw).path("source_interview").path("content_sha256").asText(""));
            // Approved already when a crash came between stamping and APPROVE: the stamp is kept, not rewritten.
            String stamped = document.isApproved() ? raw : PrdYaml.write(document.approve(APPROVED_BY, now));
            sources.put(ticketId, PrdArtifacts.HOME, PrdArtifacts.DOCUMENT, stamped);
            appendReceipt(ticketId, now, reviewed, ContentHash.of(stamped));
            apply(ticketId, TicketEvent.of(TicketEventType.APPROVE));
        }
    }

    /** One fix at a time per ticket; approval and edits wait for it to end. */
    public FixPrdCoverageGapsUseCase.Result fixGaps(TicketId ticketId) {
        synchronized (lock(ticketId)) {
            if (ticket(ticketId).status() != PrdArtifacts.GATE) {
                throw new ConflictException("Ticket is not waiting for PRD approval");
            }
            if (!fixing.add(ticketId)) {
                throw new ConflictException("Coverage gap fix is already in progress");
            }
        }
        try {
            Optional<PrdCoverage.FixResult> fixed = coverage.fixGaps(ticketId, new Cancellation());
            PrdView view = view(ticketId);
            return fixed.map(result -> new FixPrdCoverageGapsUseCase.Result(true, result.version(),
                    result.remainingGaps(), result.noChange(), view))
                    .orElseGet(() -> new FixPrdCoverageGapsUseCase.Result(false,
                            coverage.latestCandidate(ticketId).version(), List.of(), true, view));
        } finally {
            fixing.remove(ticketId);
        }
    }

    /** The interview's canonical text as it stands (approved or not), for the planning files. */
    public Optional<String> interview(TicketId ticketId) {
        return sources.find(ticketId, InterviewArtifacts.HOME, InterviewArtifacts.DOCUMENT);
    }

    private Optional<String> document(Ticket ticket) {
        return sources.find(ticket.id(), PrdArtifacts.HOME, PrdArtifacts.DOCUMENT);
    }

    private Ticket editable(TicketId ticketId) {
        Ticket ticket = ticket(ticketId);
        TicketStatus status = ticket.status();
        if (status == PrdArtifacts.GATE || PlanningRevision.PRD.restartsFrom(ticket.workflow())) {
            return ticket;
        }
        throw new ConflictException("Ticket is not in a state where PRD can be edited");
    }

    private Object lock(TicketId ticketId) {
        return locks.computeIfAbsent(ticketId, id -> new Object());
    }

    private Ticket ticket(TicketId ticketId) {
        return tickets.findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
    }
}

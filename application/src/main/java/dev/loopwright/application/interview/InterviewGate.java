package dev.loopwright.application.interview;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.InterviewAnswerEdit;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.domain.approval.ApprovalReceipt;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.interview.AnsweredBy;
import dev.loopwright.domain.interview.AnsweredQuestion;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.PlanningRevision;
import dev.loopwright.domain.workflow.ReviewArtifactType;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interview's approval gate: the document shown with its hash, edits (raw YAML or answers) that put it back in
 * draft, and the approval that must name the hash of what was reviewed.
 * <p>
 * Edits are taken at the gate itself and, after approval, from DRAFTING_PRD up to the bead gate (also when blocked
 * there), never from pre-flight on: such a later edit is the approval of the new version and restarts planning from
 * the PRD (see {@link PlanningRevision}), so no plan stays built on an interview that no longer says the same thing.
 */
public final class InterviewGate {
    static final String APPROVED_BY = "user";
    private static final TicketStatus GATE = TicketStatus.WAITING_INTERVIEW_APPROVAL;

    private final TicketRepository tickets;
    private final ApplyTicketEventUseCase transitions;
    private final UnitOfWork unitOfWork;
    private final InterviewStore store;
    private final TicketLocks locks;
    private final Clock clock;

    InterviewGate(TicketRepository tickets, ApplyTicketEventUseCase transitions, UnitOfWork unitOfWork,
            InterviewStore store, TicketLocks locks, Clock clock) {
        this.tickets = tickets;
        this.transitions = transitions;
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.locks = locks;
        this.clock = clock;
    }

    public InterviewView view(TicketId ticketId) {
        Ticket ticket = ticket(ticketId);
        InterviewSession session = store.session(ticketId)
                .orElseThrow(() -> new NotFoundException("No interview session found"));
        Optional<String> raw = store.document(ticketId);
        return new InterviewView(session, SessionJson.write(session), raw, raw.map(ContentHash::of),
                raw.map(text -> InterviewYaml.tree(InterviewYaml.read(text, ticket.externalId())).toString()),
                store.error(ticketId));
    }

    public InterviewView saveDocument(TicketId ticketId, String content) {
        locks.run(ticketId, () -> {
            Ticket ticket = editable(ticketId);
            InterviewDocument edited = InterviewYaml.read(content, ticket.externalId());
            save(ticket, edited.isApproved() ? edited.asDraft() : edited);
        });
        return view(ticketId);
    }

    public InterviewView saveAnswers(TicketId ticketId, List<InterviewAnswerEdit> edits) {
        locks.run(ticketId, () -> {
            Ticket ticket = editable(ticketId);
            InterviewDocument current = document(ticket);
            save(ticket, withAnswers(current, edits, clock.instant()));
        });
        return view(ticketId);
    }

    /**
     * At the gate an edit is a plain save. Past it, the edit is the approval of the new version: it is stored
     * approved, with a receipt, and planning restarts from it (what was planned from the old one is set aside).
     */
    private void save(Ticket ticket, InterviewDocument draft) {
        if (!PlanningRevision.INTERVIEW.restartsFrom(ticket.workflow())) {
            store.saveDocument(ticket.id(), InterviewYaml.write(draft));
            return;
        }
        Instant now = clock.instant();
        String approved = InterviewYaml.write(draft.approve(APPROVED_BY, now));
        ContentHash hash = ContentHash.of(approved);
        // One transaction: a crash never leaves the new version stored with planning still on the old one.
        unitOfWork.inTransaction(() -> {
            store.saveDocument(ticket.id(), approved);
            store.appendReceipt(ticket.id(), GATE, new ApprovalReceipt(APPROVED_BY, now,
                    ReviewArtifactType.INTERVIEW.wireName(), GATE.name(), hash, hash));
            InterviewEvents.apply(transitions, ticket.id(), TicketEvent.of(PlanningRevision.INTERVIEW.event()));
        });
    }

    /** Stamps the approval into the document, keeps a receipt, and sends APPROVE. */
    public void approve(TicketId ticketId, ContentHash reviewed) {
        locks.run(ticketId, () -> {
            Ticket ticket = ticket(ticketId);
            if (ticket.status() != GATE) {
                throw new ConflictException("Ticket is not waiting for interview approval");
            }
            String raw = store.document(ticketId)
                    .orElseThrow(() -> new ConflictException("The interview document is not written yet"));
            ContentHash current = ContentHash.of(raw);
            if (!current.equals(reviewed)) {
                throw new StaleApprovalException(ReviewArtifactType.INTERVIEW.wireName(), reviewed, current);
            }
            Instant now = clock.instant();
            InterviewDocument document = InterviewYaml.read(raw, ticket.externalId());
            // Approved already when a crash came between stamping and APPROVE: the stamp is kept, not rewritten.
            String stamped = document.isApproved() ? raw : InterviewYaml.write(document.approve(APPROVED_BY, now));
            store.saveDocument(ticketId, stamped);
            store.appendReceipt(ticketId, GATE, new ApprovalReceipt(APPROVED_BY, now,
                    ReviewArtifactType.INTERVIEW.wireName(), GATE.name(), reviewed, ContentHash.of(stamped)));
            InterviewEvents.apply(transitions, ticketId, TicketEvent.of(TicketEventType.APPROVE));
        });
    }

    /** Replaces the named answers; a skip says nothing, an answer must say something, both must fit the question. */
    static InterviewDocument withAnswers(InterviewDocument document, List<InterviewAnswerEdit> edits, Instant now) {
        Violations violations = new Violations();
        Map<String, InterviewAnswer> replaced = new LinkedHashMap<>();
        for (InterviewAnswerEdit edit : edits) {
            String field = "questions[" + edit.questionId() + "]";
            if (document.question(edit.questionId()).isEmpty()) {
                violations.add(field, "unknown question " + edit.questionId());
                continue;
            }
            if (replaced.containsKey(edit.questionId())) {
                violations.add(field, "question " + edit.questionId() + " is edited twice");
                continue;
            }
            boolean saysSomething = !edit.freeText().isBlank() || !edit.selectedOptionIds().isEmpty();
            if (edit.skipped() && saysSomething) {
                violations.add(field, "a skipped answer has no free text and no selected options");
                continue;
            }
            if (!edit.skipped() && !saysSomething) {
                violations.add(field, "an answer needs free text or a selected option; mark it skipped instead");
                continue;
            }
            replaced.put(edit.questionId(), edit.skipped() ? InterviewAnswer.notAsked()
                    : new InterviewAnswer(false, edit.selectedOptionIds(), edit.freeText(), AnsweredBy.USER,
                            Optional.of(now)));
        }
        violations.throwIfAny();
        List<AnsweredQuestion> questions = new ArrayList<>();
        for (AnsweredQuestion item : document.questions()) {
            InterviewAnswer answer = replaced.getOrDefault(item.id(), item.answer());
            questions.add(violations.capture(() -> new AnsweredQuestion(item.question(), answer)));
        }
        violations.throwIfAny();
        InterviewDocument edited = new InterviewDocument(document.schemaVersion(), document.ticketId(),
                document.status(), document.winnerModel(), document.generatedAt(), questions,
                document.followUpRounds(), document.summary(), document.approval());
        return edited.isApproved() ? edited.asDraft() : edited;
    }

    private InterviewDocument document(Ticket ticket) {
        String raw = store.document(ticket.id())
                .orElseThrow(() -> new ConflictException("The interview document is not written yet"));
        return InterviewYaml.read(raw, ticket.externalId());
    }

    private Ticket editable(TicketId ticketId) {
        Ticket ticket = ticket(ticketId);
        TicketStatus status = ticket.status();
        if (status == GATE || PlanningRevision.INTERVIEW.restartsFrom(ticket.workflow())) {
            return ticket;
        }
        throw new ConflictException("Ticket is not in a state where interview can be edited");
    }

    private Ticket ticket(TicketId ticketId) {
        return tickets.findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
    }
}

package dev.loopwright.application.service;

import dev.loopwright.application.interview.Interview;
import dev.loopwright.application.port.in.AnswerInterviewBatchUseCase;
import dev.loopwright.application.port.in.ApproveInterviewUseCase;
import dev.loopwright.application.port.in.EditInterviewAnswerUseCase;
import dev.loopwright.application.port.in.EditInterviewDocumentUseCase;
import dev.loopwright.application.port.in.GetInterviewUseCase;
import dev.loopwright.application.port.in.InterviewAnswerEdit;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.application.port.in.SkipInterviewUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The interview's use cases: finds the ticket a caller names and hands it to the interview. */
public final class InterviewService implements AnswerInterviewBatchUseCase, SkipInterviewUseCase,
        EditInterviewAnswerUseCase, GetInterviewUseCase, EditInterviewDocumentUseCase, ApproveInterviewUseCase {
    private final TicketRepository tickets;
    private final Interview interview;

    public InterviewService(TicketRepository tickets, Interview interview) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.interview = Objects.requireNonNull(interview, "interview");
    }

    @Override
    public void answerBatch(TicketReference reference, Map<String, AnswerSubmission> answers) {
        interview.loop().answerBatch(find(reference).id(), answers);
    }

    @Override
    public Ticket skipRemaining(TicketReference reference, Map<String, AnswerSubmission> currentBatchAnswers) {
        Ticket ticket = find(reference);
        interview.loop().skipRemaining(ticket.id(), currentBatchAnswers);
        return reload(ticket);
    }

    @Override
    public InterviewSession editAnswer(TicketReference reference, String questionId, String answer,
            Optional<List<String>> selectedOptionIds) {
        return interview.loop().editAnswer(find(reference).id(), questionId, answer, selectedOptionIds);
    }

    @Override
    public InterviewView get(TicketReference reference) {
        return interview.gate().view(find(reference).id());
    }

    @Override
    public InterviewView saveDocument(TicketReference reference, String content) {
        return interview.gate().saveDocument(find(reference).id(), content);
    }

    @Override
    public InterviewView saveAnswers(TicketReference reference, List<InterviewAnswerEdit> edits) {
        return interview.gate().saveAnswers(find(reference).id(), edits);
    }

    @Override
    public Ticket approveInterview(TicketReference reference, ContentHash reviewed) {
        Ticket ticket = find(reference);
        interview.gate().approve(ticket.id(), reviewed);
        return reload(ticket);
    }

    private Ticket find(TicketReference reference) {
        return TicketLookup.find(tickets, reference);
    }

    private Ticket reload(Ticket ticket) {
        return tickets.findById(ticket.id()).orElseThrow();
    }
}

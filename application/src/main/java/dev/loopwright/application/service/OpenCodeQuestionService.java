package dev.loopwright.application.service;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ListOpenCodeQuestionsUseCase;
import dev.loopwright.application.port.in.ResolveOpenCodeQuestionUseCase;
import dev.loopwright.application.port.in.TicketQuestion;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ticket's questions are those asked by sessions working in its working copy: only coding and setup agents work
 * there with the question tool, planning prompts run without tools.
 */
public final class OpenCodeQuestionService implements ListOpenCodeQuestionsUseCase, ResolveOpenCodeQuestionUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCodeQuestionService.class);

    private final TicketRepository tickets;
    private final ProjectRepository projects;
    private final ModelRuntime runtime;
    private final GitWorkspace git;

    public OpenCodeQuestionService(TicketRepository tickets, ProjectRepository projects, ModelRuntime runtime,
            GitWorkspace git) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.git = Objects.requireNonNull(git, "git");
    }

    @Override
    public List<TicketQuestion> list(TicketReference reference) {
        return questionsOf(TicketLookup.find(tickets, reference));
    }

    @Override
    public List<TicketQuestion> listAll() {
        List<TicketQuestion> all = new ArrayList<>();
        for (Ticket ticket : tickets.findUnfinished()) {
            try {
                all.addAll(questionsOf(ticket));
            } catch (ModelRuntimeException e) {
                LOG.warn("Could not read the questions of {}: {}", ticket.externalId(), e.getMessage());
            }
        }
        return all;
    }

    @Override
    public void answer(TicketReference reference, String requestId, List<List<String>> answers) {
        PendingQuestion question = find(reference, requestId);
        if (answers.size() != question.questions().size()) {
            throw ValidationException.of("answers", "Give one answer list per question: the request asks "
                    + question.questions().size() + ", the reply has " + answers.size());
        }
        runtime.answerQuestion(question, answers);
    }

    @Override
    public void reject(TicketReference reference, String requestId) {
        runtime.rejectQuestion(find(reference, requestId));
    }

    private PendingQuestion find(TicketReference reference, String requestId) {
        return pendingOf(TicketLookup.find(tickets, reference)).stream()
                .filter(question -> question.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("OpenCode question request not found for ticket"));
    }

    private List<TicketQuestion> questionsOf(Ticket ticket) {
        return pendingOf(ticket).stream().map(pending -> new TicketQuestion(ticket, pending.id(), pending.sessionId(),
                pending.questions().stream().map(q -> new TicketQuestion.Asked(q.text(), q.header(), q.options(),
                        q.multiple())).toList())).toList();
    }

    private List<PendingQuestion> pendingOf(Ticket ticket) {
        if (ticket.status() == TicketStatus.DRAFT || ticket.status().isTerminal()) {
            return List.of();
        }
        Path folder = projects.findById(ticket.projectId()).orElseThrow().folderPath();
        return runtime.pendingQuestions(git.workingCopyOf(folder, ticket.externalId().toString()));
    }
}

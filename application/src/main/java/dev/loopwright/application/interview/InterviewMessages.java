package dev.loopwright.application.interview;

import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionOption;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.interview.SubmittedBatch;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What we say to the interviewer: the opening prompt (our {@code interview-qa} resource with the ticket, the
 * compiled checklist and, when resuming in a fresh session, the interview so far), each turn's answers, and a
 * correction when a reply could not be used.
 */
final class InterviewMessages {
    /** Enough of a wrong reply to show the mistake without doubling the conversation. */
    static final int MAX_QUOTED_REPLY = 4_000;

    private final PromptTemplate template = PromptTemplate.load("interview-qa", PromptPhase.INTERVIEW_QA);
    private final PromptBuilder builder;

    InterviewMessages(PromptBuilder builder) {
        this.builder = builder;
    }

    /** The format every reply must have, repeated in corrections. */
    String outputFormat(InterviewSession session) {
        return spec(session).outputFormat();
    }

    /** The first message of a session: the whole task, and what was already asked when resuming. */
    String opening(Ticket ticket, InterviewSession session) {
        StringBuilder text = new StringBuilder(builder.build(spec(session),
                Map.of(ContextKey.TICKET_DETAILS, details(ticket))).text());
        text.append("\n## Compiled questions\n");
        session.questions().stream().filter(question -> question.source() == QuestionSource.COMPILED)
                .forEach(question -> text.append("- ").append(question.id()).append(" (")
                        .append(question.phase().wireName()).append("): ").append(question.prompt()).append('\n'));
        if (session.batchHistory().isEmpty()) {
            text.append("\nBegin the interview: reply with batch 1.\n");
            return text.toString();
        }
        text.append("\n## Interview so far\nThis is a new session continuing an interview. These questions were"
                + " already put to the author; do not ask them again:\n");
        session.answers().keySet().forEach(id -> text.append(answerLine(session, id)));
        text.append("\nContinue with batch ").append(session.lastBatchNumber() + 1)
                .append(", or with the summary if the closing question is answered.\n");
        return text.toString();
    }

    /** The author's answers to the batch just submitted, sent in the same session. */
    String answers(InterviewSession session, SubmittedBatch batch) {
        StringBuilder text = new StringBuilder("The author answered batch ").append(batch.batchNumber())
                .append(":\n");
        batch.questionIds().forEach(id -> text.append(answerLine(session, id)));
        text.append("\nContinue the interview: reply with batch ").append(batch.batchNumber() + 1)
                .append(", or with the summary if that was the closing question. Use the output format from the"
                        + " start of this conversation.\n");
        return text.toString();
    }

    String correction(InterviewSession session, String error, String reply) {
        String quoted = reply.length() > MAX_QUOTED_REPLY ? reply.substring(0, MAX_QUOTED_REPLY) + "\n[… cut]" : reply;
        return "Your last reply could not be used: " + error + "\n\nReply again with exactly one YAML document in"
                + " this format:\n\n" + outputFormat(session) + "\n\nYour last reply, for reference:\n\n~~~~text\n"
                + quoted.strip() + "\n~~~~\n";
    }

    /** The ticket as every interview prompt shows it. */
    static String details(Ticket ticket) {
        return "# Ticket: " + ticket.details().title() + "\n\n"
                + ticket.details().description().orElse("(no description)");
    }

    private PromptSpec spec(InterviewSession session) {
        return template.render(Map.of("max_follow_ups", String.valueOf(session.maxFollowUps())));
    }

    /** {@code - Q01 (question): answer}; a choice shows the labels picked, a skip says so. */
    static String answerLine(InterviewSession session, String id) {
        InterviewQuestion question = session.question(id).orElseThrow();
        InterviewAnswer answer = session.answer(id).orElseThrow();
        String said;
        if (answer.skipped()) {
            said = "[skipped]";
        } else if (answer.selectedOptionIds().isEmpty()) {
            said = answer.freeText().strip();
        } else {
            said = "Selected: " + answer.selectedOptionIds().stream()
                    .map(option -> "\"" + question.option(option).map(QuestionOption::label).orElse(option) + "\"")
                    .collect(Collectors.joining(", ")) + "."
                    + (answer.freeText().isBlank() ? "" : " Notes: " + answer.freeText().strip());
        }
        return "- " + id + " (" + question.prompt() + "): " + said + "\n";
    }
}

package dev.loopwright.application.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.BatchProgress;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.InterviewBatch;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.InterviewSummary;
import dev.loopwright.domain.interview.QuestionSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the interviewer's reply to one turn: the next batch or the closing summary. The reply is untrusted: the
 * batch is numbered by us, limited to three questions, its sources decided from the session (a compiled id stays
 * compiled, a new id is a follow-up, the final batch is free-form), and it must fit the session as the domain
 * checks it. Anything else is an error the model is asked to correct.
 */
final class TurnReader {
    static final int MAX_BATCH_SIZE = 3;
    private static final String BATCH = "batch";
    private static final String COMPLETE = "complete";
    private static final StructuredOutputParser PARSER =
            new StructuredOutputParser(Set.of(BATCH, COMPLETE), Optional.empty());

    private TurnReader() {
    }

    static Validated<Turn> read(String reply, InterviewSession session, Instant now) {
        try {
            ParseOutcome outcome = PARSER.parse(reply);
            if (outcome instanceof ParseOutcome.Failed) {
                ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
                return new Validated.Invalid<>(failed.message(), !failed.failure().corrective());
            }
            ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
            List<String> warnings = new ArrayList<>(parsed.warnings());
            JsonNode document = parsed.document();
            Validated<Turn> turn = document.has(BATCH) ? batch(document.get(BATCH), session, now, warnings)
                    : finish(document.get(COMPLETE), session);
            if (turn instanceof Validated.Valid) {
                return Validated.valid(((Validated.Valid<Turn>) turn).value(), warnings);
            }
            return turn;
        } catch (ValidationException | IllegalStateException | IllegalArgumentException wrong) {
            // The domain refuses a batch that does not fit the session (an answered question asked again, …).
            return Validated.invalid(wrong.getMessage());
        }
    }

    private static Validated<Turn> batch(JsonNode node, InterviewSession session, Instant now, List<String> warnings) {
        if (node == null || !node.isObject()) {
            return Validated.invalid("'batch' must be a mapping with commentary, progress_total, final and questions");
        }
        JsonNode list = node.get("questions");
        if (list == null || !list.isArray() || list.isEmpty()) {
            return Validated.invalid("batch.questions must list one to three questions");
        }
        if (list.size() > MAX_BATCH_SIZE) {
            warnings.add("kept the first " + MAX_BATCH_SIZE + " of " + list.size() + " questions of the batch");
        }
        boolean finalBatch = "true".equalsIgnoreCase(QuestionReader.text(node, "final"));
        int round = session.nextRoundNumber(BatchSource.INTERVIEWER);
        int followUps = interviewerFollowUps(session);
        List<InterviewQuestion> questions = new ArrayList<>();
        for (int i = 0; i < Math.min(list.size(), MAX_BATCH_SIZE); i++) {
            JsonNode item = list.get(i);
            String label = "batch.questions[" + (i + 1) + "]";
            if (!item.isObject()) {
                return Validated.invalid(label + " must be a mapping with id, phase, question and answer_type");
            }
            Validated<InterviewQuestion> question = question(item, label, session, finalBatch, round, warnings);
            if (question instanceof Validated.Invalid) {
                return Validated.invalid(((Validated.Invalid<InterviewQuestion>) question).error());
            }
            InterviewQuestion read = ((Validated.Valid<InterviewQuestion>) question).value();
            if (read.source() == QuestionSource.PROMPT_FOLLOW_UP && ++followUps > session.maxFollowUps()) {
                return Validated.invalid("at most " + session.maxFollowUps() + " follow-up questions may be asked in"
                        + " the whole interview; ask compiled questions or the closing question instead");
            }
            questions.add(read);
        }
        int number = session.lastBatchNumber() + 1;
        int total = Math.max(number, parseTotal(QuestionReader.text(node, "progress_total")));
        InterviewBatch batch = new InterviewBatch(number, questions, new BatchProgress(number, total), finalBatch,
                QuestionReader.text(node, "commentary"), BatchSource.INTERVIEWER, Optional.empty());
        session.presentBatch(batch, now);
        return Validated.valid(new Turn.Ask(batch), List.of());
    }

    private static Validated<InterviewQuestion> question(JsonNode item, String label, InterviewSession session,
            boolean finalBatch, int round, List<String> warnings) {
        String id = QuestionReader.text(item, "id");
        if (id.isEmpty()) {
            return Validated.invalid(label + ".id is missing");
        }
        String prompt = QuestionReader.text(item, "question");
        if (prompt.isEmpty()) {
            return Validated.invalid(label + ".question is empty");
        }
        Optional<InterviewQuestion> known = session.question(id);
        Optional<InterviewPhase> phase = QuestionReader.phase(item).or(() -> known.map(InterviewQuestion::phase));
        if (phase.isEmpty()) {
            return Validated.invalid(label + ".phase must be foundation, structure or assembly");
        }
        Optional<QuestionReader.Choice> choice = QuestionReader.choice(item, label, warnings);
        if (choice.isEmpty()) {
            return Validated.invalid(label + ".answer_type must be free_text, single_choice or multiple_choice");
        }
        QuestionSource source;
        Optional<Integer> followUpRound;
        if (finalBatch) {
            if (known.isPresent() && known.get().source() != QuestionSource.FINAL_FREE_FORM) {
                return Validated.invalid(label + ": the closing question needs a new id such as QFF1, not " + id);
            }
            source = QuestionSource.FINAL_FREE_FORM;
            followUpRound = Optional.empty();
        } else if (known.isPresent()) {
            source = known.get().source();
            followUpRound = known.get().followUpRound();
        } else {
            source = QuestionSource.PROMPT_FOLLOW_UP;
            followUpRound = Optional.of(round);
        }
        return Validated.valid(new InterviewQuestion(id, prompt, phase.get(),
                QuestionReader.priority(item, label, warnings),
                Optional.of(QuestionReader.text(item, "rationale")), source, followUpRound, choice.get().type(),
                choice.get().options()), List.of());
    }

    private static Validated<Turn> finish(JsonNode node, InterviewSession session) {
        if (session.batchHistory().isEmpty()) {
            return Validated.invalid("the interview cannot end before the author has answered a single batch;"
                    + " reply with the first batch");
        }
        JsonNode summary = node != null && node.isObject() ? node : MissingNode.getInstance();
        return Validated.valid(new Turn.Finish(new InterviewSummary(texts(summary.get("goals")),
                texts(summary.get("constraints")), texts(summary.get("non_goals")),
                QuestionReader.text(summary, "final_free_form_answer"))), List.of());
    }

    /** A list of strings, or one string read as a list of one; blanks and non-text entries are left out. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return texts;
        }
        if (node.isValueNode()) {
            node = JsonNodeFactory.instance.arrayNode().add(node.asText());
        }
        node.forEach(item -> {
            if (item.isValueNode() && !item.asText("").isBlank()) {
                texts.add(item.asText().strip());
            }
        });
        return texts;
    }

    private static int parseTotal(String raw) {
        return raw.matches("\\d{1,4}") ? Integer.parseInt(raw) : 0;
    }

    private static int interviewerFollowUps(InterviewSession session) {
        return (int) session.questions().stream()
                .filter(question -> question.source() == QuestionSource.PROMPT_FOLLOW_UP).count();
    }
}

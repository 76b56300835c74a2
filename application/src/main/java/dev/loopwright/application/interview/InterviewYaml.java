package dev.loopwright.application.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.AnsweredQuestion;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;

/**
 * The canonical text of the interview document ({@code interview.yaml}): we write it from the document, field
 * by field and always the same way, so its SHA-256 identifies what a person reviewed. Reading is for people's
 * edits: every field is checked and the whole document validated, never repaired.
 */
public final class InterviewYaml {
    static final String CANONICALIZATION = "server_normalized";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private InterviewYaml() {
    }

    public static String write(InterviewDocument document) {
        try {
            return YAML.writeValueAsString(tree(document));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a YAML tree always serialises", impossible);
        }
    }

    /** The document as a tree with the file's own keys, for showing it as JSON. */
    public static ObjectNode tree(InterviewDocument document) {
        ObjectNode root = YAML.createObjectNode().put("schema_version", document.schemaVersion())
                .put("ticket_id", document.ticketId().toString()).put("artifact", "interview")
                .put("status", document.status().wireName());
        root.putObject("generated_by").put("winner_model", document.winnerModel().value())
                .put("generated_at", document.generatedAt().toString()).put("canonicalization", CANONICALIZATION);
        ArrayNode questions = root.putArray("questions");
        document.questions().forEach(item -> questions.add(question(item)));
        ArrayNode rounds = root.putArray("follow_up_rounds");
        document.followUpRounds().forEach(round -> {
            ObjectNode node = rounds.addObject().put("round_number", round.roundNumber())
                    .put("source", round.source().wireName());
            ArrayNode ids = node.putArray("question_ids");
            round.questionIds().forEach(ids::add);
        });
        ObjectNode summary = root.putObject("summary");
        strings(summary.putArray("goals"), document.summary().goals());
        strings(summary.putArray("constraints"), document.summary().constraints());
        strings(summary.putArray("non_goals"), document.summary().nonGoals());
        summary.put("final_free_form_answer", document.summary().finalFreeFormAnswer());
        if (document.approval().isPresent()) {
            Approval approval = document.approval().get();
            root.putObject("approval").put("approved_by", approval.approvedBy())
                    .put("approved_at", approval.approvedAt().toString());
        } else {
            root.putNull("approval");
        }
        return root;
    }

    /**
     * Reads a person's edit of the document of ticket {@code ticketId}. Throws {@link ValidationException} naming
     * every field that is wrong.
     */
    public static InterviewDocument read(String content, ExternalId ticketId) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("content", "the interview is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.of("content", "the interview must be a YAML mapping");
        }
        return new DocumentReader(root).read(ticketId);
    }

    private static ObjectNode question(AnsweredQuestion item) {
        InterviewQuestion question = item.question();
        ObjectNode node = YAML.createObjectNode().put("id", question.id()).put("phase", question.phase().wireName())
                .put("prompt", question.prompt());
        question.priority().ifPresent(priority -> node.put("priority", priority.wireName()));
        question.rationale().ifPresent(rationale -> node.put("rationale", rationale));
        node.put("source", question.source().wireName());
        if (question.followUpRound().isPresent()) {
            node.put("follow_up_round", question.followUpRound().get());
        } else {
            node.putNull("follow_up_round");
        }
        node.put("answer_type", question.answerType().wireName());
        ArrayNode options = node.putArray("options");
        question.options().forEach(option -> options.addObject().put("id", option.id()).put("label", option.label()));
        InterviewAnswer answer = item.answer();
        ObjectNode answerNode = node.putObject("answer").put("skipped", answer.skipped());
        strings(answerNode.putArray("selected_option_ids"), answer.selectedOptionIds());
        answerNode.put("free_text", answer.freeText()).put("answered_by", answer.answeredBy().wireName())
                .put("answered_at", answer.answeredAt().map(Instant::toString).orElse(""));
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

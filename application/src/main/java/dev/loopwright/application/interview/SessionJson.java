package dev.loopwright.application.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.domain.interview.AnswerType;
import dev.loopwright.domain.interview.AnsweredBy;
import dev.loopwright.domain.interview.BatchProgress;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.FollowUpRound;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewBatch;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionOption;
import dev.loopwright.domain.interview.QuestionPriority;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.interview.SubmittedBatch;
import dev.loopwright.domain.profile.ModelId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Our JSON for the interview session snapshot, written field by field so the stored format stays stable whatever
 * the records look like. It is also what the interview route shows as {@code session}. Reading fails with
 * {@link IllegalArgumentException} (or the domain's validation) on anything we did not write.
 */
public final class SessionJson {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionJson() {
    }

    public static String write(InterviewSession session) {
        ObjectNode root = JSON.createObjectNode().put("schemaVersion", SCHEMA_VERSION)
                .put("winnerModel", session.winnerModel().value())
                .put("maxInitialQuestions", session.maxInitialQuestions())
                .put("maxFollowUps", session.maxFollowUps());
        ArrayNode questions = root.putArray("questions");
        session.questions().forEach(question -> questions.add(question(question)));
        ObjectNode answers = root.putObject("answers");
        session.answers().forEach((id, answer) -> answers.set(id, answer(answer)));
        if (session.currentBatch().isPresent()) {
            root.set("currentBatch", batch(session.currentBatch().get()));
        } else {
            root.putNull("currentBatch");
        }
        ArrayNode history = root.putArray("batchHistory");
        session.batchHistory().forEach(submitted -> {
            ObjectNode node = history.addObject().put("batchNumber", submitted.batchNumber())
                    .put("source", submitted.source().wireName());
            submitted.roundNumber().ifPresent(round -> node.put("roundNumber", round));
            strings(node.putArray("questionIds"), submitted.questionIds());
            node.put("finalFreeForm", submitted.finalFreeForm()).put("submittedAt", submitted.submittedAt().toString());
        });
        ArrayNode rounds = root.putArray("followUpRounds");
        session.followUpRounds().forEach(round -> strings(rounds.addObject().put("roundNumber", round.roundNumber())
                .put("source", round.source().wireName()).putArray("questionIds"), round.questionIds()));
        root.put("completedAt", session.completedAt().map(Instant::toString).orElse(null));
        root.put("updatedAt", session.updatedAt().toString());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }

    public static InterviewSession read(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || root.path("schemaVersion").asInt() != SCHEMA_VERSION) {
            throw new IllegalArgumentException("not an interview session of schema version " + SCHEMA_VERSION);
        }
        Map<String, InterviewAnswer> answers = new LinkedHashMap<>();
        root.path("answers").fields().forEachRemaining(entry -> answers.put(entry.getKey(), answer(entry.getValue())));
        JsonNode current = root.path("currentBatch");
        return new InterviewSession(new ModelId(text(root, "winnerModel")), root.path("maxInitialQuestions").asInt(),
                root.path("maxFollowUps").asInt(), list(root, "questions", SessionJson::question), answers,
                current.isObject() ? Optional.of(batch(current)) : Optional.empty(),
                list(root, "batchHistory", SessionJson::submitted), list(root, "followUpRounds", SessionJson::round),
                optional(root, "completedAt").map(Instant::parse), Instant.parse(text(root, "updatedAt")));
    }

    private static ObjectNode question(InterviewQuestion question) {
        ObjectNode node = JSON.createObjectNode().put("id", question.id()).put("question", question.prompt())
                .put("phase", question.phase().wireName());
        question.priority().ifPresent(priority -> node.put("priority", priority.wireName()));
        question.rationale().ifPresent(rationale -> node.put("rationale", rationale));
        node.put("source", question.source().wireName());
        question.followUpRound().ifPresent(round -> node.put("followUpRound", round));
        node.put("answerType", question.answerType().wireName());
        ArrayNode options = node.putArray("options");
        question.options().forEach(option -> options.addObject().put("id", option.id()).put("label", option.label()));
        return node;
    }

    private static InterviewQuestion question(JsonNode node) {
        List<QuestionOption> options = new ArrayList<>();
        node.path("options").forEach(option -> options.add(new QuestionOption(text(option, "id"),
                text(option, "label"))));
        return new InterviewQuestion(text(node, "id"), text(node, "question"),
                InterviewPhase.fromWireName(text(node, "phase")),
                optional(node, "priority").map(QuestionPriority::fromWireName), optional(node, "rationale"),
                QuestionSource.fromWireName(text(node, "source")), optionalInt(node, "followUpRound"),
                AnswerType.fromWireName(text(node, "answerType")), options);
    }

    private static ObjectNode answer(InterviewAnswer answer) {
        ObjectNode node = JSON.createObjectNode().put("skipped", answer.skipped());
        strings(node.putArray("selectedOptionIds"), answer.selectedOptionIds());
        node.put("freeText", answer.freeText()).put("answeredBy", answer.answeredBy().wireName());
        node.put("answeredAt", answer.answeredAt().map(Instant::toString).orElse(null));
        return node;
    }

    private static InterviewAnswer answer(JsonNode node) {
        List<String> selected = new ArrayList<>();
        node.path("selectedOptionIds").forEach(id -> selected.add(id.asText()));
        return new InterviewAnswer(node.path("skipped").asBoolean(), selected, node.path("freeText").asText(""),
                AnsweredBy.fromWireName(text(node, "answeredBy")), optional(node, "answeredAt").map(Instant::parse));
    }

    static ObjectNode batch(InterviewBatch batch) {
        ObjectNode node = JSON.createObjectNode().put("batchNumber", batch.batchNumber());
        ArrayNode questions = node.putArray("questions");
        batch.questions().forEach(question -> questions.add(question(question)));
        node.putObject("progress").put("current", batch.progress().current()).put("total", batch.progress().total());
        node.put("finalFreeForm", batch.finalFreeForm()).put("commentary", batch.commentary())
                .put("source", batch.source().wireName());
        batch.roundNumber().ifPresent(round -> node.put("roundNumber", round));
        return node;
    }

    static InterviewBatch batch(JsonNode node) {
        JsonNode progress = node.path("progress");
        return new InterviewBatch(node.path("batchNumber").asInt(), list(node, "questions", SessionJson::question),
                new BatchProgress(progress.path("current").asInt(), progress.path("total").asInt()),
                node.path("finalFreeForm").asBoolean(), node.path("commentary").asText(""),
                BatchSource.fromWireName(text(node, "source")), optionalInt(node, "roundNumber"));
    }

    private static SubmittedBatch submitted(JsonNode node) {
        List<String> ids = new ArrayList<>();
        node.path("questionIds").forEach(id -> ids.add(id.asText()));
        return new SubmittedBatch(node.path("batchNumber").asInt(), BatchSource.fromWireName(text(node, "source")),
                optionalInt(node, "roundNumber"), ids, node.path("finalFreeForm").asBoolean(),
                Instant.parse(text(node, "submittedAt")));
    }

    private static FollowUpRound round(JsonNode node) {
        List<String> ids = new ArrayList<>();
        node.path("questionIds").forEach(id -> ids.add(id.asText()));
        return new FollowUpRound(node.path("roundNumber").asInt(), BatchSource.fromWireName(text(node, "source")), ids);
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
        JsonNode array = node.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is not a list");
        }
        List<T> values = new ArrayList<>();
        array.forEach(item -> values.add(read.apply(item)));
        return values;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<Integer> optionalInt(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isInt() ? Optional.of(value.asInt()) : Optional.empty();
    }
}

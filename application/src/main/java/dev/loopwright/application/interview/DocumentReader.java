package dev.loopwright.application.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.approval.DocumentStatus;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.interview.AnswerType;
import dev.loopwright.domain.interview.AnsweredBy;
import dev.loopwright.domain.interview.AnsweredQuestion;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.FollowUpRound;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSummary;
import dev.loopwright.domain.interview.QuestionOption;
import dev.loopwright.domain.interview.QuestionPriority;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the interview file a person edited, field by field. Every wrong field is collected and reported at once
 * with its path (e.g. {@code questions[2].answer.free_text}); nothing is guessed or repaired.
 */
final class DocumentReader {
    private final JsonNode root;
    private final Violations violations = new Violations();

    DocumentReader(JsonNode root) {
        this.root = root;
    }

    InterviewDocument read(ExternalId ticketId) {
        int schemaVersion = integer(root, "schema_version").orElse(0);
        if (schemaVersion != InterviewDocument.SCHEMA_VERSION) {
            violations.add("schema_version", "schema_version must be " + InterviewDocument.SCHEMA_VERSION);
        }
        if (!"interview".equals(text(root, "artifact").orElse(""))) {
            violations.add("artifact", "artifact must be interview");
        }
        if (!ticketId.toString().equals(text(root, "ticket_id").orElse(""))) {
            violations.add("ticket_id", "ticket_id must be " + ticketId);
        }
        DocumentStatus status = parse("status", text(root, "status"), DocumentStatus::fromWireName);
        JsonNode generatedBy = object(root, "generated_by");
        ModelId winner = parse("generated_by.winner_model", text(generatedBy, "winner_model"), ModelId::new);
        Instant generatedAt = instant("generated_by.generated_at", text(generatedBy, "generated_at"));
        List<AnsweredQuestion> questions = list(root, "questions", this::question);
        List<FollowUpRound> rounds = list(root, "follow_up_rounds", this::round);
        InterviewSummary summary = summary(object(root, "summary"));
        Optional<Approval> approval = approval(root.get("approval"));
        violations.throwIfAny();
        Violations whole = new Violations();
        InterviewDocument document = whole.capture(() -> new InterviewDocument(schemaVersion, ticketId, status, winner,
                generatedAt, questions, rounds, summary, approval));
        whole.throwIfAny();
        return document;
    }

    private AnsweredQuestion question(JsonNode node, String path) {
        String id = text(node, "id").orElse(null);
        InterviewPhase phase = parse(path + ".phase", text(node, "phase"), InterviewPhase::fromWireName);
        String prompt = text(node, "prompt").orElse(null);
        Optional<QuestionPriority> priority = text(node, "priority").map(value ->
                parse(path + ".priority", Optional.of(value), QuestionPriority::fromWireName));
        Optional<String> rationale = text(node, "rationale");
        QuestionSource source = parse(path + ".source", text(node, "source"), QuestionSource::fromWireName);
        Optional<Integer> round = integer(node, "follow_up_round");
        AnswerType type = parse(path + ".answer_type", text(node, "answer_type"), AnswerType::fromWireName);
        List<QuestionOption> options = list(node, "options", (option, at) -> capture(at,
                () -> new QuestionOption(text(option, "id").orElse(null), text(option, "label").orElse(null))));
        JsonNode answerNode = object(node, "answer");
        List<String> selected = strings(answerNode, "selected_option_ids");
        AnsweredBy answeredBy = parse(path + ".answer.answered_by", text(answerNode, "answered_by"),
                AnsweredBy::fromWireName);
        String answeredAtText = text(answerNode, "answered_at").orElse("");
        Optional<Instant> answeredAt = answeredAtText.isEmpty() ? Optional.empty()
                : Optional.ofNullable(instant(path + ".answer.answered_at", Optional.of(answeredAtText)));
        boolean skipped = bool(answerNode, "skipped");
        String freeText = text(answerNode, "free_text").orElse("");
        if (phase == null || source == null || type == null || answeredBy == null) {
            return null;
        }
        return capture(path, () -> new AnsweredQuestion(
                new InterviewQuestion(id, prompt, phase, priority, rationale, source, round, type, options),
                new InterviewAnswer(skipped, selected, freeText, answeredBy, answeredAt)));
    }

    private FollowUpRound round(JsonNode node, String path) {
        BatchSource source = parse(path + ".source", text(node, "source"), BatchSource::fromWireName);
        int number = integer(node, "round_number").orElse(0);
        List<String> ids = strings(node, "question_ids");
        return source == null ? null : capture(path, () -> new FollowUpRound(number, source, ids));
    }

    private InterviewSummary summary(JsonNode node) {
        List<String> goals = strings(node, "goals");
        List<String> constraints = strings(node, "constraints");
        List<String> nonGoals = strings(node, "non_goals");
        String finalAnswer = text(node, "final_free_form_answer").orElse("");
        return capture("summary", () -> new InterviewSummary(goals, constraints, nonGoals, finalAnswer));
    }

    private Optional<Approval> approval(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String by = text(node, "approved_by").orElse("");
        String at = text(node, "approved_at").orElse("");
        if (by.isEmpty() && at.isEmpty()) {
            return Optional.empty();
        }
        Instant approvedAt = instant("approval.approved_at", Optional.of(at));
        return approvedAt == null ? Optional.empty()
                : Optional.ofNullable(capture("approval", () -> new Approval(by, approvedAt)));
    }

    // ---- typed field access, collecting what is wrong ------------------------------------------------------

    private <T> T capture(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException invalid) {
            invalid.violations().forEach(v -> violations.add(path, path + ": " + v.message()));
            return null;
        }
    }

    private <T> T parse(String path, Optional<String> value, Function<String, T> parser) {
        if (value.isEmpty()) {
            violations.add(path, path + " is required");
            return null;
        }
        return capture(path, () -> parser.apply(value.get()));
    }

    private Instant instant(String path, Optional<String> value) {
        if (value.isEmpty()) {
            violations.add(path, path + " is required");
            return null;
        }
        try {
            return Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            violations.add(path, path + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
            return null;
        }
    }

    private JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            violations.add(field, field + " must be a mapping");
            return MissingNode.getInstance();
        }
        return value;
    }

    private <T> List<T> list(JsonNode node, String field, ItemReader<T> reader) {
        JsonNode value = node.get(field);
        List<T> items = new ArrayList<>();
        if (value == null || !value.isArray()) {
            violations.add(field, field + " must be a list");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            String path = field + "[" + (i + 1) + "]";
            if (!value.get(i).isObject()) {
                violations.add(path, path + " must be a mapping");
                continue;
            }
            T item = reader.read(value.get(i), path);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            violations.add(field, field + " must be a list of strings");
            return items;
        }
        value.forEach(item -> {
            if (item.isValueNode() && !item.isNull()) {
                items.add(item.asText());
            } else {
                violations.add(field, field + " must be a list of strings");
            }
        });
        return items;
    }

    private Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            violations.add(field, field + " must be text");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private Optional<Integer> integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isInt()) {
            return Optional.of(value.asInt());
        }
        if (value.isTextual() && value.asText().matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(value.asText()));
        }
        violations.add(field, field + " must be a whole number");
        return Optional.empty();
    }

    private boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            violations.add(field, field + " must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode node, String path);
    }
}

package dev.loopwright.application.prd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.AnsweredBy;
import dev.loopwright.domain.interview.AnsweredQuestion;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member's "full answers": the approved interview with every skipped question answered by that member, marked
 * {@code answered_by: ai_skip} and not skipped. The model only writes answers ({@code answers: [{id,
 * selected_option_ids, free_text}]}); we lay them over the approved interview, so it cannot change a question, an
 * option or an answer the author gave.
 */
final class FullAnswers {
    static final String ROOT = "answers";

    private FullAnswers() {
    }

    /** The approved interview as it stands when nothing was skipped: no model needs asking. */
    static InterviewDocument synthetic(InterviewDocument approved) {
        return approved.asDraft();
    }

    /** Reads a model's answers to the skipped questions of {@code approved} and fills them in. */
    static Validated<InterviewDocument> read(JsonNode document, InterviewDocument approved, Instant now) {
        JsonNode list = document.get(ROOT);
        if (list == null || !list.isArray()) {
            return Validated.invalid("'" + ROOT + "' must be a list with one entry per skipped question");
        }
        List<String> skipped = approved.skippedQuestionIds();
        List<String> warnings = new ArrayList<>();
        Map<String, InterviewAnswer> filled = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String id = entry.path("id").asText("").strip();
            String field = ROOT + "[" + (i + 1) + "]";
            if (!entry.isObject() || id.isEmpty()) {
                problems.add(field + " must be a mapping with an id");
                continue;
            }
            if (!skipped.contains(id)) {
                warnings.add(field + ": " + id + " was not skipped, so the author's answer stands; the entry was"
                        + " ignored");
                continue;
            }
            if (filled.containsKey(id)) {
                problems.add(id + " is answered twice");
                continue;
            }
            Optional<String> problem = answer(entry, approved.question(id).orElseThrow(), now, filled);
            problem.ifPresent(text -> problems.add(id + ": " + text));
        }
        List<String> missing = skipped.stream().filter(id -> !filled.containsKey(id)).toList();
        if (!missing.isEmpty() && problems.isEmpty()) {
            problems.add("every skipped question needs an answer; missing: " + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(String.join("; ", problems));
        }
        List<AnsweredQuestion> questions = approved.questions().stream()
                .map(item -> new AnsweredQuestion(item.question(), filled.getOrDefault(item.id(), item.answer())))
                .toList();
        InterviewDocument full = new InterviewDocument(approved.schemaVersion(), approved.ticketId(),
                approved.status(), approved.winnerModel(), approved.generatedAt(), questions,
                approved.followUpRounds(), approved.summary(), approved.approval()).asDraft();
        return Validated.valid(full, warnings);
    }

    private static Optional<String> answer(JsonNode entry, AnsweredQuestion item, Instant now,
            Map<String, InterviewAnswer> filled) {
        List<String> selected = new ArrayList<>();
        JsonNode ids = entry.path("selected_option_ids");
        if (ids.isValueNode() && !ids.isNull() && !ids.asText().isBlank()) {
            selected.add(ids.asText().strip());
        } else if (ids.isArray()) {
            ids.forEach(id -> selected.add(id.asText("").strip()));
        }
        JsonNode text = entry.path("free_text");
        String freeText = text.isValueNode() && !text.isNull() ? text.asText().strip() : "";
        if (freeText.isEmpty() && selected.isEmpty()) {
            return Optional.of("give free_text or selected_option_ids; the question may not stay unanswered");
        }
        Set<String> known = item.question().optionIds();
        if (!item.question().answerType().isChoice() && !selected.isEmpty()) {
            return Optional.of("is free_text: put the answer in free_text and leave selected_option_ids empty");
        }
        for (String id : selected) {
            if (!known.contains(id)) {
                return Optional.of("has no option '" + id + "'; the options are " + String.join(", ", known));
            }
        }
        try {
            InterviewAnswer answer = new InterviewAnswer(false, selected, freeText, AnsweredBy.AI_SKIP,
                    Optional.of(now));
            answer.checkAgainst(item.question());
            filled.put(item.id(), answer);
            return Optional.empty();
        } catch (ValidationException invalid) {
            return Optional.of(invalid.getMessage());
        }
    }
}

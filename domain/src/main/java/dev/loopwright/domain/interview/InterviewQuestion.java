package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One interview question as asked. Choice questions must offer a readable set of distinct options; free-text
 * questions offer none (the user always has a free-text field, so no "Other" option is needed).
 *
 * @param prompt the question text
 * @param rationale why the interviewer asks it; blank is read as absent
 * @param followUpRound the follow-up round that introduced the question; compiled questions have none
 */
public record InterviewQuestion(
        String id,
        String prompt,
        InterviewPhase phase,
        Optional<QuestionPriority> priority,
        Optional<String> rationale,
        QuestionSource source,
        Optional<Integer> followUpRound,
        AnswerType answerType,
        List<QuestionOption> options) {

    public InterviewQuestion {
        String field = "questions[" + QuestionIds.label(id) + "]";
        Violations violations = new Violations();
        QuestionIds.check(violations, field + ".id", id);
        FieldChecks.text(violations, field + ".prompt", prompt);
        violations.required(field + ".phase", phase);
        violations.required(field + ".source", source);
        violations.required(field + ".answerType", answerType);
        priority = FieldChecks.orEmpty(priority);
        rationale = FieldChecks.orEmpty(rationale).filter(text -> !text.isBlank());
        followUpRound = FieldChecks.orEmpty(followUpRound);
        options = FieldChecks.list(violations, field + ".options", options);

        checkRound(violations, field, source, followUpRound);
        if (answerType != null) {
            checkOptions(violations, field, answerType, options);
        }
        violations.throwIfAny();
    }

    /** A compiled free-text question, the shape the council's question list has before the interview starts. */
    public static InterviewQuestion compiled(String id, InterviewPhase phase, String prompt) {
        return new InterviewQuestion(id, prompt, phase, Optional.empty(), Optional.empty(), QuestionSource.COMPILED,
                Optional.empty(), AnswerType.FREE_TEXT, List.of());
    }

    public Set<String> optionIds() {
        return options.stream().map(QuestionOption::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<QuestionOption> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    public boolean isFollowUp() {
        return source == QuestionSource.PROMPT_FOLLOW_UP || source == QuestionSource.COVERAGE_FOLLOW_UP;
    }

    /** Follow-ups are counted per round against a budget, so they must say which round they belong to. */
    private static void checkRound(Violations violations, String field, QuestionSource source,
            Optional<Integer> round) {
        round.filter(number -> number < 1).ifPresent(number ->
                violations.add(field + ".followUpRound", field + ".followUpRound must be at least 1, got " + number));
        if (source == QuestionSource.COMPILED && round.isPresent()) {
            violations.add(field + ".followUpRound", field + ".followUpRound must be absent for a compiled question");
        }
        if ((source == QuestionSource.PROMPT_FOLLOW_UP || source == QuestionSource.COVERAGE_FOLLOW_UP)
                && round.isEmpty()) {
            violations.add(field + ".followUpRound", field + ".followUpRound is required for a "
                    + source.wireName() + " question");
        }
    }

    private static void checkOptions(Violations violations, String field, AnswerType type,
            List<QuestionOption> options) {
        String optionsField = field + ".options";
        if (!type.isChoice()) {
            if (!options.isEmpty()) {
                violations.add(optionsField, optionsField + " must be empty for a free_text question");
            }
            return;
        }
        if (options.size() < type.minOptions() || options.size() > type.maxOptions()) {
            violations.add(optionsField, optionsField + " must have between " + type.minOptions() + " and "
                    + type.maxOptions() + " entries for a " + type.wireName() + " question, got " + options.size());
        }
        Set<String> repeated = FieldChecks.duplicates(options.stream().map(QuestionOption::id).toList());
        if (!repeated.isEmpty()) {
            violations.add(optionsField, optionsField + " must have unique ids; repeated: "
                    + String.join(", ", repeated));
        }
    }
}

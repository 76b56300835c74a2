package dev.loopwright.application.interview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.AnswerType;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.QuestionOption;
import dev.loopwright.domain.interview.QuestionPriority;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lenient parts of reading one question a model wrote: the answer type under its usual other names, options
 * as plain strings or objects, phase and priority in any case. Each repair is reported as a warning; what cannot
 * be repaired is left for the caller to refuse.
 */
final class QuestionReader {
    private static final Map<String, AnswerType> TYPES = Map.ofEntries(
            Map.entry("freetext", AnswerType.FREE_TEXT), Map.entry("text", AnswerType.FREE_TEXT),
            Map.entry("open", AnswerType.FREE_TEXT), Map.entry("singlechoice", AnswerType.SINGLE_CHOICE),
            Map.entry("single", AnswerType.SINGLE_CHOICE), Map.entry("radio", AnswerType.SINGLE_CHOICE),
            Map.entry("choice", AnswerType.SINGLE_CHOICE), Map.entry("multiplechoice", AnswerType.MULTIPLE_CHOICE),
            Map.entry("multiple", AnswerType.MULTIPLE_CHOICE), Map.entry("multi", AnswerType.MULTIPLE_CHOICE),
            Map.entry("multichoice", AnswerType.MULTIPLE_CHOICE), Map.entry("checkbox", AnswerType.MULTIPLE_CHOICE));
    private static final Set<String> YES_NO = Set.of("yesno", "boolean", "bool");

    /** An answer type and its options, after repairs. */
    record Choice(AnswerType type, List<QuestionOption> options) {
    }

    private QuestionReader() {
    }

    static Optional<InterviewPhase> phase(JsonNode item) {
        String raw = text(item, "phase").toLowerCase(Locale.ROOT);
        try {
            return raw.isEmpty() ? Optional.empty() : Optional.of(InterviewPhase.fromWireName(raw));
        } catch (ValidationException unknown) {
            return Optional.empty();
        }
    }

    static Optional<QuestionPriority> priority(JsonNode item, String label, List<String> warnings) {
        String raw = text(item, "priority").toLowerCase(Locale.ROOT);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuestionPriority.fromWireName(raw));
        } catch (ValidationException unknown) {
            warnings.add(label + ": dropped the unknown priority '" + raw + "'");
            return Optional.empty();
        }
    }

    /** Empty when the answer type is not one we know under any name. */
    static Optional<Choice> choice(JsonNode item, String label, List<String> warnings) {
        String raw = text(item, "answer_type").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (YES_NO.contains(raw)) {
            warnings.add(label + ": a yes/no question became a single choice of Yes and No");
            return Optional.of(new Choice(AnswerType.SINGLE_CHOICE,
                    List.of(new QuestionOption("yes", "Yes"), new QuestionOption("no", "No"))));
        }
        AnswerType type = raw.isEmpty() ? AnswerType.FREE_TEXT : TYPES.get(raw);
        if (type == null) {
            return Optional.empty();
        }
        List<QuestionOption> options = options(item.get("options"), label, warnings);
        if (!type.isChoice()) {
            if (!options.isEmpty()) {
                warnings.add(label + ": dropped the options of a free_text question");
            }
            return Optional.of(new Choice(type, List.of()));
        }
        if (options.size() < type.minOptions()) {
            warnings.add(label + ": a " + type.wireName() + " question with fewer than two options became free_text");
            return Optional.of(new Choice(AnswerType.FREE_TEXT, List.of()));
        }
        if (options.size() > type.maxOptions()) {
            warnings.add(label + ": kept the first " + type.maxOptions() + " of " + options.size() + " options");
            options = options.subList(0, type.maxOptions());
        }
        return Optional.of(new Choice(type, options));
    }

    /** Strings become options {@code opt1}, {@code opt2} …; a repeated id or an unusable entry is dropped. */
    private static List<QuestionOption> options(JsonNode list, String label, List<String> warnings) {
        List<QuestionOption> options = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return options;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String id = entry.isObject() ? text(entry, "id") : "";
            String text = entry.isObject() ? text(entry, "label") : entry.isValueNode() ? entry.asText("").strip() : "";
            if (id.isEmpty()) {
                id = "opt" + (i + 1);
            }
            if (text.isEmpty() || !seen.add(id)) {
                warnings.add(label + ": dropped option " + (i + 1) + (text.isEmpty() ? " without a label"
                        : ", which repeats the id " + id));
                continue;
            }
            try {
                options.add(new QuestionOption(id, text));
            } catch (ValidationException unusable) {
                warnings.add(label + ": dropped option " + (i + 1) + " with the unusable id '" + id + "'");
            }
        }
        return options;
    }

    static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText("").strip() : "";
    }
}

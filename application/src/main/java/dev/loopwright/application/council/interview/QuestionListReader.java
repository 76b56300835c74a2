package dev.loopwright.application.council.interview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a {@code questions} list written by a model. Deterministic repairs only, each reported: numeric ids
 * become {@code Q01} style, repeated or unusable ids get fresh numbers above the highest, and questions are put in
 * phase order (keeping their order within a phase). Unknown phases, empty questions and too many questions are
 * errors the model must fix.
 */
final class QuestionListReader {
    static final String ROOT = "questions";
    private static final Pattern NUMBERED = Pattern.compile("q?[\\s_-]*0*(\\d{1,4})");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private QuestionListReader() {
    }

    /**
     * @param limit the most questions allowed; 0 means no limit (the profile's way to say "as many as needed")
     */
    static Validated<InterviewQuestionList> read(JsonNode document, int limit) {
        JsonNode list = document.get(ROOT);
        if (list == null || !list.isArray() || list.isEmpty()) {
            return Validated.invalid("'" + ROOT + "' must be a non-empty list of {id, phase, question}");
        }
        if (limit > 0 && list.size() > limit) {
            return Validated.invalid("there are " + list.size() + " questions; at most " + limit
                    + " are allowed");
        }
        List<String> warnings = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String field = ROOT + "[" + (i + 1) + "]";
            if (!item.isObject()) {
                return Validated.invalid(field + " must be an object with id, phase and question");
            }
            String text = firstText(item, "question", "prompt", "text").strip();
            if (text.isEmpty()) {
                return Validated.invalid(field + ".question is empty");
            }
            Optional<InterviewPhase> phase = phase(item.path("phase").asText(""));
            if (phase.isEmpty()) {
                return Validated.invalid(field + ".phase must be foundation, structure or assembly; got '"
                        + item.path("phase").asText("") + "'");
            }
            entries.add(new Entry(i, id(item.get("id")), phase.get(), text));
        }
        List<Entry> numbered = renumber(entries, warnings);
        List<Entry> ordered = new ArrayList<>(numbered);
        ordered.sort(Comparator.comparing(Entry::phase));
        if (!ordered.equals(numbered)) {
            warnings.add("questions were put in phase order: foundation, structure, assembly");
        }
        try {
            return Validated.valid(new InterviewQuestionList(ordered.stream()
                    .map(entry -> InterviewQuestion.compiled(entry.id(), entry.phase(), entry.text())).toList()),
                    warnings);
        } catch (ValidationException | IllegalArgumentException invalid) {
            return Validated.invalid(invalid.getMessage());
        }
    }

    private record Entry(int position, String id, InterviewPhase phase, String text) {
        Entry withId(String newId) {
            return new Entry(position, newId, phase, text);
        }
    }

    /** Keeps each first use of an id; gives repeated or missing ids fresh numbers above the highest one. */
    private static List<Entry> renumber(List<Entry> entries, List<String> warnings) {
        int highest = entries.stream().mapToInt(entry -> number(entry.id()).orElse(0)).max().orElse(0);
        Set<String> seen = new HashSet<>();
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.id().isEmpty() && seen.add(entry.id())) {
                result.add(entry);
                continue;
            }
            String fresh = format(++highest);
            seen.add(fresh);
            warnings.add("question " + (entry.position() + 1) + (entry.id().isEmpty() ? " had no usable id"
                    : " repeated the id " + entry.id()) + "; it is now " + fresh);
            result.add(entry.withId(fresh));
        }
        return result;
    }

    /** The canonical form of an id: numbers become Q01 style; other well-formed ids stay; anything else is empty. */
    private static String id(JsonNode node) {
        String raw = node == null || !node.isValueNode() ? "" : node.asText("").strip();
        Matcher numbered = NUMBERED.matcher(raw.toLowerCase(Locale.ROOT));
        if (numbered.matches()) {
            return format(Integer.parseInt(numbered.group(1)));
        }
        return OTHER_ID.matcher(raw).matches() ? raw : "";
    }

    private static Optional<Integer> number(String id) {
        Matcher numbered = NUMBERED.matcher(id.toLowerCase(Locale.ROOT));
        return numbered.matches() ? Optional.of(Integer.parseInt(numbered.group(1))) : Optional.empty();
    }

    private static String format(int number) {
        return String.format(Locale.ROOT, "Q%02d", number);
    }

    private static Optional<InterviewPhase> phase(String value) {
        try {
            return Optional.of(InterviewPhase.fromWireName(value.strip()));
        } catch (ValidationException unknown) {
            return Optional.empty();
        }
    }

    private static String firstText(JsonNode item, String... fields) {
        for (String field : fields) {
            JsonNode value = item.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText("");
            }
        }
        return "";
    }
}

package dev.loopwright.application.interview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the coverage reviewer's reply: clean, or gaps with follow-up questions. The reply is untrusted: the status
 * is read under its usual other names, the follow-ups become coverage follow-ups of the next coverage round with ids
 * {@code CFU<n>} that collide with nothing in the session, and they are cut to what the pass may ask. A reply that
 * says clean but lists gaps, or finds gaps without a question while questions may be asked, is refused.
 */
final class CoverageReader {
    static final String STATUS = "status";
    static final String GAPS = "gaps";
    static final String FOLLOW_UPS = "follow_up_questions";
    private static final StructuredOutputParser PARSER =
            new StructuredOutputParser(Set.of(STATUS, GAPS, FOLLOW_UPS), Optional.empty());
    private static final Map<String, Boolean> CLEAN = Map.ofEntries(Map.entry("clean", true), Map.entry("pass", true),
            Map.entry("passed", true), Map.entry("ok", true), Map.entry("complete", true),
            Map.entry("covered", true), Map.entry("gaps", false), Map.entry("gap", false), Map.entry("fail", false),
            Map.entry("failed", false), Map.entry("incomplete", false), Map.entry("gapsfound", false));
    private static final Pattern COVERAGE_ID = Pattern.compile("CFU[1-9][0-9]{0,3}");
    /** The closing question's usual id, kept free even before it is asked. */
    private static final String CLOSING_ID = "QFF1";

    /** What the review found: clean, or the gaps and the follow-ups to ask about them (possibly none). */
    record Verdict(boolean clean, List<String> gaps, List<InterviewQuestion> followUps) {
        Verdict {
            gaps = List.copyOf(gaps);
            followUps = List.copyOf(followUps);
        }
    }

    private CoverageReader() {
    }

    /** @param followUpLimit how many follow-ups this pass may ask; more are cut, and 0 drops them all */
    static Validated<Verdict> read(String reply, InterviewSession session, int followUpLimit) {
        ParseOutcome outcome = PARSER.parse(reply);
        if (outcome instanceof ParseOutcome.Failed) {
            ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
            return new Validated.Invalid<>(failed.message(), !failed.failure().corrective());
        }
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        List<String> warnings = new ArrayList<>(parsed.warnings());
        try {
            return verdict(parsed.document(), session, followUpLimit, warnings);
        } catch (ValidationException | IllegalArgumentException wrong) {
            return new Validated.Invalid<>(wrong.getMessage(), false);
        }
    }

    private static Validated<Verdict> verdict(JsonNode document, InterviewSession session, int followUpLimit,
            List<String> warnings) {
        List<String> gaps = texts(document.get(GAPS));
        JsonNode list = document.get(FOLLOW_UPS);
        if (list != null && !list.isNull() && !list.isArray()) {
            return invalid(FOLLOW_UPS + " must be a list");
        }
        int listed = list == null || list.isNull() ? 0 : list.size();
        String rawStatus = QuestionReader.text(document, STATUS).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        Boolean clean = rawStatus.isEmpty() ? null : CLEAN.get(rawStatus.replaceFirst("^coverage", ""));
        if (clean == null && !rawStatus.isEmpty()) {
            return invalid("status must be clean or gaps, not '" + QuestionReader.text(document, STATUS) + "'");
        }
        if (clean == null) {
            if (gaps.isEmpty() && listed == 0) {
                return invalid("status is missing: reply clean, or gaps with the gaps listed");
            }
            warnings.add("the status was missing; read as gaps because gaps or follow-ups were listed");
            clean = false;
        }
        if (clean) {
            if (!gaps.isEmpty()) {
                return invalid("status is clean but " + gaps.size() + " gap(s) are listed; reply gaps, or clean with"
                        + " gaps: []");
            }
            if (listed > 0) {
                warnings.add("dropped the " + listed + " follow-up question(s) of a clean reply");
            }
            return Validated.valid(new Verdict(true, List.of(), List.of()), warnings);
        }
        if (followUpLimit == 0) {
            if (listed > 0) {
                warnings.add("dropped the " + listed + " follow-up question(s): this pass may ask none");
            }
            return Validated.valid(new Verdict(false, gaps, List.of()), warnings);
        }
        if (listed == 0) {
            return invalid("status is gaps but follow_up_questions is empty; ask up to " + followUpLimit
                    + " follow-up question(s) about the gaps");
        }
        if (listed > followUpLimit) {
            warnings.add("kept the first " + followUpLimit + " of " + listed
                    + " follow-up questions: the follow-up budget allows no more");
        }
        int round = session.nextRoundNumber(BatchSource.COVERAGE);
        Set<String> taken = new HashSet<>(session.questionIds());
        taken.add(CLOSING_ID);
        List<InterviewQuestion> questions = new ArrayList<>();
        for (int i = 0; i < Math.min(listed, followUpLimit); i++) {
            JsonNode item = list.get(i);
            String label = FOLLOW_UPS + "[" + (i + 1) + "]";
            if (!item.isObject()) {
                return invalid(label + " must be a mapping with id, phase, question and answer_type");
            }
            String prompt = QuestionReader.text(item, "question");
            if (prompt.isEmpty()) {
                return invalid(label + ".question is empty");
            }
            Optional<InterviewPhase> phase = QuestionReader.phase(item);
            if (phase.isEmpty()) {
                return invalid(label + ".phase must be foundation, structure or assembly");
            }
            Optional<QuestionReader.Choice> choice = QuestionReader.choice(item, label, warnings);
            if (choice.isEmpty()) {
                return invalid(label + ".answer_type must be free_text, single_choice or multiple_choice");
            }
            String id = id(QuestionReader.text(item, "id"), taken, label, warnings);
            questions.add(new InterviewQuestion(id, prompt, phase.get(), QuestionReader.priority(item, label, warnings),
                    Optional.of(QuestionReader.text(item, "rationale")), QuestionSource.COVERAGE_FOLLOW_UP,
                    Optional.of(round), choice.get().type(), choice.get().options()));
        }
        return Validated.valid(new Verdict(false, gaps, questions), warnings);
    }

    /** The model's id when it is a free {@code CFU<n>}, else the first free one; the id is then taken. */
    private static String id(String asked, Set<String> taken, String label, List<String> warnings) {
        String id = asked;
        if (!COVERAGE_ID.matcher(asked).matches() || taken.contains(asked)) {
            int n = 1;
            while (taken.contains("CFU" + n)) {
                n++;
            }
            id = "CFU" + n;
            warnings.add(label + ": " + (asked.isEmpty() ? "gave the question without an id" : "renamed " + asked)
                    + " to " + id);
        }
        taken.add(id);
        return id;
    }

    /** A list of strings, or one string read as a list of one; blanks are left out. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return texts;
        }
        if (node.isValueNode()) {
            if (!node.asText("").isBlank()) {
                texts.add(node.asText().strip());
            }
            return texts;
        }
        node.forEach(item -> {
            if (item.isValueNode() && !item.asText("").isBlank()) {
                texts.add(item.asText().strip());
            } else if (item.isObject() && item.size() == 1 && item.elements().next().isValueNode()) {
                // "gaps: [- Who: is unclear]" parses as a mapping; keep it as the sentence it was.
                var entry = item.fields().next();
                texts.add((entry.getKey() + ": " + entry.getValue().asText()).strip());
            }
        });
        return texts;
    }

    private static Validated<Verdict> invalid(String error) {
        return new Validated.Invalid<>(error, false);
    }
}

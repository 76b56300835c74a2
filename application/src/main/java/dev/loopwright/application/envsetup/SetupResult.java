package dev.loopwright.application.envsetup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.setup.SetupStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the setup agent says it did, read from its {@value #TAG} block. The agent's word is untrusted: the block is
 * read strictly (known keys only, closed sets of values, bounded text), every step it reports must be one of the
 * approved plan's, and a "ready" verdict must report every required step done. Even then it is only a claim; the
 * phase verifies the working copy itself.
 */
record SetupResult(Verdict verdict, String summary, List<StepOutcome> steps, List<String> cautions) {
    static final String TAG = "EXECUTION_SETUP_RESULT";
    private static final int MAX_TEXT = 4_000;
    private static final int MAX_ENTRIES = 100;
    private static final Set<String> ROOT = Set.of("status", "summary", "steps", "cautions");
    private static final Set<String> STEP = Set.of("id", "status", "note");
    private static final StructuredOutputParser PARSER = new StructuredOutputParser(Set.of("status", "summary"),
            Optional.of(TAG));

    enum Verdict { READY, FAILED }

    enum StepStatus { DONE, FAILED, SKIPPED }

    record StepOutcome(String id, StepStatus status, String note) {
    }

    /** A reply read: the result, or why it cannot be used and whether asking again in the session may fix it. */
    sealed interface Reading permits Usable, Unusable {
    }

    record Usable(SetupResult result, List<String> warnings) implements Reading {
    }

    record Unusable(String problem, boolean corrective) implements Reading {
    }

    SetupResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }

    static Reading read(String reply, ExecutionSetupPlan plan) {
        ParseOutcome outcome = PARSER.parse(reply);
        if (outcome instanceof ParseOutcome.Failed) {
            ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
            return new Unusable(failed.message(), failed.failure().corrective());
        }
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        List<String> problems = new ArrayList<>();
        SetupResult result = fields(parsed.document(), plan, problems);
        if (!problems.isEmpty()) {
            return new Unusable(String.join("; ", problems), true);
        }
        return new Usable(result, parsed.warnings());
    }

    private static SetupResult fields(JsonNode root, ExecutionSetupPlan plan, List<String> problems) {
        unknownKeys(root, ROOT, "the result", problems);
        Verdict verdict = choice(root.get("status"), Verdict.class, "status", problems);
        String summary = text(root.get("summary"), "summary", true, problems);
        Map<String, SetupStep> approved = plan.steps().stream()
                .collect(Collectors.toMap(SetupStep::id, step -> step));
        List<StepOutcome> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : array(root.get("steps"), "steps", problems)) {
            if (!node.isObject()) {
                problems.add("each entry of steps must be an object");
                continue;
            }
            String id = text(node.get("id"), "steps[].id", true, problems);
            unknownKeys(node, STEP, "step " + id, problems);
            StepStatus status = choice(node.get("status"), StepStatus.class, "step " + id + " status", problems);
            String note = text(node.get("note"), "step " + id + " note", false, problems);
            if (!id.isEmpty() && !approved.containsKey(id)) {
                problems.add("step " + id + " is not a step of the approved plan (" + String.join(", ",
                        approved.keySet()) + ")");
            } else if (!id.isEmpty() && !seen.add(id)) {
                problems.add("step " + id + " is reported twice");
            } else if (status != null) {
                steps.add(new StepOutcome(id, status, note));
            }
        }
        List<String> cautions = new ArrayList<>();
        for (JsonNode caution : array(root.get("cautions"), "cautions", problems)) {
            cautions.add(text(caution, "cautions[]", true, problems));
        }
        if (verdict == Verdict.READY) {
            for (SetupStep step : plan.steps()) {
                boolean done = steps.stream().anyMatch(o -> o.id().equals(step.id()) && o.status() == StepStatus.DONE);
                if (step.required() && !done) {
                    problems.add("status is ready but the required step " + step.id() + " is not reported done");
                }
            }
        }
        return problems.isEmpty() ? new SetupResult(verdict, summary, steps, cautions) : null;
    }

    /** The reported failures of steps, for the note to the next attempt. */
    String failedSteps() {
        return steps.stream().filter(step -> step.status() == StepStatus.FAILED)
                .map(step -> step.id() + (step.note().isEmpty() ? "" : " (" + step.note() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(where + " has an unknown field " + name);
            }
        }
    }

    private static <E extends Enum<E>> E choice(JsonNode node, Class<E> type, String field, List<String> problems) {
        if (node != null && node.isTextual()) {
            for (E value : type.getEnumConstants()) {
                if (value.name().toLowerCase(Locale.ROOT).equals(node.asText())) {
                    return value;
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            allowed.add(value.name().toLowerCase(Locale.ROOT));
        }
        problems.add(field + " must be one of " + String.join(", ", allowed));
        return null;
    }

    private static String text(JsonNode node, String field, boolean required, List<String> problems) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(field + " is required");
            }
            return "";
        }
        if (!node.isTextual() || (required && node.asText().isBlank())) {
            problems.add(field + " must be text");
            return "";
        }
        if (node.asText().length() > MAX_TEXT) {
            problems.add(field + " is longer than " + MAX_TEXT + " characters");
            return "";
        }
        return node.asText().strip();
    }

    private static List<JsonNode> array(JsonNode node, String field, List<String> problems) {
        List<JsonNode> entries = new ArrayList<>();
        if (node == null || node.isNull()) {
            return entries;
        }
        if (!node.isArray() || node.size() > MAX_ENTRIES) {
            problems.add(field + " must be a list of at most " + MAX_ENTRIES + " entries");
            return entries;
        }
        node.forEach(entries::add);
        return entries;
    }
}

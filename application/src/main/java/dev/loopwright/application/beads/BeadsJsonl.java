package dev.loopwright.application.beads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.council.beads.BlueprintYaml;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadBlueprint;
import dev.loopwright.domain.bead.BeadDependencies;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.bead.ContextGuidance;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bead plan in the reference's JSON Lines format ({@code issues.jsonl}): one bead per line, in plan order, with
 * its field names. We always write it ourselves from a validated {@link BeadPlan}, so the text and its hash depend
 * only on the plan. Reading is strict: a line or bead that does not validate is refused with what is wrong.
 */
public final class BeadsJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BeadsJsonl() {
    }

    public static String write(BeadPlan plan) {
        StringBuilder text = new StringBuilder();
        plan.beads().forEach(bead -> text.append(node(bead).toString()).append('\n'));
        return text.toString();
    }

    public static ObjectNode node(Bead bead) {
        ObjectNode node = BlueprintYaml.node(new BeadBlueprint(bead.id(), bead.title(), bead.prdRefs(),
                bead.description(), bead.contextGuidance(), bead.acceptanceCriteria(), bead.tests(),
                bead.testCommands()));
        ObjectNode line = JSON.createObjectNode();
        line.setAll(node);
        line.put("priority", bead.priority()).put("status", bead.status().wireName())
                .put("issueType", bead.issueType()).put("externalRef", bead.externalRef().toString());
        strings(line.putArray("labels"), bead.labels());
        ObjectNode dependencies = line.putObject("dependencies");
        strings(dependencies.putArray("blocked_by"), bead.dependencies().blockedBy());
        strings(dependencies.putArray("blocks"), bead.dependencies().blocks());
        strings(line.putArray("targetFiles"), bead.targetFiles());
        notes(line.putArray("failedIterationNotes"), bead.failedIterationNotes());
        notes(line.putArray("userRetryNotes"), bead.userRetryNotes());
        notes(line.putArray("finalizationFailureNotes"), bead.finalizationFailureNotes());
        line.put("iteration", bead.iteration());
        line.put("createdAt", bead.createdAt().map(Instant::toString).orElse(""));
        line.put("updatedAt", bead.updatedAt().map(Instant::toString).orElse(""));
        line.put("startedAt", bead.startedAt().map(Instant::toString).orElse(""));
        line.put("completedAt", bead.completedAt().map(Instant::toString).orElse(""));
        if (bead.beadStartCommit().isPresent()) {
            line.put("beadStartCommit", bead.beadStartCommit().get());
        } else {
            line.putNull("beadStartCommit");
        }
        return line;
    }

    /** The stored plan; text we wrote that no longer reads is reported as a {@link ValidationException}. */
    public static BeadPlan read(String jsonl, ExternalId ticket) {
        ArrayNode items = JSON.createArrayNode();
        String[] lines = jsonl.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(JSON.readTree(lines[i]));
            } catch (JsonProcessingException unreadable) {
                throw ValidationException.of("line " + (i + 1), "line " + (i + 1) + " is not JSON");
            }
        }
        return fromArray(items, ticket);
    }

    /** The beads as a JSON array, for the API. */
    public static ArrayNode array(BeadPlan plan) {
        ArrayNode array = JSON.createArrayNode();
        plan.beads().forEach(bead -> array.add(node(bead)));
        return array;
    }

    /**
     * A plan from a JSON array of beads (what a person sends to replace the plan). Every bead is checked in full,
     * then the graph: unknown or self dependencies, cycles and duplicate ids are refused. The ticket reference is
     * ours and set to this ticket; reverse edges are derived again, whatever was sent.
     */
    public static BeadPlan fromArray(JsonNode array, ExternalId ticket) {
        if (array == null || !array.isArray()) {
            throw ValidationException.of("beads", "the bead plan must be a JSON array of beads");
        }
        Violations violations = new Violations();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String field = "beads[" + i + "]";
            if (!item.isObject()) {
                violations.add(field, field + " must be an object");
                continue;
            }
            Bead bead = violations.capture(() -> bead(item, ticket));
            if (bead != null) {
                beads.add(bead);
            }
        }
        violations.throwIfAny();
        return new BeadPlan(beads).withDerivedBlocks();
    }

    private static Bead bead(JsonNode item, ExternalId ticket) {
        Violations violations = new Violations();
        String id = text(item, "id");
        String field = "beads[" + (id == null || id.isEmpty() ? "?" : id) + "]";
        JsonNode guidance = item.path("contextGuidance");
        BeadStatus status = violations.capture(() -> BeadStatus.fromWireName(text(item, "status")));
        JsonNode priority = item.get("priority");
        if (priority == null || !priority.isInt()) {
            violations.add(field + ".priority", field + ".priority must be a whole number of at least 1");
        }
        JsonNode iteration = item.get("iteration");
        if (iteration != null && !iteration.isNull() && !iteration.isInt()) {
            violations.add(field + ".iteration", field + ".iteration must be a whole number of at least 1");
        }
        JsonNode dependencies = item.get("dependencies");
        if (dependencies == null || !dependencies.isObject() || !dependencies.path("blocked_by").isArray()) {
            violations.add(field + ".dependencies", field + ".dependencies must be {blocked_by: [..], blocks: [..]}");
        }
        List<BeadNote> failed = notes(item, "failedIterationNotes", field, violations);
        List<BeadNote> retry = notes(item, "userRetryNotes", field, violations);
        List<BeadNote> finalization = notes(item, "finalizationFailureNotes", field, violations);
        Optional<Instant> createdAt = instant(item, "createdAt", field, violations);
        Optional<Instant> updatedAt = instant(item, "updatedAt", field, violations);
        Optional<Instant> startedAt = instant(item, "startedAt", field, violations);
        Optional<Instant> completedAt = instant(item, "completedAt", field, violations);
        violations.throwIfAny();
        JsonNode commit = item.get("beadStartCommit");
        return new Bead(id, text(item, "title"), texts(item.get("prdRefs")), text(item, "description"),
                guidance.isObject() ? new ContextGuidance(texts(guidance.get("patterns")),
                        texts(guidance.get("anti_patterns"))) : null,
                texts(item.get("acceptanceCriteria")), texts(item.get("tests")), texts(item.get("testCommands")),
                priority.asInt(), status, text(item, "issueType"), ticket, texts(item.get("labels")),
                new BeadDependencies(texts(dependencies.get("blocked_by")), texts(dependencies.get("blocks"))),
                texts(item.get("targetFiles")), failed, retry, finalization,
                iteration == null || iteration.isNull() ? 1 : iteration.asInt(), createdAt, updatedAt, startedAt,
                completedAt, commit == null || commit.isNull() || commit.asText().isEmpty() ? Optional.empty()
                        : Optional.of(commit.asText()));
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Strings only; anything else in a list is kept as null, which the bead's checks then name. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return node == null || node.isNull() ? texts : null;
        }
        node.forEach(value -> texts.add(value.isTextual() ? value.asText() : null));
        return texts;
    }

    private static List<BeadNote> notes(JsonNode item, String name, String field, Violations violations) {
        JsonNode list = item.get(name);
        List<BeadNote> notes = new ArrayList<>();
        if (list == null || list.isNull()) {
            return notes;
        }
        if (!list.isArray()) {
            violations.add(field + "." + name, field + "." + name + " must be a list of notes");
            return notes;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode note = list.get(i);
            String label = field + "." + name + "[" + i + "]";
            if (!note.isObject()) {
                violations.add(label, label + " must be {timestamp, iteration, content, errorCode?}");
                continue;
            }
            Optional<Instant> timestamp = instant(note, "timestamp", label, violations);
            JsonNode errorCode = note.get("errorCode");
            BeadNote read = violations.capture(() -> new BeadNote(timestamp.orElse(null),
                    note.path("iteration").isInt() ? note.get("iteration").asInt() : 0, text(note, "content"),
                    Optional.ofNullable(errorCode != null && errorCode.isTextual() ? errorCode.asText() : null)));
            if (read != null) {
                notes.add(read);
            }
        }
        return notes;
    }

    private static Optional<Instant> instant(JsonNode item, String name, String field, Violations violations) {
        JsonNode value = item.get(name);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException wrong) {
            violations.add(field + "." + name, field + "." + name + " must be an ISO-8601 instant or empty");
            return Optional.empty();
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void notes(ArrayNode array, List<BeadNote> notes) {
        for (BeadNote note : notes) {
            ObjectNode node = array.addObject().put("timestamp", note.timestamp().toString())
                    .put("iteration", note.iteration()).put("content", note.content());
            note.errorCode().ifPresent(code -> node.put("errorCode", code));
        }
    }
}

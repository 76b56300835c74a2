package dev.loopwright.application.preflight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.domain.bead.Bead;
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
import java.util.Map;
import java.util.Optional;

/**
 * Reads the approved bead plan in the reference's {@code issues.jsonl} format (one bead per line, camelCase,
 * {@code dependencies.blocked_by}) into the domain's {@link BeadPlan}, collecting every problem of every line and
 * of the graph instead of stopping at the first. Pre-flight only reads; the beads phase owns writing.
 */
final class BeadsJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The reference's older status words. */
    private static final Map<String, BeadStatus> LEGACY = Map.of("completed", BeadStatus.DONE, "skipped",
            BeadStatus.DONE, "failed", BeadStatus.ERROR);

    private BeadsJsonl() {
    }

    /** The plan, or null with the violations recorded. */
    static BeadPlan read(String jsonl, Violations violations) {
        List<Bead> beads = new ArrayList<>();
        String[] lines = jsonl.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                violations.add(where, where + " is not JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!node.isObject()) {
                violations.add(where, where + " is not a JSON object");
                continue;
            }
            Bead bead = violations.capture(() -> bead(node));
            if (bead != null) {
                beads.add(bead);
            }
        }
        BeadPlan plan = violations.capture(() -> new BeadPlan(beads));
        // A line we could not read is a bead missing from the plan: the plan as read is not the plan approved.
        return violations.isEmpty() ? plan : null;
    }

    private static Bead bead(JsonNode node) {
        JsonNode guidance = node.path("contextGuidance");
        JsonNode dependencies = node.path("dependencies");
        return new Bead(text(node, "id"), text(node, "title"), texts(node.path("prdRefs")), text(node, "description"),
                new ContextGuidance(texts(guidance.path("patterns")), texts(guidance.path("anti_patterns"))),
                texts(node.path("acceptanceCriteria")), texts(node.path("tests")), texts(node.path("testCommands")),
                node.path("priority").asInt(0), status(text(node, "status")), text(node, "issueType"),
                ExternalId.parse(text(node, "externalRef")), texts(node.path("labels")),
                new BeadDependencies(texts(dependencies.path("blocked_by")), texts(dependencies.path("blocks"))),
                texts(node.path("targetFiles")), notes(node.path("failedIterationNotes")),
                notes(node.path("userRetryNotes")), notes(node.path("finalizationFailureNotes")),
                node.path("iteration").asInt(1), instant(node, "createdAt"), instant(node, "updatedAt"),
                instant(node, "startedAt"), instant(node, "completedAt"),
                Optional.ofNullable(text(node, "beadStartCommit")).filter(sha -> !sha.isEmpty()));
    }

    private static BeadStatus status(String value) {
        if (value == null) {
            return BeadStatus.PENDING;
        }
        BeadStatus legacy = LEGACY.get(value);
        return legacy != null ? legacy : BeadStatus.fromWireName(value);
    }

    private static List<BeadNote> notes(JsonNode array) {
        List<BeadNote> notes = new ArrayList<>();
        array.forEach(note -> notes.add(new BeadNote(instant(note, "timestamp").orElse(null),
                note.path("iteration").asInt(0), text(note, "content"),
                Optional.ofNullable(text(note, "errorCode")))));
        return notes;
    }

    private static Optional<Instant> instant(JsonNode node, String key) {
        String value = text(node, key);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(key, key + " is not a timestamp: " + value);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

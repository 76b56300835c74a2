package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.SoloPrompt;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.council.beads.BeadBlueprintPlan;
import dev.loopwright.application.council.beads.BlueprintReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a coverage revision: a full valid blueprint, and one resolution per gap. The changes list is kept as the
 * reviser wrote it, for people; resolutions naming no known gap, or gaps left without one, are refused.
 */
final class RevisionReader {
    private static final Set<String> ACTIONS = Set.of("updated_beads", "already_covered", "left_unresolved");

    /** The revised blueprint and what the reviser said about it. */
    record Revision(BeadBlueprintPlan plan, JsonNode changes, JsonNode resolutions) {
    }

    private RevisionReader() {
    }

    static Function<String, Validated<Revision>> reader(List<String> gaps) {
        return SoloPrompt.document(Set.of(BlueprintReader.ROOT, "changes", "gap_resolutions"),
                document -> read(document, gaps));
    }

    static Validated<Revision> read(JsonNode document, List<String> gaps) {
        Validated<BeadBlueprintPlan> plan = BlueprintReader.read(document);
        if (plan instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<BeadBlueprintPlan>) plan).error());
        }
        List<String> warnings = new ArrayList<>(((Validated.Valid<BeadBlueprintPlan>) plan).warnings());
        JsonNode resolutions = document.path("gap_resolutions");
        if (!resolutions.isArray()) {
            return Validated.invalid("gap_resolutions must list one {gap, action, rationale} per gap");
        }
        List<String> open = new ArrayList<>();
        gaps.forEach(gap -> open.add(canonical(gap)));
        for (int i = 0; i < resolutions.size(); i++) {
            JsonNode entry = resolutions.get(i);
            String label = "gap_resolutions[" + (i + 1) + "]";
            String action = entry.path("action").asText("").strip().toLowerCase(Locale.ROOT);
            if (!ACTIONS.contains(action)) {
                return Validated.invalid(label + ".action must be updated_beads, already_covered or left_unresolved");
            }
            if (!open.remove(canonical(entry.path("gap").asText("")))) {
                return Validated.invalid(label + ".gap must quote one of the listed gaps exactly, once");
            }
        }
        if (!open.isEmpty()) {
            return Validated.invalid(open.size() + " gap(s) have no entry in gap_resolutions; give one per gap");
        }
        JsonNode changes = document.path("changes");
        return Validated.valid(new Revision(((Validated.Valid<BeadBlueprintPlan>) plan).value(),
                changes.isArray() ? changes : BeadsStore.mapper().createArrayNode(), resolutions), warnings);
    }

    /** Quotes, case and spacing do not make a different gap. */
    private static String canonical(String gap) {
        return gap.strip().replaceAll("^[\"'`]+|[\"'`]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

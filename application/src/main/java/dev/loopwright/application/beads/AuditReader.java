package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.SoloPrompt;
import dev.loopwright.application.council.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a coverage audit: clean, or gaps as sentences. Follow-up questions are not asked in this phase and are
 * dropped with a warning. A clean reply that lists gaps, or gaps without one sentence, is refused.
 */
final class AuditReader {
    /** What the audit found: no gaps when clean. */
    record Audit(boolean clean, List<String> gaps) {
        Audit {
            gaps = List.copyOf(gaps);
        }
    }

    private AuditReader() {
    }

    static Function<String, Validated<Audit>> reader() {
        return SoloPrompt.document(Set.of("status", "gaps", "follow_up_questions"), AuditReader::read);
    }

    static Validated<Audit> read(JsonNode document) {
        List<String> warnings = new ArrayList<>();
        String status = document.path("status").asText("").strip().toLowerCase(Locale.ROOT);
        JsonNode list = document.get("gaps");
        if (list != null && !list.isNull() && !list.isArray()) {
            return Validated.invalid("gaps must be a list of sentences");
        }
        List<String> gaps = new ArrayList<>();
        if (list != null) {
            for (JsonNode gap : list) {
                if (!gap.isValueNode() || gap.asText("").isBlank()) {
                    return Validated.invalid("every gap must be one non-empty sentence");
                }
                gaps.add(gap.asText().strip());
            }
        }
        JsonNode followUps = document.get("follow_up_questions");
        if (followUps != null && followUps.isArray() && !followUps.isEmpty()) {
            warnings.add("dropped " + followUps.size() + " follow-up question(s): the bead audit asks none");
        }
        switch (status) {
            case "clean":
                if (!gaps.isEmpty()) {
                    return Validated.invalid("status is clean but " + gaps.size() + " gap(s) are listed; reply gaps,"
                            + " or clean with gaps: []");
                }
                return Validated.valid(new Audit(true, List.of()), warnings);
            case "gaps":
                if (gaps.isEmpty()) {
                    return Validated.invalid("status is gaps but no gap is listed; list each gap as one sentence");
                }
                return Validated.valid(new Audit(false, gaps), warnings);
            default:
                return Validated.invalid("status must be clean or gaps, not '" + document.path("status").asText("")
                        + "'");
        }
    }
}

package dev.loopwright.application.prd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A coverage audit's verdict on one PRD candidate: clean, or the gaps found. The reply is {@code {status, gaps,
 * follow_up_questions}}; PRD coverage never asks the author, so follow-up questions are dropped with a warning. A
 * clean verdict that lists gaps, or gaps without any text, is contradictory and sent back to the model.
 */
record Audit(boolean clean, List<String> gaps) {
    static final String ROOT = "status";

    Audit {
        gaps = List.copyOf(gaps);
    }

    static Validated<Audit> read(JsonNode document) {
        String status = document.path("status").asText("").strip().toLowerCase(Locale.ROOT);
        if (!status.equals("clean") && !status.equals("gaps")) {
            return Validated.invalid("status must be clean or gaps, got '" + document.path("status").asText("") + "'");
        }
        List<String> warnings = new ArrayList<>();
        JsonNode list = document.path("gaps");
        List<String> gaps = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode gap : list) {
                if (!gap.isValueNode() || gap.isNull() || gap.asText().isBlank()) {
                    return Validated.invalid("every gap must be one sentence of text");
                }
                gaps.add(gap.asText().strip());
            }
        } else if (!list.isMissingNode() && !list.isNull()) {
            return Validated.invalid("gaps must be a list of sentences");
        }
        if (status.equals("clean") && !gaps.isEmpty()) {
            return Validated.invalid("status clean cannot list gaps: reply with status gaps, or with gaps: []");
        }
        if (status.equals("gaps") && gaps.isEmpty()) {
            return Validated.invalid("status gaps needs at least one gap, each as one sentence");
        }
        JsonNode followUps = document.path("follow_up_questions");
        if (followUps.isArray() && !followUps.isEmpty()) {
            warnings.add("PRD coverage asks the author nothing; " + followUps.size()
                    + " follow-up question(s) were dropped");
        }
        return Validated.valid(new Audit(status.equals("clean"), gaps), warnings);
    }
}

package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the refiner's {@code changes} list. An item is named by its id, given bare or as {@code {id: …}}; the
 * inspiration names an alternative by its label ({@code Alternative 2}), its number, or its member's model id. An
 * inspiration we cannot resolve is dropped with a warning rather than rejected: the change itself still stands.
 */
final class ChangeReader {
    static final String ROOT = "changes";
    private static final Pattern ALTERNATIVE = Pattern.compile("(?:alternative|draft)?[\\s_#-]*0*(\\d+)");

    private ChangeReader() {
    }

    /**
     * @param alternatives the members behind "Alternative 1", "Alternative 2", … in that order
     */
    static Validated<List<Change>> read(JsonNode document, List<String> alternatives) {
        JsonNode list = document.get(ROOT);
        List<String> warnings = new ArrayList<>();
        if (list == null || list.isNull()) {
            return Validated.valid(List.of(), warnings);
        }
        if (!list.isArray()) {
            return Validated.invalid("'" + ROOT + "' must be a list");
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String field = ROOT + "[" + (i + 1) + "]";
            if (!entry.isObject()) {
                return Validated.invalid(field + " must be an object with type, before and after");
            }
            Optional<Change.Type> type = type(entry.path("type").asText(""));
            if (type.isEmpty()) {
                return Validated.invalid(field + ".type must be one of modified, replaced, added, removed; got '"
                        + entry.path("type").asText("") + "'");
            }
            Optional<String> inspiredBy = inspiration(entry, alternatives, field, warnings);
            changes.add(new Change(type.get(), itemId(entry.get("before")), itemId(entry.get("after")), inspiredBy));
        }
        return Validated.valid(changes, warnings);
    }

    private static Optional<Change.Type> type(String value) {
        for (Change.Type type : Change.Type.values()) {
            if (type.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> itemId(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode id = node.isObject() ? node.get("id") : node;
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(id.asText().strip());
    }

    private static Optional<String> inspiration(JsonNode entry, List<String> alternatives, String field,
            List<String> warnings) {
        JsonNode node = entry.has("inspired_by") ? entry.get("inspired_by") : entry.get("inspiration");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode named = node.isObject() ? firstOf(node, "alternative", "alternative_draft", "draft") : node;
        String text = named == null ? "" : named.asText("").strip();
        if (alternatives.contains(text)) {
            return Optional.of(text);
        }
        Matcher matcher = ALTERNATIVE.matcher(text.toLowerCase(Locale.ROOT));
        if (matcher.matches() && matcher.group(1).length() <= 3) {
            int index = Integer.parseInt(matcher.group(1)) - 1;
            if (index >= 0 && index < alternatives.size()) {
                return Optional.of(alternatives.get(index));
            }
        }
        warnings.add(field + ": the inspiration '" + text + "' names no alternative draft; it was left unattributed");
        return Optional.empty();
    }

    private static JsonNode firstOf(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                return node.get(field);
            }
        }
        return null;
    }

    /** Alternative labels as the refine prompt shows them. */
    static String label(int index) {
        return "Alternative " + (index + 1);
    }
}

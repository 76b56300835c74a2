package dev.loopwright.application.council.beads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.bead.BeadBlueprint;
import dev.loopwright.domain.bead.ContextGuidance;
import dev.loopwright.domain.common.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a {@code beads} blueprint written by a model or stored by us. Field names are matched loosely
 * ({@code acceptance_criteria} is {@code acceptanceCriteria}); the deterministic repairs, each reported, are: a
 * missing or unusable id becomes {@code bead-<n>}, a repeated id gets a {@code -2} suffix, and guidance written as
 * one "Patterns: … Anti-patterns: …" sentence is split. Missing content (title, description, guidance, acceptance
 * criteria, tests, test commands) is an error the model must fix: we never invent it.
 */
public final class BlueprintReader {
    public static final String ROOT = "beads";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern GUIDANCE = Pattern.compile(
            "(?is)\\s*patterns?\\s*:(.*?)anti[\\s_-]*patterns?\\s*:(.*)");

    private BlueprintReader() {
    }

    public static Validated<BeadBlueprintPlan> read(JsonNode document) {
        JsonNode list = document == null ? null : document.get(ROOT);
        if (list == null || !list.isArray() || list.isEmpty()) {
            return Validated.invalid("'" + ROOT + "' must be a non-empty list of beads with id, title, prdRefs,"
                    + " description, contextGuidance, acceptanceCriteria, tests and testCommands");
        }
        List<String> warnings = new ArrayList<>();
        List<BeadBlueprint> beads = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String label = ROOT + "[" + (i + 1) + "]";
            if (!item.isObject()) {
                return Validated.invalid(label + " must be a mapping");
            }
            Map<String, JsonNode> fields = Fields.of(item);
            String id = id(Fields.text(fields, "id"), i + 1, taken, label, warnings);
            Optional<ContextGuidance> guidance = guidance(Fields.get(fields, "contextguidance", "guidance"));
            if (guidance.isEmpty()) {
                return Validated.invalid(label + ".contextGuidance must be {patterns: [..], anti_patterns: [..]},"
                        + " each with at least one entry");
            }
            try {
                beads.add(new BeadBlueprint(id, Fields.text(fields, "title"),
                        Fields.texts(Fields.get(fields, "prdrefs", "prdreferences", "refs")),
                        Fields.text(fields, "description"), guidance.get(),
                        Fields.texts(Fields.get(fields, "acceptancecriteria", "acceptance")),
                        Fields.texts(Fields.get(fields, "tests", "testintent")),
                        Fields.texts(Fields.get(fields, "testcommands", "commands"))));
            } catch (ValidationException invalid) {
                return Validated.invalid(label + " (" + id + "): " + invalid.getMessage());
            }
            if (beads.get(beads.size() - 1).prdRefs().isEmpty()) {
                warnings.add(label + " (" + id + ") names no PRD item in prdRefs");
            }
        }
        return Validated.valid(new BeadBlueprintPlan(beads), warnings);
    }

    private static String id(String raw, int position, Set<String> taken, String label, List<String> warnings) {
        String id = ID.matcher(raw).matches() ? raw : "";
        if (id.isEmpty()) {
            id = free("bead-" + position, taken);
            warnings.add(label + (raw.isEmpty() ? " had no id" : " had the unusable id '" + raw + "'") + "; it is now "
                    + id);
        } else if (taken.contains(id)) {
            String fresh = free(id, taken);
            warnings.add(label + " repeated the id " + id + "; it is now " + fresh);
            id = fresh;
        }
        taken.add(id);
        return id;
    }

    private static String free(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        int suffix = 2;
        while (taken.contains(base + "-" + suffix)) {
            suffix++;
        }
        return base + "-" + suffix;
    }

    private static Optional<ContextGuidance> guidance(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        List<String> patterns;
        List<String> antiPatterns;
        if (node.isTextual()) {
            Matcher matcher = GUIDANCE.matcher(node.asText());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            patterns = split(matcher.group(1));
            antiPatterns = split(matcher.group(2));
        } else if (node.isObject()) {
            Map<String, JsonNode> fields = Fields.of(node);
            patterns = Fields.texts(Fields.get(fields, "patterns", "do"));
            antiPatterns = Fields.texts(Fields.get(fields, "antipatterns", "avoid", "dont"));
        } else {
            return Optional.empty();
        }
        if (patterns.isEmpty() || antiPatterns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContextGuidance(patterns, antiPatterns));
    }

    private static List<String> split(String sentence) {
        List<String> parts = new ArrayList<>();
        for (String part : sentence.split("[;\\n]")) {
            String trimmed = part.strip().replaceAll("^[-*]\\s*", "").replaceAll("[.,]$", "").strip();
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }

    /** Loose field access: names compared in lowercase without separators. */
    static final class Fields {
        private Fields() {
        }

        static Map<String, JsonNode> of(JsonNode object) {
            Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.putIfAbsent(key(entry.getKey()), entry.getValue());
            }
            return fields;
        }

        static String key(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }

        static JsonNode get(Map<String, JsonNode> fields, String... names) {
            for (String name : names) {
                JsonNode value = fields.get(name);
                if (value != null && !value.isNull()) {
                    return value;
                }
            }
            return null;
        }

        static String text(Map<String, JsonNode> fields, String name) {
            JsonNode value = fields.get(name);
            return value != null && value.isValueNode() && !value.isNull() ? value.asText("").strip() : "";
        }

        /** A list of strings, or one string read as a list of one; blank entries are dropped. */
        static List<String> texts(JsonNode node) {
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
                }
            });
            return texts;
        }
    }
}

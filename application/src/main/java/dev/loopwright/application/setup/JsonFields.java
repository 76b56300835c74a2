package dev.loopwright.application.setup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.common.Violations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object of an untrusted plan, read field by field into a shared {@link Violations}: keys in snake_case
 * or camelCase, wrong types and over-long values reported with the field's path instead of thrown, and keys the
 * schema does not know either refused (strict) or noted as warnings (lenient, for model output).
 */
final class JsonFields {
    /** No plan text needs more; a longer value is a runaway generation or an attack on the reviewer's screen. */
    static final int MAX_TEXT = 4_000;
    /** A command is one shell line the user reads before approving; longer ones cannot be reviewed. */
    static final int MAX_COMMAND = 2_000;
    static final int MAX_ENTRIES = 100;

    private final String path;
    private final Map<String, JsonNode> fields;
    private final Violations violations;

    private JsonFields(String path, Map<String, JsonNode> fields, Violations violations) {
        this.path = path;
        this.fields = fields;
        this.violations = violations;
    }

    /** The object at {@code node}, or an empty one with a violation when it is not an object. */
    static JsonFields of(String path, JsonNode node, Set<String> known, boolean strict, Violations violations,
            List<String> warnings) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            violations.add(path.isEmpty() ? "plan" : path, (path.isEmpty() ? "the plan" : path) + " must be an object");
            return new JsonFields(path, fields, violations);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = snake(entry.getKey());
            if (!known.contains(key)) {
                String where = name(path, entry.getKey());
                if (strict) {
                    violations.add(where, "unknown field " + where);
                } else {
                    warnings.add("ignored unknown field " + where);
                }
                continue;
            }
            if (fields.put(key, entry.getValue()) != null) {
                violations.add(name(path, key), name(path, key) + " is given twice (in snake_case and camelCase)");
            }
        }
        return new JsonFields(path, fields, violations);
    }

    static String snake(String key) {
        StringBuilder out = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    String field(String key) {
        return name(path, key);
    }

    Optional<JsonNode> node(String key) {
        return Optional.ofNullable(fields.get(key)).filter(value -> !value.isNull());
    }

    /** A string, or null (with a violation when it is present but not text or too long). */
    String text(String key) {
        return node(key).map(value -> text(field(key), value, MAX_TEXT)).orElse(null);
    }

    String text(String key, String fallback) {
        String value = text(key);
        return value == null ? fallback : value;
    }

    Boolean bool(String key) {
        JsonNode value = node(key).orElse(null);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            violations.add(field(key), field(key) + " must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    Integer integer(String key) {
        JsonNode value = node(key).orElse(null);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            violations.add(field(key), field(key) + " must be a whole number");
            return null;
        }
        return value.intValue();
    }

    /** A list of strings; a single string is read as a one-entry list. Missing means empty. */
    List<String> texts(String key, int maxLength) {
        JsonNode value = node(key).orElse(null);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isTextual()) {
            out.add(text(field(key), value, maxLength));
            return out;
        }
        if (!value.isArray()) {
            violations.add(field(key), field(key) + " must be a list of strings");
            return out;
        }
        if (value.size() > MAX_ENTRIES) {
            violations.add(field(key), field(key) + " has " + value.size() + " entries; at most " + MAX_ENTRIES);
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            String entry = text(field(key) + "[" + i + "]", value.get(i), maxLength);
            if (entry != null) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The entries of a list of objects. Missing means empty. */
    List<JsonNode> objects(String key) {
        JsonNode value = node(key).orElse(null);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            violations.add(field(key), field(key) + " must be a list");
            return List.of();
        }
        if (value.size() > MAX_ENTRIES) {
            violations.add(field(key), field(key) + " has " + value.size() + " entries; at most " + MAX_ENTRIES);
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        value.forEach(out::add);
        return out;
    }

    boolean has(String key) {
        return node(key).isPresent();
    }

    private String text(String field, JsonNode value, int maxLength) {
        if (!value.isTextual()) {
            violations.add(field, field + " must be text");
            return null;
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            violations.add(field, field + " has " + text.length() + " characters; at most " + maxLength);
            return null;
        }
        if (maxLength == MAX_COMMAND && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            violations.add(field, field + " must be one line: a command the person reviews before it runs");
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            violations.add(field, field + " must not contain NUL characters");
            return null;
        }
        return text;
    }

    private static String name(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

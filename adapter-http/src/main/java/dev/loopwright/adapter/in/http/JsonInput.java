package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.domain.common.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads fields of a request's JSON object with their expected types. Type errors are collected, so one
 * response names every wrong field; call {@link #done()} after reading. Unknown fields are ignored.
 */
final class JsonInput {
    private final JsonNode node;
    private final Violations violations = new Violations();

    private JsonInput(JsonNode node) {
        this.node = node;
    }

    static JsonInput object(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ApiProblem.badRequest("The request body must be a JSON object");
        }
        return new JsonInput(node);
    }

    boolean has(String field) {
        return node.has(field);
    }

    Optional<String> string(String field) {
        return read(field, JsonNode::isTextual, JsonNode::asText, "a string");
    }

    Optional<Integer> integer(String field) {
        return read(field, value -> value.isIntegralNumber() && value.canConvertToInt(), JsonNode::asInt,
                "a whole number");
    }

    Optional<Long> longValue(String field) {
        return read(field, value -> value.isIntegralNumber() && value.canConvertToLong(), JsonNode::asLong,
                "a whole number");
    }

    Optional<Boolean> bool(String field) {
        return read(field, JsonNode::isBoolean, JsonNode::asBoolean, "true or false");
    }

    Optional<List<String>> strings(String field) {
        return read(field, value -> value.isArray() && allTextual(value), value -> {
            List<String> list = new ArrayList<>();
            value.forEach(item -> list.add(item.asText()));
            return list;
        }, "a list of strings");
    }

    /** A list of lists of strings, e.g. one list of chosen labels per question. */
    Optional<List<List<String>>> stringLists(String field) {
        return read(field, value -> value.isArray() && allLists(value), value -> {
            List<List<String>> lists = new ArrayList<>();
            value.forEach(inner -> {
                List<String> list = new ArrayList<>();
                inner.forEach(item -> list.add(item.asText()));
                lists.add(list);
            });
            return lists;
        }, "a list of lists of strings");
    }

    Optional<Map<String, String>> stringMap(String field) {
        return read(field, value -> value.isObject() && allTextual(value), value -> {
            Map<String, String> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        }, "an object of strings");
    }

    Optional<JsonNode> any(String field) {
        return node.has(field) ? Optional.of(node.get(field)) : Optional.empty();
    }

    /** Absent keeps the value, {@code null} clears it, anything else sets it. */
    <T> Change<T> change(String field, Function<String, Optional<T>> reader) {
        if (!node.has(field)) {
            return Change.keep();
        }
        if (node.get(field).isNull()) {
            return Change.clear();
        }
        return reader.apply(field).map(Change::set).orElseGet(Change::keep);
    }

    /** For action routes, where a field that is not understood must not be silently dropped. */
    void allowOnly(Set<String> fields) {
        node.fieldNames().forEachRemaining(field -> {
            if (!fields.contains(field)) {
                violations.add(field, "Unknown field: " + field + " (allowed: " + String.join(", ", new TreeSet<>(fields))
                        + ")");
            }
        });
    }

    void require(String field) {
        if (!node.has(field) || node.get(field).isNull()) {
            violations.add(field, field + " is required");
        }
    }

    Violations violations() {
        return violations;
    }

    /** Throws the collected type errors as one 400. */
    void done() {
        violations.throwIfAny();
    }

    private static boolean allLists(JsonNode value) {
        for (JsonNode inner : value) {
            if (!inner.isArray() || !allTextual(inner)) {
                return false;
            }
        }
        return true;
    }

    private <T> Optional<T> read(String field, Predicate<JsonNode> isValid,
            Function<JsonNode, T> convert, String expected) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!isValid.test(value)) {
            violations.add(field, field + " must be " + expected);
            return Optional.empty();
        }
        return Optional.of(convert.apply(value));
    }

    private static boolean allTextual(JsonNode container) {
        for (JsonNode item : container) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}

package dev.loopwright.adapter.in.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tool call's arguments, read strictly: unknown names, wrong types and blank required values are refused with a
 * message naming the argument, so an assistant can correct its call. (The SDK's own schema check is off, so every
 * refusal reads the same way.)
 */
final class ToolArguments {
    private final Map<String, Object> values;

    private ToolArguments(Map<String, Object> values) {
        this.values = values;
    }

    static ToolArguments of(Map<String, Object> arguments, Set<String> allowed) {
        Map<String, Object> values = arguments == null ? Map.of() : arguments;
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ToolInputException("Unknown argument(s): " + String.join(", ", unknown) + "; this tool takes "
                    + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
        }
        return new ToolArguments(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> new ToolInputException("Missing argument: " + name));
    }

    Optional<String> optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String)) {
            throw new ToolInputException("Argument " + name + " must be a string");
        }
        String text = (String) value;
        if (text.isBlank()) {
            throw new ToolInputException("Argument " + name + " must not be blank");
        }
        return Optional.of(text);
    }

    /** A string that may be set to null explicitly: empty when absent, an empty optional inside when null. */
    Optional<Optional<String>> nullableString(String name) {
        if (!values.containsKey(name)) {
            return Optional.empty();
        }
        if (values.get(name) == null) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(optionalString(name));
    }

    Optional<Integer> optionalInt(String name, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number) || ((Number) value).doubleValue() != Math.rint(((Number) value).doubleValue())) {
            throw new ToolInputException("Argument " + name + " must be a whole number");
        }
        long number = ((Number) value).longValue();
        if (number < min || number > max) {
            throw new ToolInputException("Argument " + name + " must be between " + min + " and " + max);
        }
        return Optional.of((int) number);
    }

    long requiredLong(String name, long min) {
        Object value = values.get(name);
        if (value == null) {
            throw new ToolInputException("Missing argument: " + name);
        }
        if (!(value instanceof Number) || ((Number) value).doubleValue() != Math.rint(((Number) value).doubleValue())) {
            throw new ToolInputException("Argument " + name + " must be a whole number");
        }
        long number = ((Number) value).longValue();
        if (number < min) {
            throw new ToolInputException("Argument " + name + " must be at least " + min);
        }
        return number;
    }

    Optional<List<String>> optionalStrings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List)) {
            throw new ToolInputException("Argument " + name + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object entry : (List<?>) value) {
            if (!(entry instanceof String)) {
                throw new ToolInputException("Argument " + name + " must be an array of strings");
            }
            strings.add((String) entry);
        }
        return Optional.of(strings);
    }
}

package dev.loopwright.adapter.in.http.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.intake.RawJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request's JSON object, read strictly: each field has one JSON type, and a wrong type is a 400 naming the
 * field. Unknown fields are ignored (as the documented "No valid fields" error implies); the host's guards
 * have already refused non-JSON content types (415), bodies over 2 MiB (413) and malformed JSON (400).
 */
public final class V1Body {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ObjectNode node;

    private V1Body(ObjectNode node) {
        this.node = node;
    }

    public static V1Body of(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw V1Problem.badRequest("A JSON object is required in the request body");
        }
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw V1Problem.badRequest("Invalid JSON in request body");
        } catch (IOException e) {
            throw V1Problem.badRequest("Unreadable request body");
        }
        if (parsed == null || !parsed.isObject()) {
            throw V1Problem.badRequest("The request body must be a JSON object");
        }
        return new V1Body((ObjectNode) parsed);
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** A string field; absent or null is empty, another type is {@code 400 Invalid <field>}. */
    public Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw V1Problem.badRequest("Invalid " + field + ": must be a string");
        }
        return Optional.of(value.textValue());
    }

    /** A string field that must be non-blank when given. */
    public Optional<String> nonBlank(String field) {
        Optional<String> value = text(field);
        if (value.isPresent() && value.get().isBlank()) {
            throw V1Problem.badRequest("Invalid " + field + ": must not be blank");
        }
        return value;
    }

    /** Whether the field is present and explicitly {@code null}. */
    public boolean isNull(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNull();
    }

    public <T> Optional<T> choice(String field, Function<String, T> parse) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw V1Problem.badRequest("Invalid " + field);
        }
        return Optional.of(parseChoice(field, value.textValue(), parse));
    }

    /** An array of strings; anything else is {@code 400 Invalid <field>}. */
    public Optional<List<String>> texts(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw V1Problem.badRequest("Invalid " + field + ": must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode entry : value) {
            if (!entry.isTextual()) {
                throw V1Problem.badRequest("Invalid " + field + ": must be an array of strings");
            }
            texts.add(entry.textValue());
        }
        return Optional.of(texts);
    }

    /** A JSON value of the given shape kept as given ({@code annotations} array, {@code browser_info} object). */
    public Optional<RawJson> json(String field, boolean array) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (array ? !value.isArray() : !value.isObject()) {
            throw V1Problem.badRequest("Invalid " + field + ": must be a JSON " + (array ? "array" : "object"));
        }
        String text = value.toString();
        if (text.length() > RawJson.MAX_LENGTH) {
            throw V1Problem.badRequest("Invalid " + field + ": at most " + RawJson.MAX_LENGTH + " characters of JSON");
        }
        return Optional.of(new RawJson(text));
    }

    /** A whole number of at least 1 (e.g. a workflow project id); another type or value is {@code 400 Invalid <field>}. */
    public Optional<Long> positiveLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1) {
            throw V1Problem.badRequest("Invalid " + field + ": must be a whole number of at least 1");
        }
        return Optional.of(value.longValue());
    }

    /** The documented {@code Invalid <field>} error, word for word; the accepted values are in the OpenAPI document. */
    public static <T> T parseChoice(String field, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (ValidationException e) {
            throw V1Problem.badRequest("Invalid " + field);
        }
    }
}

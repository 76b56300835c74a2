package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The body rules of every write: JSON content type (415), at most 2 MiB (413), well-formed JSON (400). The
 * parsed document is kept on the request for the route.
 */
final class JsonBody {
    private static final String ATTRIBUTE = "loopwright.json";
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private JsonBody() {
    }

    static void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method != HandlerType.POST && method != HandlerType.PUT && method != HandlerType.PATCH) {
            return;
        }
        String contentType = ctx.header("Content-Type");
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiProblem(415, "Content-Type must be application/json");
        }
        String length = ctx.header("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("Invalid Content-Length header");
            }
            if (declared < 0) {
                throw ApiProblem.badRequest("Invalid Content-Length header");
            }
            if (declared > RequestGuards.MAX_BODY_BYTES) {
                throw new ApiProblem(413, "Request body exceeds " + RequestGuards.MAX_BODY_BYTES + " bytes");
            }
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > RequestGuards.MAX_BODY_BYTES) {
            throw new ApiProblem(413, "Request body exceeds " + RequestGuards.MAX_BODY_BYTES + " bytes");
        }
        if (body.length == 0) {
            return;
        }
        try {
            ctx.attribute(ATTRIBUTE, MAPPER.readTree(body));
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("Invalid JSON in request body");
        } catch (IOException e) {
            throw ApiProblem.badRequest("Unreadable request body");
        }
    }

    /** The request's JSON document; a route that needs a body gets 400 when there is none. */
    static JsonInput required(Context ctx) {
        JsonNode node = ctx.attribute(ATTRIBUTE);
        if (node == null) {
            throw ApiProblem.badRequest("A JSON object is required in the request body");
        }
        return JsonInput.object(node);
    }

    /** The request's JSON document, or an empty object when the body was empty. */
    static JsonInput optional(Context ctx) {
        JsonNode node = ctx.attribute(ATTRIBUTE);
        return JsonInput.object(node == null ? MAPPER.createObjectNode() : node);
    }

    /** For actions that take no input: an empty body or {@code {}}, anything else is a 400 naming the fields. */
    static void none(Context ctx) {
        JsonInput input = optional(ctx);
        input.allowOnly(Set.of());
        input.done();
    }
}

package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.domain.intake.IntakeIds;
import dev.loopwright.domain.intake.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/** Query parameters of the list routes: paging with its documented range, and filters with exact errors. */
public final class V1Query {
    private V1Query() {
    }

    public static PageRequest page(Context ctx) {
        return page(ctx, PageRequest.DEFAULT_LIMIT);
    }

    /** Paging with a route's own default (projects and board lists show up to 100 at once, as documented). */
    public static PageRequest page(Context ctx, int defaultLimit) {
        int limit = integer(ctx, "limit", defaultLimit, 1, PageRequest.MAX_LIMIT,
                "limit must be an integer between 1 and " + PageRequest.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE, "offset must be an integer of 0 or more");
        return new PageRequest(limit, offset);
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max, String error) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw V1Problem.badRequest(error);
            }
            return value;
        } catch (NumberFormatException e) {
            throw V1Problem.badRequest(error);
        }
    }

    /** An id filter; a value that cannot be an id is a 400 naming the parameter. */
    public static <T> Optional<T> id(Context ctx, String name, Function<String, T> type) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!IntakeIds.isValid(text)) {
            throw V1Problem.badRequest("Invalid " + name);
        }
        return Optional.of(type.apply(text));
    }

    /** An enum filter; an unknown value is {@code 400 Invalid <name>} with the accepted values. */
    public static <T> Optional<T> choice(Context ctx, String name, Function<String, T> parse) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(V1Body.parseChoice(name, text, parse));
    }

    /** A path id; one that cannot exist names nothing, so it is the resource's 404. */
    public static <T> T pathId(Context ctx, String name, Function<String, T> type, String notFound) {
        String text = ctx.pathParam(name);
        if (!IntakeIds.isValid(text)) {
            throw new V1Problem(404, notFound);
        }
        return type.apply(text);
    }
}

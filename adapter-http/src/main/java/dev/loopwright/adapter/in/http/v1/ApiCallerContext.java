package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.port.in.ApiCaller;
import io.javalin.http.Context;

/** The authenticated caller of a request, kept on it by {@link TokenAuthentication}. */
final class ApiCallerContext {
    static final String ATTRIBUTE = "loopwright.v1.caller";

    private ApiCallerContext() {
    }

    static void set(Context ctx, ApiCaller caller) {
        ctx.attribute(ATTRIBUTE, caller);
    }

    /** The caller; only the public OpenAPI route runs without one, and it does not ask. */
    static ApiCaller of(Context ctx) {
        ApiCaller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw new V1Problem(401, "Missing bearer token", java.util.Map.of("WWW-Authenticate", "Bearer"));
        }
        return caller;
    }
}

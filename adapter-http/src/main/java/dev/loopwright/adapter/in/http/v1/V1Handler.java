package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.PayloadTooLargeException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.domain.common.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Wraps a route so the application's expected failures become developer-API errors with the right status,
 * independent of how the host maps them. Anything else is a server fault and reaches the host's 500 handler.
 */
@FunctionalInterface
public interface V1Handler {

    void handle(Context ctx, ApiCaller caller) throws Exception;

    static Handler guarded(V1Handler route) {
        return ctx -> {
            try {
                route.handle(ctx, ApiCallerContext.of(ctx));
            } catch (NotFoundException e) {
                throw new V1Problem(404, e.getMessage());
            } catch (ForbiddenException e) {
                throw new V1Problem(403, e.getMessage());
            } catch (ConflictException e) {
                throw new V1Problem(409, e.getMessage());
            } catch (PayloadTooLargeException e) {
                throw new V1Problem(413, e.getMessage());
            } catch (ValidationException e) {
                throw V1Problem.badRequest(e.getMessage());
            } catch (IllegalArgumentException e) {
                // The domain's value constructors refuse impossible input this way; it came from the client.
                throw V1Problem.badRequest("Invalid input: " + e.getMessage());
            }
        };
    }
}

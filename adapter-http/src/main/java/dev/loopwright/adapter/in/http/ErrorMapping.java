package dev.loopwright.adapter.in.http;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.PayloadTooLargeException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.error.StartInProgressException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.domain.common.ValidationException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON error with the right status; nothing escapes as a plain-text 500. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(ApiProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            respond(ctx, HttpStatus.forStatus(e.status()), e.getMessage());
        });
        // Javalin's own refusals, e.g. a body over the size limit while it is being read.
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, HttpStatus.forStatus(e.getStatus()),
                e.getStatus() == 404 ? "Not found: " + ctx.method() + " " + ctx.path() : e.getMessage()));
        config.routes.exception(InvalidPayload.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(
                new ErrorJson(e.getMessage(), e.violations().stream()
                        .map(v -> new ErrorJson.FieldErrorJson(v.field(), v.message())).toList(), null)));
        // Both hashes, so the client can tell the person what changed since they reviewed it.
        config.routes.exception(StaleApprovalException.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("artifactType", e.artifactType());
            body.put("expectedContentSha256", e.expected().hex());
            body.put("currentContentSha256", e.current().hex());
            ctx.status(HttpStatus.CONFLICT).json(body);
        });
        config.routes.exception(ValidationException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(
                new ErrorJson("Invalid input: " + e.getMessage(), e.violations().stream()
                        .map(v -> new ErrorJson.FieldErrorJson(v.field(), v.message())).toList(), null)));
        config.routes.exception(NotFoundException.class, (e, ctx) -> respond(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        config.routes.exception(ConflictException.class, (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, e.getMessage()));
        config.routes.exception(WorkflowConflictException.class,
                (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, e.getMessage()));
        // The model runtime is down or misbehaving: not the client's fault, and worth trying again later.
        config.routes.exception(ModelRuntimeException.class, (e, ctx) -> respond(ctx, HttpStatus.SERVICE_UNAVAILABLE,
                "The model runtime failed (" + e.kind() + "): " + e.getMessage()));
        config.routes.exception(StartInProgressException.class,
                (e, ctx) -> respond(ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
        config.routes.exception(PayloadTooLargeException.class,
                (e, ctx) -> respond(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
        config.routes.exception(ForbiddenException.class, (e, ctx) -> respond(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Unexpected failure {} on {} {}", errorId, ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(new ErrorJson("Internal server error", null, errorId));
        });
        // Error handlers also run after our own mapped 404s; only replace Javalin's plain-text defaults.
        config.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (!isJson(ctx)) {
                respond(ctx, HttpStatus.NOT_FOUND, "Not found: " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(HttpStatus.METHOD_NOT_ALLOWED.getCode(), "*", ctx -> {
            if (!isJson(ctx)) {
                respond(ctx, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private static boolean isJson(Context ctx) {
        String contentType = ctx.res().getContentType();
        return contentType != null && contentType.startsWith("application/json");
    }

    private static void respond(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(ErrorJson.of(message));
    }
}

package dev.loopwright.adapter.in.http;

import dev.loopwright.domain.workflow.TicketEventType;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Starting a ticket, and the test-and-demo door for injecting workflow events. */
final class WorkflowActionRoutes {
    static final String DEV_EVENT_TOKEN_HEADER = "X-Loopwright-Dev-Event-Token";

    private final HttpUseCases useCases;
    private final Optional<String> devEventToken;

    WorkflowActionRoutes(HttpUseCases useCases, HttpSecurity security) {
        this.useCases = useCases;
        this.devEventToken = security.devEventToken();
    }

    void register(ApiRoutes routes) {
        routes.post("/api/tickets/{id}/start", ctx -> {
            JsonBody.none(ctx);
            ctx.json(TicketJson.from(useCases.startTicket().start(TicketRoutes.ref(ctx))));
        });
        routes.post("/api/tickets/{id}/dev-event", this::devEvent);
    }

    /** Off unless a dev-event token is configured: then it answers as if it did not exist. */
    private void devEvent(Context ctx) {
        if (devEventToken.isEmpty()) {
            throw new ApiProblem(404, "Not found: " + ctx.method() + " " + ctx.path());
        }
        String presented = ctx.header(DEV_EVENT_TOKEN_HEADER);
        if (presented == null || !RequestGuards.constantTimeEquals(presented, devEventToken.get())) {
            throw new ApiProblem(401, "Missing or wrong " + DEV_EVENT_TOKEN_HEADER + " header");
        }
        JsonInput input = JsonBody.required(ctx);
        input.require("type");
        input.allowOnly(Set.of("type"));
        Optional<String> type = input.string("type");
        input.done();
        ctx.json(TicketJson.from(useCases.injectEvent().inject(TicketRoutes.ref(ctx), eventType(type.orElseThrow()))));
    }

    private static TicketEventType eventType(String raw) {
        try {
            return TicketEventType.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Unknown workflow event type; send a signal event such as READY or APPROVE");
        }
    }
}

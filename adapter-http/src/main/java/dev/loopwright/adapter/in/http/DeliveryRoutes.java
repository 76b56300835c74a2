package dev.loopwright.adapter.in.http;

import io.javalin.http.Context;

/**
 * The person's decision on a delivered ticket: merge (and its alias verify) or close without merging. Both take no
 * input and answer the ticket as it is afterwards: a merge that failed answers 200 with the ticket blocked and the
 * reason in its error, since the request itself was fine.
 */
final class DeliveryRoutes {
    private final HttpUseCases useCases;

    DeliveryRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/tickets/{id}/merge", this::merge);
        routes.post("/api/tickets/{id}/verify", this::merge);
        routes.post("/api/tickets/{id}/close-unmerged", ctx -> {
            JsonBody.none(ctx);
            ctx.json(TicketJson.from(useCases.deliverTicket().closeUnmerged(TicketRoutes.ref(ctx))));
        });
    }

    private void merge(Context ctx) {
        JsonBody.none(ctx);
        ctx.json(TicketJson.from(useCases.deliverTicket().merge(TicketRoutes.ref(ctx))));
    }
}

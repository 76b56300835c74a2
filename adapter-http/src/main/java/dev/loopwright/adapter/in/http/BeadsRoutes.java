package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.BeadDiff;
import dev.loopwright.application.port.in.BeadsView;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.domain.approval.ContentHash;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bead plan over HTTP, as the reference has it: GET answers the beads as a JSON array with the plan's SHA-256 in
 * {@code X-Content-Sha256}; PUT replaces the plan with a JSON array at the approval gate (validated strictly: each
 * bead and the dependency graph; 400 says what is wrong); approve-beads names the hash that was reviewed.
 */
final class BeadsRoutes {
    static final String HASH_HEADER = "X-Content-Sha256";
    private static final Pattern BEAD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final HttpUseCases useCases;

    BeadsRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/tickets/{id}/beads", this::get);
        routes.put("/api/tickets/{id}/beads", this::put);
        routes.post("/api/tickets/{id}/approve-beads", this::approveBeads);
        routes.get("/api/tickets/{id}/beads/{beadId}/diff", this::diff);
    }

    /** {@code {diff, captured}}: what the bead's commit changed, captured once it was committed. */
    private void diff(Context ctx) {
        TicketReference ref = TicketRoutes.ref(ctx);
        String beadId = ctx.pathParam("beadId");
        if (!BEAD_ID.matcher(beadId).matches()) {
            throw ApiProblem.badRequest("Invalid bead ID");
        }
        BeadDiff diff = useCases.beadDiff().beadDiff(ref, beadId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("diff", diff.diff());
        body.put("captured", diff.captured());
        ctx.json(body);
    }

    private void get(Context ctx) {
        TicketReference ref = TicketRoutes.ref(ctx);
        Optional<String> flow = Optional.ofNullable(ctx.queryParam("flow"));
        BeadsView view = InvalidPayload.read("Invalid flow parameter", () -> useCases.getBeads().getBeads(ref, flow));
        answer(ctx, view, BeadsJson.beads(view));
    }

    private void put(Context ctx) {
        TicketReference ref = TicketRoutes.ref(ctx);
        Optional<String> flow = Optional.ofNullable(ctx.queryParam("flow"));
        String body = ctx.body();
        BeadsView view = InvalidPayload.read("Invalid bead plan",
                () -> useCases.saveBeads().saveBeads(ref, flow, body));
        answer(ctx, view, Map.of("success", true, "contentSha256", view.contentSha256().hex()));
    }

    /** The specific route reads the body first, as the reference does. */
    void approveBeads(Context ctx) {
        ContentHash reviewed = InterviewRoutes.expectedHash(ctx);
        ctx.json(TicketJson.from(useCases.approveBeads().approveBeads(TicketRoutes.ref(ctx), reviewed)));
    }

    private static void answer(Context ctx, BeadsView view, Object body) {
        ctx.header(HASH_HEADER, view.contentSha256().hex());
        ctx.json(body);
    }
}

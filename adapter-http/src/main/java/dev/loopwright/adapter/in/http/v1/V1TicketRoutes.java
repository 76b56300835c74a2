package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.DevTicketChanges;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.IntakeIds;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.MemberId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Developer tickets: list, get and edit. Generating ({@code POST /tickets/generate}) and promoting are
 * registered by the generation module on top of the same use cases.
 */
final class V1TicketRoutes {
    private final IntakeUseCases useCases;

    V1TicketRoutes(IntakeUseCases useCases) {
        this.useCases = useCases;
    }

    void register(V1Routes routes) {
        routes.get("/api/v1/tickets", (ctx, caller) -> {
            DevTicketFilter filter = new DevTicketFilter(V1Query.id(ctx, "project_id", IntakeProjectId::new),
                    V1Query.choice(ctx, "status", DevTicketStatus::parse));
            ctx.json(V1Json.page(useCases.listTickets().listDevTickets(caller, filter, V1Query.page(ctx)),
                    V1Json::ticket));
        });
        routes.get("/api/v1/tickets/{id}", (ctx, caller) -> ctx.json(V1Json.data(V1Json.ticket(
                useCases.getTicket().getDevTicket(caller, ticketId(ctx))))));
        routes.patch("/api/v1/tickets/{id}", (ctx, caller) -> {
            DevTicketId id = ticketId(ctx);
            DevTicketChanges changes = changes(V1Body.of(ctx));
            if (changes.isEmpty()) {
                throw V1Problem.badRequest("No valid fields");
            }
            ctx.json(V1Json.data(V1Json.ticket(useCases.updateTicket().updateDevTicket(caller, id, changes))));
        });
    }

    private static DevTicketChanges changes(V1Body body) {
        Optional<List<String>> labels = body.texts("labels");
        labels.ifPresent(V1TicketRoutes::checkLabels);
        return new DevTicketChanges(body.choice("status", DevTicketStatus::parse),
                body.choice("priority", DevTicketPriority::parse), body.nonBlank("title"), body.text("description"),
                assignee(body), labels);
    }

    /** {@code assigned_to}: absent keeps it, null unassigns, a user id assigns. */
    private static Change<MemberId> assignee(V1Body body) {
        if (!body.has("assigned_to")) {
            return Change.keep();
        }
        if (body.isNull("assigned_to")) {
            return Change.clear();
        }
        String userId = body.text("assigned_to").orElseThrow();
        if (!IntakeIds.isValid(userId)) {
            throw V1Problem.badRequest("Invalid assigned_to");
        }
        return Change.set(new MemberId(userId));
    }

    private static void checkLabels(List<String> labels) {
        if (labels.size() > DevTicket.MAX_LABELS) {
            throw V1Problem.badRequest("Invalid labels: at most " + DevTicket.MAX_LABELS + " labels");
        }
        for (String label : labels) {
            if (label.isBlank() || label.length() > DevTicket.MAX_LABEL) {
                throw V1Problem.badRequest("Invalid labels: each label is 1-" + DevTicket.MAX_LABEL + " characters");
            }
        }
    }

    private static DevTicketId ticketId(Context ctx) {
        return V1Query.pathId(ctx, "id", DevTicketId::new, "Ticket not found");
    }
}

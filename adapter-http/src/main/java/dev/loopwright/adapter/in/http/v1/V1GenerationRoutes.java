package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.error.TicketGenerationException;
import dev.loopwright.application.port.in.GetWorkflowStatusUseCase;
import dev.loopwright.application.port.in.PromoteDevTicketUseCase;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.IntakeIds;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.Ticket;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AI generation and Loopwright's promotion bridge: {@code POST /api/v1/tickets/generate} (the seed's contract),
 * {@code POST /api/v1/tickets/{id}/promote} and {@code GET /api/v1/tickets/{id}/workflow}.
 */
public final class V1GenerationRoutes {
    static final String PROMOTE_FIELD = "workflow_project_id";
    /** The camelCase spelling some callers use; accepted as the same field. */
    static final String PROMOTE_FIELD_ALIAS = "workflowProjectId";

    private final TicketBridgeUseCases useCases;

    public V1GenerationRoutes(TicketBridgeUseCases useCases) {
        this.useCases = useCases;
    }

    /** Registers the three routes; pass as {@code DeveloperApi.extend(new V1GenerationRoutes(…)::register)}. */
    public void register(V1Routes routes) {
        routes.post("/api/v1/tickets/generate", (ctx, caller) -> {
            SourceRef source = source(V1Body.of(ctx));
            try {
                ctx.status(201).json(V1Json.data(V1Json.ticket(useCases.generate().generateDevTicket(caller,
                        source))));
            } catch (TicketGenerationException e) {
                // The contract's 500: the model gave no valid ticket within its retries, and nothing was stored.
                throw new V1Problem(500, TicketGenerationException.MESSAGE);
            }
        });
        routes.post("/api/v1/tickets/{id}/promote", (ctx, caller) -> {
            DevTicketId id = ticketId(ctx);
            ProjectId project = new ProjectId(workflowProject(V1Body.of(ctx)));
            PromoteDevTicketUseCase.Promotion promotion = useCases.promote().promoteDevTicket(caller, id, project);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ticket", V1Json.ticket(promotion.devTicket()));
            json.put("workflow_ticket", workflowTicket(promotion.workflowTicket()));
            ctx.status(promotion.created() ? 201 : 200).json(V1Json.data(json));
        });
        routes.get("/api/v1/tickets/{id}/workflow", (ctx, caller) -> {
            GetWorkflowStatusUseCase.WorkflowStatus status = useCases.workflowStatus().workflowStatus(caller,
                    ticketId(ctx));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ticket_id", status.devTicket().id().value());
            json.put("status", status.devTicket().status().wireName());
            json.put("workflow_ticket", status.workflowTicket().map(V1GenerationRoutes::workflowTicket).orElse(null));
            ctx.json(V1Json.data(json));
        });
    }

    private static SourceRef source(V1Body body) {
        Optional<String> type = body.choice("source_type", value -> value);
        Optional<String> id = body.text("source_id");
        if (type.isEmpty() || type.get().isBlank() || id.isEmpty() || id.get().isBlank()) {
            throw V1Problem.badRequest("Missing source_type or source_id");
        }
        SourceType sourceType = V1Body.parseChoice("source_type", type.get(), SourceType::parse);
        if (!IntakeIds.isValid(id.get())) {
            // An id of the wrong shape cannot name a stored item.
            throw new V1Problem(404, "Source item not found");
        }
        return new SourceRef(sourceType, id.get());
    }

    private static long workflowProject(V1Body body) {
        Optional<Long> snake = body.positiveLong(PROMOTE_FIELD);
        Optional<Long> camel = body.positiveLong(PROMOTE_FIELD_ALIAS);
        if (snake.isPresent() && camel.isPresent() && !snake.equals(camel)) {
            throw V1Problem.badRequest("Invalid " + PROMOTE_FIELD + ": given twice with different values");
        }
        return snake.or(() -> camel).orElseThrow(() -> V1Problem.badRequest("Missing " + PROMOTE_FIELD));
    }

    static Map<String, Object> workflowTicket(Ticket ticket) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ticket.id().value());
        json.put("ref", ticket.externalId().toString());
        json.put("project_id", ticket.projectId().value());
        json.put("title", ticket.details().title());
        json.put("priority", ticket.details().priority());
        json.put("status", ticket.status().name());
        json.put("status_label", ticket.status().label());
        json.put("updated_at", V1Json.time(ticket.updatedAt()));
        return json;
    }

    private static DevTicketId ticketId(Context ctx) {
        return V1Query.pathId(ctx, "id", DevTicketId::new, "Ticket not found");
    }
}

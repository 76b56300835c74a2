package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.CancelCleanup;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.in.SaveUiStateCommand;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.in.UpdateTicketCommand;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import dev.loopwright.domain.ticket.UiStateWriteResult;
import dev.loopwright.domain.workflow.TicketStatus;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /api/tickets}: tickets, their ui state, artifacts and phase attempts. */
final class TicketRoutes {
    private static final ObjectMapper MAPPER = JsonMapper.create();
    private final HttpUseCases useCases;

    TicketRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/tickets", this::list);
        routes.post("/api/tickets", this::create);
        routes.get("/api/tickets/{id}", ctx -> ctx.json(TicketJson.from(useCases.getTicket().get(ref(ctx)))));
        routes.patch("/api/tickets/{id}", this::update);
        routes.delete("/api/tickets/{id}", ctx -> {
            TicketReference reference = ref(ctx);
            String id = TicketJson.from(useCases.getTicket().get(reference)).get("id").toString();
            useCases.deleteTicket().delete(reference);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("ticketId", id);
            ctx.json(body);
        });
        routes.post("/api/tickets/{id}/cancel", this::cancel);
        routes.post("/api/tickets/{id}/retry", this::retry);
        routes.get("/api/tickets/{id}/ui-state", this::getUiState);
        routes.put("/api/tickets/{id}/ui-state", this::putUiState);
        routes.get("/api/tickets/{id}/artifacts", ctx -> ctx.json(useCases.listArtifacts().list(ref(ctx))
                .stream().map(TicketJson::artifact).toList()));
        routes.get("/api/tickets/{id}/phases/{phase}/attempts", ctx -> ctx.json(useCases.listPhaseAttempts()
                .list(ref(ctx), phase(ctx.pathParam("phase"))).stream().map(TicketJson::attempt).toList()));
    }

    private void list(Context ctx) {
        String raw = Optional.ofNullable(ctx.queryParam("projectId")).orElse(ctx.queryParam("project"));
        Optional<ProjectId> projectId = raw == null || raw.isEmpty() ? Optional.empty()
                : Optional.of(ProjectRoutes.parseProjectId(raw));
        ctx.json(useCases.listTickets().list(projectId).stream().map(TicketJson::from).toList());
    }

    private void create(Context ctx) {
        JsonInput input = JsonBody.required(ctx);
        input.require("projectId");
        input.require("title");
        Optional<Long> projectId = input.longValue("projectId");
        Optional<String> title = input.string("title");
        Optional<String> description = input.string("description");
        Optional<Integer> priority = input.integer("priority");
        input.done();
        if (projectId.get() < 1) {
            throw ValidationException.of("projectId", "projectId must be a positive number");
        }
        TicketDetails details = TicketDetails.of(title.get(), description.orElse(null), priority.orElse(null));
        ctx.status(201).json(TicketJson.from(useCases.createTicket().create(
                new CreateTicketCommand(new ProjectId(projectId.get()), details))));
    }

    private void update(Context ctx) {
        JsonInput input = JsonBody.required(ctx);
        if (input.has("status")) {
            throw new ApiProblem(403, "Status field is API-protected. Use workflow actions to change status.");
        }
        Optional<String> title = input.string("title");
        Change<String> description = input.change("description", input::string);
        Optional<Integer> priority = input.integer("priority");
        input.done();
        ctx.json(TicketJson.from(useCases.updateTicket().update(
                new UpdateTicketCommand(ref(ctx), title, description, priority))));
    }

    private void cancel(Context ctx) {
        JsonInput input = JsonBody.optional(ctx);
        input.allowOnly(Set.of("deleteContent", "deleteLog"));
        boolean deleteContent = input.bool("deleteContent").orElse(false);
        boolean deleteLog = input.bool("deleteLog").orElse(false);
        input.done();
        ctx.json(TicketJson.from(useCases.cancelTicket().cancel(ref(ctx), new CancelCleanup(deleteContent, deleteLog))));
    }

    private void retry(Context ctx) {
        JsonInput input = JsonBody.optional(ctx);
        input.allowOnly(Set.of("note"));
        Optional<String> note = input.string("note");
        input.done();
        // A note continues the failed phase's preserved work (refused by phases that cannot); none starts fresh.
        ctx.json(TicketJson.from(note.isPresent() ? useCases.retryTicket().retry(ref(ctx), note.get())
                : useCases.retryTicket().retry(ref(ctx))));
    }

    private void getUiState(Context ctx) {
        UiStateScope scope = scope(ctx.queryParam("scope"));
        Optional<UiState> state = useCases.getUiState().get(ref(ctx), scope);
        ctx.json(TicketJson.uiState(scope.value(), state, state.map(s -> parse(s.dataJson())).orElse(null)));
    }

    private void putUiState(Context ctx) {
        JsonInput input = JsonBody.required(ctx);
        input.require("scope");
        input.require("actionId");
        if (!input.has("expectedRevision")) {
            input.violations().add("expectedRevision", "expectedRevision is required (null or 0 when nothing was read)");
        }
        if (!input.has("data")) {
            input.violations().add("data", "data is required");
        }
        Optional<String> rawScope = input.string("scope");
        Optional<Long> expected = input.longValue("expectedRevision");
        Optional<String> actionId = input.string("actionId");
        input.done();
        UiStateScope scope = scope(rawScope.get());
        String data = input.any("data").map(JsonNode::toString).orElse("null");
        UiStateWriteResult result = useCases.saveUiState().save(new SaveUiStateCommand(ref(ctx), scope, data,
                expected.orElse(0L), actionId.get()));
        if (result instanceof UiStateWriteResult.Conflict) {
            Optional<UiState> current = ((UiStateWriteResult.Conflict) result).current();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "UI state revision conflict");
            body.put("conflict", true);
            body.putAll(TicketJson.uiState(scope.value(), current, current.map(s -> parse(s.dataJson())).orElse(null)));
            ctx.status(409).json(body);
            return;
        }
        UiState stored = result instanceof UiStateWriteResult.Written
                ? ((UiStateWriteResult.Written) result).state() : ((UiStateWriteResult.Replayed) result).state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("conflict", false);
        body.put("scope", scope.value());
        body.put("updatedAt", stored.updatedAt().toString());
        body.put("revision", stored.revision());
        body.put("clientRevision", stored.lastActionId());
        ctx.json(body);
    }

    static TicketReference ref(Context ctx) {
        try {
            return TicketReference.parse(ctx.pathParam("id"));
        } catch (ValidationException e) {
            throw ApiProblem.badRequest("Invalid ticket reference: use ABC-12 or 3:ABC-12");
        }
    }

    private static UiStateScope scope(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw ApiProblem.badRequest("Invalid scope: the scope query parameter is required");
        }
        try {
            return new UiStateScope(raw);
        } catch (ValidationException e) {
            throw ApiProblem.badRequest("Invalid scope: " + e.getMessage());
        }
    }

    private static TicketStatus phase(String raw) {
        try {
            return TicketStatus.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Unknown phase: " + raw);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored ui state is not JSON", e);
        }
    }
}

package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.ExecutionSetupPlanView;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The execution setup plan over HTTP: read it with its hash, replace it (raw text or a structured plan), ask for a
 * new one with commentary, and approve it by the hash reviewed. Bodies are strict; a plan that fails validation is
 * a 400 naming every problem, and nothing is saved.
 */
final class ExecutionSetupRoutes {
    static final int MAX_COMMENTARY = 20_000;
    private static final String PLAN_TITLE = "Invalid execution setup plan payload";
    private static final Pattern SHA256 = Pattern.compile("[a-f0-9]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpUseCases useCases;

    ExecutionSetupRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/tickets/{id}/execution-setup-plan", ctx -> ctx.json(view(
                useCases.getExecutionSetupPlan().get(TicketRoutes.ref(ctx)))));
        routes.put("/api/tickets/{id}/execution-setup-plan", this::save);
        routes.post("/api/tickets/{id}/regenerate-execution-setup-plan", this::regenerate);
        routes.post("/api/tickets/{id}/approve-execution-setup-plan", ctx -> approve(useCases, ctx));
    }

    /** Also the generic approve route's answer at this gate. */
    static void approve(HttpUseCases useCases, Context ctx) {
        ContentHash reviewed = InvalidPayload.read("Invalid approval payload", () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("expectedContentSha256"));
            input.require("expectedContentSha256");
            Optional<String> hash = input.string("expectedContentSha256");
            hash.filter(value -> !SHA256.matcher(value).matches()).ifPresent(value -> input.violations().add(
                    "expectedContentSha256", "expectedContentSha256 must be 64 lowercase hexadecimal characters"));
            input.done();
            return new ContentHash(hash.get());
        });
        ctx.json(TicketJson.from(useCases.approveExecutionSetupPlan()
                .approveExecutionSetupPlan(TicketRoutes.ref(ctx), reviewed)));
    }

    private void save(Context ctx) {
        record Edit(Optional<String> content, Optional<JsonNode> plan) {
        }
        Edit edit = InvalidPayload.read(PLAN_TITLE, () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("content", "plan"));
            Optional<String> content = input.string("content");
            Optional<JsonNode> plan = input.any("plan").filter(node -> !node.isNull());
            if (content.isPresent() == plan.isPresent()) {
                input.violations().add("body", "send either content (the plan as text) or plan (an object)");
            }
            content.filter(text -> text.length() > InterviewRoutes.MAX_CONTENT).ifPresent(text -> input.violations()
                    .add("content", "content must be at most " + InterviewRoutes.MAX_CONTENT + " characters"));
            plan.filter(node -> !node.isObject()).ifPresent(node -> input.violations().add("plan",
                    "plan must be an object"));
            input.done();
            return new Edit(content, plan);
        });
        TicketReference ref = TicketRoutes.ref(ctx);
        ExecutionSetupPlanView view = InvalidPayload.read(PLAN_TITLE, () -> edit.content().isPresent()
                ? useCases.editExecutionSetupPlan().saveRaw(ref, edit.content().get())
                : useCases.editExecutionSetupPlan().saveStructured(ref, edit.plan().get().toString()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.putAll(view(view));
        Ticket ticket = useCases.getTicket().get(ref);
        body.put("status", ticket.status().name());
        body.put("ticket", TicketJson.from(ticket));
        ctx.json(body);
    }

    private void regenerate(Context ctx) {
        String commentary = InvalidPayload.read("Invalid regenerate payload", () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("commentary"));
            input.require("commentary");
            Optional<String> text = input.string("commentary");
            text.filter(String::isBlank).ifPresent(blank -> input.violations().add("commentary",
                    "commentary must say what to change"));
            text.filter(value -> value.length() > MAX_COMMENTARY).ifPresent(value -> input.violations()
                    .add("commentary", "commentary must be at most " + MAX_COMMENTARY + " characters"));
            input.done();
            return text.get().strip();
        });
        Ticket ticket = useCases.regenerateExecutionSetupPlan().regenerate(TicketRoutes.ref(ctx), commentary);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("status", ticket.status().name());
        body.put("ticket", TicketJson.from(ticket));
        ctx.json(body);
    }

    static Map<String, Object> view(ExecutionSetupPlanView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exists", view.exists());
        body.put("drafting", view.drafting());
        body.put("artifactId", view.artifactId().orElse(null));
        body.put("updatedAt", view.updatedAt().map(Object::toString).orElse(null));
        body.put("raw", view.raw().orElse(null));
        body.put("contentSha256", view.contentSha256().map(ContentHash::hex).orElse(null));
        body.put("plan", view.raw().map(ExecutionSetupRoutes::tree).orElse(null));
        return body;
    }

    private static JsonNode tree(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException stored) {
            throw new IllegalStateException("the stored plan is not JSON", stored);
        }
    }
}

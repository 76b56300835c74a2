package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.TicketQuestion;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Questions the ticket's agents asked and wait on, and the user's answers to them. */
final class OpenCodeQuestionRoutes {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final HttpUseCases useCases;

    OpenCodeQuestionRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/opencode/questions", ctx -> ctx.json(Map.of("questions",
                useCases.listQuestions().listAll().stream().map(OpenCodeQuestionRoutes::json).toList())));
        routes.get("/api/tickets/{id}/opencode/questions", ctx -> ctx.json(Map.of("questions",
                useCases.listQuestions().list(TicketRoutes.ref(ctx)).stream().map(OpenCodeQuestionRoutes::json)
                        .toList())));
        routes.post("/api/tickets/{id}/opencode/questions/{requestId}/reply", this::reply);
        routes.post("/api/tickets/{id}/opencode/questions/{requestId}/reject", ctx -> {
            JsonBody.none(ctx);
            useCases.resolveQuestion().reject(TicketRoutes.ref(ctx), requestId(ctx));
            ctx.json(Map.of("success", true));
        });
    }

    private void reply(Context ctx) {
        JsonInput input = JsonBody.required(ctx);
        input.require("answers");
        input.allowOnly(Set.of("answers"));
        List<List<String>> answers = input.stringLists("answers").orElse(List.of());
        input.done();
        useCases.resolveQuestion().answer(TicketRoutes.ref(ctx), requestId(ctx), answers);
        ctx.json(Map.of("success", true));
    }

    private static String requestId(Context ctx) {
        String id = ctx.pathParam("requestId");
        if (!REQUEST_ID.matcher(id).matches()) {
            throw ApiProblem.badRequest("Invalid question request id");
        }
        return id;
    }

    private static Map<String, Object> json(TicketQuestion asked) {
        Map<String, Object> json = new LinkedHashMap<>(TicketJson.questionHeader(asked.ticket()));
        json.put("sessionId", asked.sessionId());
        json.put("requestId", asked.requestId());
        json.put("questions", asked.questions().stream().map(q -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("question", q.text());
            item.put("header", q.header());
            item.put("options", q.options().stream().map(label -> Map.of("label", label)).toList());
            item.put("multiple", q.multiple());
            return item;
        }).toList());
        json.put("questionCount", asked.questions().size());
        return json;
    }
}

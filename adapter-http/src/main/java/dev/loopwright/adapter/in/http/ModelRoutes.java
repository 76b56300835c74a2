package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.ModelOption;
import dev.loopwright.application.port.in.ModelsView;
import dev.loopwright.application.port.in.RuntimeStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/models} and {@code /api/health/opencode}: what the model runtime offers and whether it answers.
 * Both answer 200 when the runtime is down; the body says so, because the UI shows it rather than failing.
 */
final class ModelRoutes {
    private final HttpUseCases useCases;

    ModelRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/models", this::models);
        routes.get("/api/health/opencode", this::runtimeHealth);
    }

    /** {@code scope=all} includes disconnected providers' models; anything else means connected only. */
    private void models(Context ctx) {
        ModelsView view = useCases.listModels().models("all".equals(ctx.queryParam("scope")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("models", view.models().stream().map(ModelRoutes::model).toList());
        body.put("connectedProviders", view.connectedProviders());
        body.put("defaultModels", view.defaultModels());
        view.message().ifPresent(message -> body.put("message", message));
        ctx.json(body);
    }

    private void runtimeHealth(Context ctx) {
        RuntimeStatus status = useCases.runtimeStatus().status();
        List<String> models = status.reachable()
                ? useCases.listModels().models(false).models().stream().map(m -> m.id().value()).toList()
                : List.of();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.reachable() ? "ok" : "unavailable");
        body.put("version", status.version().orElse(null));
        body.put("models", models);
        status.problem().ifPresent(problem -> body.put("error", problem));
        ctx.json(body);
    }

    private static Map<String, Object> model(ModelOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fullId", option.id().value());
        json.put("id", option.id().model());
        json.put("name", option.name());
        json.put("providerID", option.id().provider());
        json.put("providerName", option.providerName());
        json.put("contextWindow", option.contextWindow());
        json.put("canReason", option.canReason());
        json.put("canUseTools", option.canUseTools());
        json.put("variants", option.variants());
        return json;
    }
}

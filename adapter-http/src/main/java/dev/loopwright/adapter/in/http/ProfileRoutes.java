package dev.loopwright.adapter.in.http;

import java.util.Map;

/** {@code /api/profile}: the single profile. */
final class ProfileRoutes {
    private final HttpUseCases useCases;

    ProfileRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/profile", ctx -> {
            Map<String, Object> profile = useCases.getProfile().get().map(ProfileJson::from).orElse(null);
            ctx.json(profile == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : profile);
        });
        routes.post("/api/profile", ctx -> ctx.status(201).json(ProfileJson.from(
                useCases.createProfile().create(ProfileJson.changes(JsonBody.optional(ctx))))));
        routes.patch("/api/profile", ctx -> ctx.json(ProfileJson.from(
                useCases.updateProfile().update(ProfileJson.changes(JsonBody.required(ctx))))));
    }
}

package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.IssuedToken;
import dev.loopwright.domain.intake.ApiTokenId;
import java.util.Map;

/**
 * Tokens of the caller's organisation, managed by owners and developers: create (the secret is in this one
 * answer only), list and revoke. Viewers get 403 on all three: token records are administration, not data.
 */
final class V1TokenRoutes {
    private static final int MAX_NAME = 200;

    private final IntakeUseCases useCases;

    V1TokenRoutes(IntakeUseCases useCases) {
        this.useCases = useCases;
    }

    void register(V1Routes routes) {
        routes.post("/api/v1/tokens", (ctx, caller) -> {
            requireManager(caller);
            String name = V1Body.of(ctx).text("name").orElse("");
            if (name.isBlank()) {
                throw V1Problem.badRequest("Missing name");
            }
            if (name.length() > MAX_NAME) {
                throw V1Problem.badRequest("Invalid name: at most " + MAX_NAME + " characters");
            }
            IssuedToken issued = useCases.createToken().createToken(caller.organisationId(),
                    caller.member().userId(), name);
            Map<String, Object> json = V1Json.token(issued.token());
            json.put("token", issued.secret());
            ctx.status(201).json(V1Json.data(json));
        });
        routes.get("/api/v1/tokens", (ctx, caller) -> {
            requireManager(caller);
            ctx.json(V1Json.data(useCases.listTokens().listTokens(caller.organisationId()).stream()
                    .map(V1Json::token).toList()));
        });
        routes.delete("/api/v1/tokens/{id}", (ctx, caller) -> {
            requireManager(caller);
            ApiTokenId id = V1Query.pathId(ctx, "id", ApiTokenId::new, "Token not found");
            useCases.revokeToken().revokeToken(caller.organisationId(), id);
            ctx.json(V1Json.data(useCases.listTokens().listTokens(caller.organisationId()).stream()
                    .filter(token -> token.id().equals(id)).findFirst().map(V1Json::token).orElseThrow()));
        });
    }

    private static void requireManager(ApiCaller caller) {
        if (!caller.mayWrite()) {
            throw new V1Problem(403, "Only owners and developers may manage tokens");
        }
    }
}

package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.PageRequest;

/** Projects, their members, and clients. */
final class V1ProjectRoutes {
    private final IntakeUseCases useCases;

    V1ProjectRoutes(IntakeUseCases useCases) {
        this.useCases = useCases;
    }

    void register(V1Routes routes) {
        routes.get("/api/v1/projects", (ctx, caller) -> ctx.json(V1Json.page(
                useCases.listProjects().listProjects(caller, V1Query.page(ctx, PageRequest.MAX_LIMIT)),
                V1Json::project)));
        routes.get("/api/v1/projects/{id}", (ctx, caller) -> ctx.json(V1Json.data(V1Json.projectWithKey(
                useCases.getProject().getProject(caller, projectId(ctx))))));
        routes.get("/api/v1/projects/{id}/members", (ctx, caller) -> ctx.json(V1Json.data(
                useCases.listProjectMembers().listProjectMembers(caller, projectId(ctx)).stream()
                        .map(V1Json::member).toList())));
        routes.get("/api/v1/clients", (ctx, caller) -> ctx.json(V1Json.page(
                useCases.listClients().listClients(caller, V1Query.page(ctx)), V1Json::client)));
    }

    private static IntakeProjectId projectId(io.javalin.http.Context ctx) {
        return V1Query.pathId(ctx, "id", IntakeProjectId::new, "Project not found");
    }
}

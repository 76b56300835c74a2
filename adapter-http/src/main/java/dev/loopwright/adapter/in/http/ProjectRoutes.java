package dev.loopwright.adapter.in.http;

import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /api/projects}: attached repositories. */
final class ProjectRoutes {
    private final HttpUseCases useCases;

    ProjectRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        // Registered before /{id} so these names are not taken for project ids.
        routes.get("/api/projects/check-git", ctx -> ctx.json(FolderJson.check(
                useCases.checkFolder().check(Optional.ofNullable(ctx.queryParam("path"))))));
        routes.get("/api/projects/ls", ctx -> ctx.json(FolderJson.listing(
                useCases.browseFolders().list(Optional.ofNullable(ctx.queryParam("path"))))));
        routes.get("/api/projects", ctx -> ctx.json(useCases.listProjects().list().stream()
                .map(ProjectJson::from).toList()));
        routes.post("/api/projects", ctx -> ctx.status(201).json(ProjectJson.from(
                useCases.createProject().create(ProjectJson.create(JsonBody.required(ctx))))));
        routes.get("/api/projects/{id}", ctx -> ctx.json(ProjectJson.from(useCases.getProject().get(id(ctx)))));
        routes.patch("/api/projects/{id}", ctx -> ctx.json(ProjectJson.from(
                useCases.updateProject().update(ProjectJson.update(id(ctx), JsonBody.required(ctx))))));
        routes.delete("/api/projects/{id}", ctx -> {
            Project project = useCases.getProject().get(id(ctx));
            useCases.deleteProject().delete(project.id());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("projectRoot", project.folderPath().toString());
            ctx.json(body);
        });
    }

    static ProjectId id(Context ctx) {
        return parseProjectId(ctx.pathParam("id"));
    }

    static ProjectId parseProjectId(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            throw ApiProblem.badRequest("Invalid project ID");
        }
        return new ProjectId(Long.parseLong(raw));
    }
}

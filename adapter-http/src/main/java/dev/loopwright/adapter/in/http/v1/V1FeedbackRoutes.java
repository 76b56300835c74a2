package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.port.in.FeedbackChanges;
import dev.loopwright.application.port.in.NewFeedbackCommand;
import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeIds;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Feedback items: list, get, create, triage edit, delete. */
final class V1FeedbackRoutes {
    private final IntakeUseCases useCases;

    V1FeedbackRoutes(IntakeUseCases useCases) {
        this.useCases = useCases;
    }

    void register(V1Routes routes) {
        routes.get("/api/v1/feedback", (ctx, caller) -> {
            FeedbackFilter filter = new FeedbackFilter(V1Query.id(ctx, "project_id", IntakeProjectId::new),
                    V1Query.choice(ctx, "status", FeedbackStatus::parse),
                    V1Query.choice(ctx, "type", FeedbackType::parse));
            ctx.json(V1Json.page(useCases.listFeedback().listFeedback(caller, filter, V1Query.page(ctx)),
                    V1Json::feedback));
        });
        routes.post("/api/v1/feedback", (ctx, caller) -> {
            V1Body body = V1Body.of(ctx);
            String projectId = body.text("project_id").orElse("");
            String title = body.text("title").orElse("");
            if (projectId.isBlank() || title.isBlank()) {
                throw V1Problem.badRequest("Missing project_id or title");
            }
            if (!IntakeIds.isValid(projectId)) {
                throw new V1Problem(404, "Project not found");
            }
            NewFeedbackCommand command = new NewFeedbackCommand(new IntakeProjectId(projectId), title,
                    body.text("description").orElse(""),
                    body.choice("type", FeedbackType::parse).orElse(FeedbackType.GENERAL),
                    body.text("page_url").orElse(""),
                    new Reporter(body.text("reporter_name").orElse(""), body.text("reporter_email").orElse("")),
                    body.text("screenshot_url"), body.text("recording_url"),
                    body.json("annotations", true).orElse(RawJson.emptyArray()),
                    body.json("browser_info", false).orElse(RawJson.emptyObject()));
            ctx.status(201).json(V1Json.data(V1Json.feedbackDetail(
                    useCases.createFeedback().createFeedback(caller, command))));
        });
        routes.get("/api/v1/feedback/{id}", (ctx, caller) -> ctx.json(V1Json.data(V1Json.feedbackDetail(
                useCases.getFeedback().getFeedback(caller, feedbackId(ctx))))));
        routes.patch("/api/v1/feedback/{id}", (ctx, caller) -> {
            FeedbackId id = feedbackId(ctx);
            V1Body body = V1Body.of(ctx);
            FeedbackChanges changes = new FeedbackChanges(body.choice("status", FeedbackStatus::parse),
                    body.nonBlank("title"), body.text("description"), body.choice("type", FeedbackType::parse));
            if (changes.isEmpty()) {
                throw V1Problem.badRequest("No valid fields");
            }
            ctx.json(V1Json.data(V1Json.feedbackDetail(useCases.updateFeedback().updateFeedback(caller, id,
                    changes))));
        });
        routes.delete("/api/v1/feedback/{id}", (ctx, caller) -> {
            FeedbackId id = feedbackId(ctx);
            useCases.deleteFeedback().deleteFeedback(caller, id);
            Map<String, Object> deleted = new LinkedHashMap<>();
            deleted.put("id", id.value());
            deleted.put("deleted", true);
            ctx.json(V1Json.data(deleted));
        });
    }

    static FeedbackId feedbackId(Context ctx) {
        return V1Query.pathId(ctx, "id", FeedbackId::new, "Feedback not found");
    }
}

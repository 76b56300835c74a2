package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.SourceRef;
import io.javalin.http.Context;
import java.util.function.Function;

/** Comments on a feedback item or a board card: list (oldest first, paged) and add. */
final class V1CommentRoutes {
    private static final int MAX_BODY = Comment.MAX_BODY;

    private final IntakeUseCases useCases;

    V1CommentRoutes(IntakeUseCases useCases) {
        this.useCases = useCases;
    }

    void register(V1Routes routes) {
        register(routes, "/api/v1/feedback/{id}/comments",
                ctx -> SourceRef.feedback(V1FeedbackRoutes.feedbackId(ctx)));
        register(routes, "/api/v1/boards/cards/{id}/comments",
                ctx -> SourceRef.card(V1Query.pathId(ctx, "id", CardId::new, "Card not found")));
    }

    private void register(V1Routes routes, String path, Function<Context, SourceRef> subject) {
        routes.get(path, (ctx, caller) -> ctx.json(V1Json.page(
                useCases.listComments().listComments(caller, subject.apply(ctx), V1Query.page(ctx)),
                V1Json::comment)));
        routes.post(path, (ctx, caller) -> {
            SourceRef ref = subject.apply(ctx);
            String body = V1Body.of(ctx).text("body").orElse("");
            if (body.isBlank()) {
                throw V1Problem.badRequest("Missing body");
            }
            if (body.length() > MAX_BODY) {
                throw V1Problem.badRequest("Invalid body: at most " + MAX_BODY + " characters");
            }
            ctx.status(201).json(V1Json.data(V1Json.comment(useCases.addComment().addComment(caller, ref, body))));
        });
    }
}

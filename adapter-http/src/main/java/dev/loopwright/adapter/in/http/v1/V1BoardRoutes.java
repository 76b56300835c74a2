package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.PageRequest;

/** Board lists (of one board project) and cards (optionally of one project or list). */
final class V1BoardRoutes {
    private final IntakeUseCases useCases;

    V1BoardRoutes(IntakeUseCases useCases) {
        this.useCases = useCases;
    }

    void register(V1Routes routes) {
        routes.get("/api/v1/boards/lists", (ctx, caller) -> {
            String projectId = ctx.queryParam("project_id");
            if (projectId == null || projectId.isBlank()) {
                throw V1Problem.badRequest("project_id query parameter is required");
            }
            IntakeProjectId id = V1Query.id(ctx, "project_id", IntakeProjectId::new).orElseThrow();
            ctx.json(V1Json.page(useCases.listBoardLists().listBoardLists(caller, id,
                    V1Query.page(ctx, PageRequest.MAX_LIMIT)), V1Json::list));
        });
        routes.get("/api/v1/boards/cards", (ctx, caller) -> {
            CardFilter filter = new CardFilter(V1Query.id(ctx, "project_id", IntakeProjectId::new),
                    V1Query.id(ctx, "list_id", BoardListId::new));
            ctx.json(V1Json.page(useCases.listBoardCards().listBoardCards(caller, filter, V1Query.page(ctx)),
                    V1Json::card));
        });
        routes.get("/api/v1/boards/cards/{id}", (ctx, caller) -> ctx.json(V1Json.data(V1Json.card(
                useCases.getBoardCard().getBoardCard(caller,
                        V1Query.pathId(ctx, "id", CardId::new, "Card not found"))))));
    }
}

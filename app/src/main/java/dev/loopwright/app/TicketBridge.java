package dev.loopwright.app;

import dev.loopwright.adapter.in.http.v1.TicketBridgeUseCases;
import dev.loopwright.adapter.in.mcp.McpServerEndpoint;
import dev.loopwright.adapter.in.mcp.McpUseCases;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.intake.generation.TicketGenerator;
import dev.loopwright.application.intake.promotion.DevTicketStatusFollower;
import dev.loopwright.application.port.in.CreateTicketUseCase;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.DevTicketGenerationService;
import dev.loopwright.application.service.DevTicketPromotionService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Feedback to workflow: AI ticket generation, promotion into a workflow ticket, the status follower and the MCP
 * server, wired over the intake's services. Generation sessions run in the data directory; they have no tools, so
 * nothing there is read. The MCP server closes with the Javalin server it is mounted in.
 */
final class TicketBridge {
    final DevTicketGenerationService generation;
    final DevTicketPromotionService promotion;
    /** Subscribe it to the ticket notifications, and call {@code catchUp} once at startup. */
    final DevTicketStatusFollower follower;
    final McpServerEndpoint mcp;

    TicketBridge(SqliteStore store, IntakeServices intake, CreateTicketUseCase creates, ModelRuntime runtime,
            Path sessionDirectory, Clock clock) {
        TicketGenerator generator = new TicketGenerator(store.profiles(), runtime,
                new PromptBuilder(Services.PROMPT_TOKEN_BUDGET), sessionDirectory);
        generation = new DevTicketGenerationService(intake.tickets, intake.tickets, generator);
        promotion = new DevTicketPromotionService(intake.tickets, intake.tickets, creates, store.tickets());
        follower = new DevTicketStatusFollower(store.intake().devTickets(), store.tickets(), store.unitOfWork(), clock);
        mcp = new McpServerEndpoint(new McpUseCases(intake.tokens, intake.feedback, intake.feedback, intake.feedback,
                intake.tickets, intake.tickets, intake.tickets, generation, promotion, promotion), version());
    }

    /** What the {@code /api/v1} routes for generation and promotion drive. */
    TicketBridgeUseCases http() {
        return new TicketBridgeUseCases(generation, promotion, promotion);
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}

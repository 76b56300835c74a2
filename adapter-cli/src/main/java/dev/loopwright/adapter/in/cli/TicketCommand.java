package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwright ticket}: create tickets and move them through the workflow. */
@Command(name = "ticket", mixinStandardHelpOptions = true,
        description = "Create, list, show, start, cancel, retry, continue and delete tickets.",
        footer = {"", "Examples:", "  loopwright ticket create --project 1 --title \"Save the basket\"",
                "  loopwright ticket start SHOP-1", "  loopwright ticket show SHOP-1 --json",
                "", "Exit status: 0 ok, 1 failure, 2 usage, 3 the ticket is blocked (BLOCKED_ERROR)."})
public final class TicketCommand implements Runnable {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    public TicketCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        throw MissingSubcommand.of(spec);
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a ticket (DRAFT).")
    int create(@Option(names = "--project", required = true, paramLabel = "ID") int project,
            @Option(names = "--title", required = true, paramLabel = "TEXT") String title,
            @Option(names = "--description", paramLabel = "TEXT") String description,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("projectId", project).put("title", title);
        if (description != null) {
            body.put("description", description);
        }
        return call(connection, output, api -> api.post("/api/tickets", body), "created");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tickets, latest first.")
    int list(@Option(names = "--project", paramLabel = "ID", description = "Only this project's.") Integer project,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode tickets = server.api().get("/api/tickets" + (project == null ? "" : "?projectId=" + project));
            new Printer(spec, output).print(tickets, p -> {
                if (tickets.isEmpty()) {
                    p.line("No tickets yet: loopwright ticket create --project ID --title TEXT");
                }
                tickets.forEach(ticket -> p.line(ticket.path("externalId").asText() + "  "
                        + p.status(ticket.path("status").asText()) + "  " + ticket.path("title").asText()));
            });
        }
        return ExitCodes.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one ticket.")
    int show(@Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12") String ref,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        return call(connection, output, api -> api.get(path(ref)), null);
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a DRAFT ticket: the council begins with the relevant-file scan.")
    int start(@Parameters(paramLabel = "TICKET") String ref, @Mixin ConnectionOptions connection,
            @Mixin OutputOptions output) {
        return call(connection, output, api -> api.post(path(ref) + "/start", null), "started");
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a ticket for good.")
    int cancel(@Parameters(paramLabel = "TICKET") String ref,
            @Option(names = "--delete-content", description = "Also delete its artifacts, working copy and branch.")
            boolean deleteContent,
            @Option(names = "--delete-log", description = "Also delete its execution log.") boolean deleteLog,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("deleteContent", deleteContent)
                .put("deleteLog", deleteLog);
        return call(connection, output, api -> api.post(path(ref) + "/cancel", body), "cancelled");
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Run a blocked ticket's failed phase again.")
    int retry(@Parameters(paramLabel = "TICKET") String ref,
            @Option(names = "--note", paramLabel = "TEXT", description = "What to do differently (setup, coding).")
            String note,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        if (note != null) {
            body.put("note", note);
        }
        return call(connection, output, api -> api.post(path(ref) + "/retry", body), "retried");
    }

    @Command(name = "continue", mixinStandardHelpOptions = true,
            description = "Continue a blocked ticket's preserved model session (after a provider limit).")
    int continueTicket(@Parameters(paramLabel = "TICKET") String ref, @Mixin ConnectionOptions connection,
            @Mixin OutputOptions output) {
        return call(connection, output, api -> api.post(path(ref) + "/continue", null), "continued");
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a COMPLETED or CANCELED ticket with its working copy, branch and log.")
    int delete(@Parameters(paramLabel = "TICKET") String ref, @Mixin ConnectionOptions connection,
            @Mixin OutputOptions output) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode answer = server.api().delete(path(ref));
            new Printer(spec, output).print(answer, p -> p.line(ref + " deleted"));
        }
        return ExitCodes.OK;
    }

    static String path(String ref) {
        return "/api/tickets/" + ApiClient.encode(ref);
    }

    /** Sends one request whose answer is the ticket, prints it, and exits 3 when the ticket is blocked. */
    private int call(ConnectionOptions connection, OutputOptions output,
            java.util.function.Function<ApiClient, JsonNode> request, String verb) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode ticket = request.apply(server.api());
            String status = ticket.path("status").asText();
            new Printer(spec, output).print(ticket, p -> {
                p.line(ticket.path("externalId").asText() + (verb == null ? "" : " " + verb) + ": "
                        + p.status(status) + "  " + ticket.path("title").asText());
                if (ticket.path("errorMessage").isTextual()) {
                    p.line("  " + ticket.get("errorMessage").asText());
                }
            });
            return status.equals("BLOCKED_ERROR") ? ExitCodes.TICKET_BLOCKED : ExitCodes.OK;
        }
    }
}

package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code loopwright watch}: follows a ticket live (status changes, progress bars, bead completions, log lines) until
 * it needs a person or is finished. Running in-process, this is also what keeps the engine working meanwhile.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow a ticket live until it waits for you, is blocked or is finished.",
        footer = {"", "Examples:", "  loopwright watch SHOP-1", "  loopwright watch SHOP-1 --json   # one event per line",
                "", "Exit status: 0 when it waits for you or is finished, 3 when it is blocked."})
public final class WatchCommand implements Callable<Integer> {
    private static final int BAR_WIDTH = 24;

    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12")
    private String ref;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    public WatchCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public Integer call() {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            Printer printer = new Printer(spec, output);
            JsonNode ticket = server.api().get(TicketCommand.path(ref));
            if (printer.json()) {
                printer.jsonLine(ApiClient.JSON.createObjectNode().put("event", "ticket").set("data", ticket));
            } else {
                printer.line(ticket.path("externalId").asText() + ": "
                        + printer.status(ticket.path("status").asText()) + "  " + ticket.path("title").asText());
            }
            JsonNode settled = TicketWaiter.until(server.api(), ref, ticket,
                    current -> TicketStatuses.awaitsAPerson(server.api(), ref, current.path("status").asText()),
                    event -> {
                        if (printer.json()) {
                            printer.jsonLine(ApiClient.JSON.createObjectNode().put("event", event.name())
                                    .set("data", event.data()));
                        } else {
                            describe(printer, event);
                        }
                    })
                    // The stream ended first (the server stopped): report the ticket as it is now.
                    .orElseGet(() -> server.api().get(TicketCommand.path(ref)));
            String status = settled.path("status").asText();
            return status.equals("BLOCKED_ERROR") ? ExitCodes.TICKET_BLOCKED : ExitCodes.OK;
        }
    }

    private static void describe(Printer printer, ApiClient.ServerEvent event) {
        JsonNode data = event.data();
        switch (event.name()) {
            case "state_change" -> printer.line("→ " + printer.status(data.path("to").asText()));
            case "progress" -> printer.line("  " + bar(data.path("done").asInt(), data.path("total").asInt()) + " "
                    + data.path("label").asText());
            case "bead_complete" -> printer.line("  ✔ bead " + data.path("beadId").asText() + " ("
                    + data.path("completed").asInt() + "/" + data.path("total").asInt() + ")");
            case "log" -> printer.line("  [" + data.path("phase").asText() + "] " + data.path("message").asText());
            case "error" -> printer.line("  ✖ " + data.path("message").asText() + " " + data.path("codes"));
            case "needs_input" -> printer.line("  waiting for you: " + data.path("type").asText());
            default -> {
                // connected, heartbeat, artifact changes: nothing a person needs to read
            }
        }
    }

    static String bar(int done, int total) {
        int filled = total <= 0 ? 0 : Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total;
    }
}

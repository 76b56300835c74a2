package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code merge} and {@code close} share: one ticket waiting for pull request review, one finishing action sent,
 * and the ticket reported as it is afterwards (exit 3 when the action blocked it).
 */
abstract class FinishCommand implements Callable<Integer> {
    private final ServerConnector connector;
    private final String action;
    private final String verb;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12")
    private String ref;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    FinishCommand(ServerConnector connector, String action, String verb) {
        this.connector = connector;
        this.action = action;
        this.verb = verb;
    }

    @Override
    public Integer call() {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            server.api().post(TicketCommand.path(ref) + action, null);
            JsonNode ticket = server.api().get(TicketCommand.path(ref));
            String status = ticket.path("status").asText();
            new Printer(spec, output).print(ticket, p -> {
                p.line(ref + " " + verb + ": " + p.status(status));
                if (ticket.path("errorMessage").isTextual()) {
                    p.line("  " + ticket.get("errorMessage").asText());
                }
            });
            return status.equals("BLOCKED_ERROR") ? ExitCodes.TICKET_BLOCKED : ExitCodes.OK;
        }
    }
}

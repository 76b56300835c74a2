package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwright merge}: merges a delivered ticket's change into its base branch (or its pull request). */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the change of a ticket waiting for pull request review.",
        footer = {"", "Examples:", "  loopwright merge SHOP-1"})
public final class MergeCommand implements Callable<Integer> {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12")
    private String ref;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    public MergeCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public Integer call() {
        return finish(connector, connection, spec, output, ref, "/merge", "merged");
    }

    /** Sends the finishing action and reports the ticket as it is afterwards. */
    static int finish(ServerConnector connector, ConnectionOptions connection, CommandSpec spec, OutputOptions output,
            String ref, String action, String verb) {
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

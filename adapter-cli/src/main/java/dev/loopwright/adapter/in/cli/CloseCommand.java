package dev.loopwright.adapter.in.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwright close}: finishes a delivered ticket without merging its change. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Finish a ticket waiting for pull request review without merging it.",
        footer = {"", "Examples:", "  loopwright close SHOP-1"})
public final class CloseCommand implements Callable<Integer> {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12")
    private String ref;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    public CloseCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public Integer call() {
        return MergeCommand.finish(connector, connection, spec, output, ref, "/close-unmerged", "closed");
    }
}

package dev.loopwright.adapter.in.cli;

import picocli.CommandLine.Command;

/** {@code loopwright close}: finishes a delivered ticket without merging its change. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Finish a ticket waiting for pull request review without merging it.",
        footer = {"", "Examples:", "  loopwright close SHOP-1"})
public final class CloseCommand extends FinishCommand {
    public CloseCommand(ServerConnector connector) {
        super(connector, "/close-unmerged", "closed");
    }
}

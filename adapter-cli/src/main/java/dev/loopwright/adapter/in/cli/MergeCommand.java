package dev.loopwright.adapter.in.cli;

import picocli.CommandLine.Command;

/** {@code loopwright merge}: merges a delivered ticket's change into its base branch (or its pull request). */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the change of a ticket waiting for pull request review.",
        footer = {"", "Examples:", "  loopwright merge SHOP-1"})
public final class MergeCommand extends FinishCommand {
    public MergeCommand(ServerConnector connector) {
        super(connector, "/merge", "merged");
    }
}

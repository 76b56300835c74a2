package dev.loopwright.adapter.in.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A command group called without one of its commands: a usage error (exit 2) that lists them. */
final class MissingSubcommand {
    private MissingSubcommand() {
    }

    static CommandLine.ParameterException of(CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}

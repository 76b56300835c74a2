package dev.loopwright.adapter.in.cli;

import picocli.CommandLine.Option;

/** How a command prints its result. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print the server's JSON answer instead of text, for scripts.")
    boolean json;
}

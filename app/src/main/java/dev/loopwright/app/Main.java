package dev.loopwright.app;

import dev.loopwright.adapter.in.cli.ApproveCommand;
import dev.loopwright.adapter.in.cli.CloseCommand;
import dev.loopwright.adapter.in.cli.InterviewCommand;
import dev.loopwright.adapter.in.cli.MergeCommand;
import dev.loopwright.adapter.in.cli.ProfileCommand;
import dev.loopwright.adapter.in.cli.ProjectCommand;
import dev.loopwright.adapter.in.cli.ServerConnector;
import dev.loopwright.adapter.in.cli.TicketCommand;
import dev.loopwright.adapter.in.cli.WatchCommand;
import dev.loopwright.app.demo.DemoCommand;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code loopwright} command. Parses arguments, runs the chosen subcommand, exits with its code. */
@Command(
        name = "loopwright",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Takes a coding ticket from idea to merged change with an LLM council and coding agents.",
        subcommands = {ServeCommand.class, IntakeCommand.class})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        // A command's result goes to stdout and its failures to stderr as one line; the in-process server's
        // informational logging would only be noise there. The server keeps its startup log.
        if (args.length == 0 || !args[0].equals("serve")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                    System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 usage error, 3 ticket blocked. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The command line with the environment and home folder its commands resolve the data directory from. */
    static CommandLine commandLine(Map<String, String> environment, Path home) {
        ServerConnector connector = new LocalServerConnector(environment, home);
        return new CommandLine(new Main())
                .addSubcommand(new ProjectCommand(connector))
                .addSubcommand(new ProfileCommand(connector))
                .addSubcommand(new TicketCommand(connector))
                .addSubcommand(new InterviewCommand(connector))
                .addSubcommand(new ApproveCommand(connector))
                .addSubcommand(new WatchCommand(connector))
                .addSubcommand(new MergeCommand(connector))
                .addSubcommand(new CloseCommand(connector))
                .addSubcommand(new DemoCommand(environment, home, new LocalDemoPlatform()))
                .addSubcommand(new AutoComplete.GenerateCompletion())
                .setExecutionExceptionHandler(Main::reportFailure);
    }

    /** A failure the user can act on is one clear line on stderr, not a stack trace; exit code 1. */
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText("loopwright: " + e.getMessage()));
        return CommandLine.ExitCode.SOFTWARE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}

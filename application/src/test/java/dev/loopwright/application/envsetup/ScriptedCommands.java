package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/** A command runner that runs nothing: each command line ends as scripted (exit 0 unless told), every run recorded. */
final class ScriptedCommands implements CommandRunner {
    private final Map<String, CommandResult> results = new ConcurrentHashMap<>();
    private final List<CommandRequest> runs = new ArrayList<>();

    ScriptedCommands failing(String command, int exitCode, String output) {
        results.put(command, new CommandResult(command, OptionalInt.of(exitCode), false, output, false,
                Duration.ofMillis(5)));
        return this;
    }

    ScriptedCommands passing(String command) {
        results.remove(command);
        return this;
    }

    synchronized List<CommandRequest> runs() {
        return List.copyOf(runs);
    }

    @Override
    public synchronized CommandResult run(CommandRequest request) {
        runs.add(request);
        return results.getOrDefault(request.command(), new CommandResult(request.command(), OptionalInt.of(0), false,
                "ok\n", false, Duration.ofMillis(5)));
    }
}

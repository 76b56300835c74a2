package dev.loopwright.application.delivery;

import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Commands that pass unless told otherwise; every request is kept. */
final class ScriptedCommands implements CommandRunner {
    final List<CommandRequest> requests = new ArrayList<>();
    private final Map<String, CommandResult> scripted = new HashMap<>();

    ScriptedCommands fails(String command, int exitCode, String output) {
        scripted.put(command, new CommandResult(command, OptionalInt.of(exitCode), false, output, false,
                Duration.ofMillis(7)));
        return this;
    }

    ScriptedCommands timesOut(String command) {
        scripted.put(command, new CommandResult(command, OptionalInt.empty(), true, "still running", false,
                Duration.ofMillis(50)));
        return this;
    }

    @Override
    public CommandResult run(CommandRequest request) {
        requests.add(request);
        return scripted.getOrDefault(request.command(), new CommandResult(request.command(), OptionalInt.of(0), false,
                "ok: " + request.command(), false, Duration.ofMillis(3)));
    }

    List<String> commands() {
        return requests.stream().map(CommandRequest::command).toList();
    }
}

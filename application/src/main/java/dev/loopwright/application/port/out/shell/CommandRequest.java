package dev.loopwright.application.port.out.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One shell command line to run.
 *
 * @param timeout how long it may run; {@link Duration#ZERO} means no limit
 * @param environment added to (and overriding) the server's own environment
 */
public record CommandRequest(Path workingDirectory, String command, Duration timeout, Map<String, String> environment) {
    public CommandRequest {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(command, "command");
        if (command.isBlank()) {
            throw new IllegalArgumentException("command is blank");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout is negative: " + timeout);
        }
        environment = Map.copyOf(environment);
    }

    public static CommandRequest of(Path workingDirectory, String command, Duration timeout) {
        return new CommandRequest(workingDirectory, command, timeout, Map.of());
    }
}

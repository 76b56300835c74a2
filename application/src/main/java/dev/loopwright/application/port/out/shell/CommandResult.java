package dev.loopwright.application.port.out.shell;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a command ended.
 *
 * @param exitCode empty when it never exited by itself (it timed out, or could not start)
 * @param output what it printed, standard output and error interleaved, cut to the runner's limit
 * @param outputTruncated whether output was cut
 */
public record CommandResult(String command, OptionalInt exitCode, boolean timedOut, String output,
        boolean outputTruncated, Duration duration) {
    public CommandResult {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(duration, "duration");
    }

    public boolean passed() {
        return !timedOut && exitCode.isPresent() && exitCode.getAsInt() == 0;
    }

    /** The last {@code maxChars} characters of the output: where a failing test says why. */
    public String outputTail(int maxChars) {
        return output.length() <= maxChars ? output : "…" + output.substring(output.length() - maxChars);
    }

    /** One line for logs and notes: the command and how it ended. */
    public String summary() {
        String ending = timedOut ? "timed out" : exitCode.isPresent() ? "exit " + exitCode.getAsInt()
                : "could not start";
        return "`" + command + "` " + ending + " after " + duration.toMillis() + " ms";
    }
}

package dev.loopwright.application.envsetup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.shell.CommandResult;
import java.util.Objects;

/** One command we ran to verify setup, kept in the report and the profile: what ran, how it ended, its output tail. */
record CommandReceipt(String id, String purpose, CommandResult result) {
    /** Enough of a failing command's output to see why, little enough to read on a ticket. */
    static final int TAIL = 2_000;

    CommandReceipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(result, "result");
    }

    String status() {
        return result.passed() ? "passed" : result.timedOut() ? "timed_out" : "failed";
    }

    ObjectNode json() {
        ObjectNode node = EnvSetupStore.JSON.createObjectNode().put("id", id).put("command", result.command())
                .put("status", status());
        if (result.exitCode().isPresent()) {
            node.put("exit_code", result.exitCode().getAsInt());
        } else {
            node.putNull("exit_code");
        }
        return node.put("duration_ms", result.duration().toMillis()).put("output_excerpt", result.outputTail(TAIL));
    }

    /** The failure as a person reads it: which check, the command, how it ended, and its output tail. */
    SetupFailure failure(String what) {
        return new SetupFailure(SetupFailure.Kind.VERIFICATION, what + " " + id + " failed: " + result.summary(),
                "Output (last " + TAIL + " characters):\n" + result.outputTail(TAIL));
    }
}

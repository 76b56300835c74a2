package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;

/**
 * Runs a shell command line in a folder, the way a developer would type it: test commands of beads, the final test,
 * setup probes. Loopwright runs these itself instead of trusting a model's word that they passed.
 */
public interface CommandRunner {

    /**
     * Runs the command to its end or its timeout (then it and every process it started are killed). Never throws for
     * a command that fails or cannot start: that is a result that did not pass. Throws only when interrupted.
     */
    CommandResult run(CommandRequest request) throws InterruptedException;
}

package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.delivery.ApprovedInputs.FinalTestCommands;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RUNNING_FINAL_TEST: runs the project's whole test suite ourselves in the ticket's working copy, command by
 * command, each within {@code perIterationTimeout}, stopping at the first failure. A model's word that tests pass is
 * never taken. It commits nothing, so running it again after a crash just tests again.
 * <p>
 * Unlike the reference, no model writes extra tests here: the beads already carried their own tests.
 */
final class FinalTestPhase implements PhaseHandler {
    static final TicketStatus PHASE = TicketStatus.RUNNING_FINAL_TEST;
    /** Enough of a failing run's end to see which test failed and why, small enough for a report and a message. */
    static final int OUTPUT_TAIL = 4_000;

    private final DeliveryPorts ports;
    private final DeliveryStore store;
    private final ApprovedInputs inputs;
    private final DeliverySettings settings;

    FinalTestPhase(DeliveryPorts ports, DeliveryStore store, ApprovedInputs inputs, DeliverySettings settings) {
        this.ports = ports;
        this.store = store;
        this.inputs = inputs;
        this.settings = settings;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) throws InterruptedException {
        TicketSite site = TicketSite.of(ports, context.ticketId(), DeliveryArtifacts.FINAL_TEST_FAILED);
        FinalTestCommands commands = inputs.finalTestCommands(site.ticket().id());
        if (commands.commands().isEmpty()) {
            throw new PhaseFailure("No final test commands: the approved execution setup plan has no"
                    + " project_commands.test_full and no approved bead names a test command", List.of(
                    DeliveryArtifacts.FINAL_TEST_FAILED), Optional.empty());
        }
        Duration timeout = settings.commandTimeout(site.ticket());
        List<CommandResult> results = new ArrayList<>();
        for (String command : commands.commands()) {
            context.cancellation().throwIfCancelled();
            store.info(site.ticket().id(), PHASE, "Running `" + command + "`");
            CommandResult result = runStoppable(CommandRequest.of(site.workspace().workingCopy(), command, timeout),
                    context);
            results.add(result);
            store.log(site.ticket().id(), PHASE, result.passed() ? TicketNotification.LogLine.Level.INFO
                    : TicketNotification.LogLine.Level.ERROR, result.summary());
            if (!result.passed()) {
                break;
            }
        }
        context.cancellation().throwIfCancelled();
        boolean passed = results.size() == commands.commands().size() && results.stream()
                .allMatch(CommandResult::passed);
        store.append(site.ticket().id(), PHASE, DeliveryArtifacts.FINAL_TEST_REPORT, report(commands, results, passed,
                timeout));
        if (passed) {
            return Optional.of(TicketEvent.of(TicketEventType.TESTS_PASSED));
        }
        CommandResult failed = results.get(results.size() - 1);
        return Optional.of(new TicketEvent.Failure(TicketEventType.TESTS_FAILED, "Final test failed: "
                + failed.summary() + "\n" + failed.outputTail(OUTPUT_TAIL), List.of(
                DeliveryArtifacts.FINAL_TEST_FAILED), Optional.of(failed.outputTail(OUTPUT_TAIL))));
    }

    /**
     * Runs one command; cancelling the ticket interrupts it, which stops the command's whole process tree instead
     * of letting a long test suite run on for a ticket nobody waits for. The cancellation outlives this phase, so
     * the interrupt is only armed while the command runs.
     */
    private CommandResult runStoppable(CommandRequest request, PhaseContext context) throws InterruptedException {
        Thread worker = Thread.currentThread();
        Object lock = new Object();
        boolean[] armed = {true};
        context.cancellation().onCancel(() -> {
            synchronized (lock) {
                if (armed[0]) {
                    worker.interrupt();
                }
            }
        });
        try {
            return ports.commands().run(request);
        } catch (InterruptedException interrupted) {
            context.cancellation().throwIfCancelled();
            throw interrupted;
        } finally {
            synchronized (lock) {
                armed[0] = false;
            }
        }
    }

    private ObjectNode report(FinalTestCommands commands, List<CommandResult> results, boolean passed,
            Duration timeout) {
        ObjectNode report = store.object().put("status", passed ? "passed" : "failed");
        report.put("commandSource", commands.source().map(Enum::name).orElse("NONE").toLowerCase(Locale.ROOT))
                .put("commandSourceDescription", commands.source().map(ApprovedInputs.CommandSource::description)
                        .orElse(""))
                .put("timeoutMs", timeout.toMillis());
        DeliveryStore.putAll(report, "plannedCommands", commands.commands());
        ArrayNode runs = report.putArray("commands");
        for (CommandResult result : results) {
            ObjectNode run = runs.addObject().put("command", result.command()).put("passed", result.passed())
                    .put("timedOut", result.timedOut()).put("durationMs", result.duration().toMillis())
                    .put("outputTail", result.outputTail(OUTPUT_TAIL)).put("outputTruncated", result.outputTruncated());
            if (result.exitCode().isPresent()) {
                run.put("exitCode", result.exitCode().getAsInt());
            } else {
                run.putNull("exitCode");
            }
        }
        return report;
    }
}

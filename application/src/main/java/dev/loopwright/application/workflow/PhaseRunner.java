package dev.loopwright.application.workflow;

import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each status's handler when a ticket enters it, in the background. The state machine holds no logic; this
 * is where the work happens. One run per ticket and status at a time; a failure blocks the ticket with an error
 * code; a cancellation never does. A status change the running work did not make itself (a planning restart, a
 * cancel) makes that work stale, so it is cancelled. On startup, {@link #recover()} re-enters every unfinished
 * ticket, which is safe because handlers work from durable inputs.
 */
public final class PhaseRunner implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseRunner.class);

    private final ApplyTicketEventUseCase transitions;
    private final TicketRepository tickets;
    private final Map<TicketStatus, PhaseHandler> handlers;
    private final Map<TicketStatus, String> errorCodes;
    private final Executor executor;
    private final EventPublisher log;
    /** The runs in flight, by ticket and status, each with the cancellation it was started with. */
    private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
    private final Map<TicketId, Cancellation> cancellations = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /**
     * @param errorCodes the code a status's unexpected failures are blocked with, e.g. CODING → CODING_FAILED
     * @param log hears a line when a phase starts, ends, fails or is cancelled, for the ticket's live log
     */
    public PhaseRunner(ApplyTicketEventUseCase transitions, TicketRepository tickets,
            Map<TicketStatus, PhaseHandler> handlers, Map<TicketStatus, String> errorCodes, Executor executor,
            EventPublisher log) {
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.handlers = handlers.isEmpty() ? Map.of() : new EnumMap<>(handlers);
        this.errorCodes = errorCodes.isEmpty() ? Map.of() : new EnumMap<>(errorCodes);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Listens to state changes: entering a status starts its handler; reaching a final status drops the signal. */
    @Override
    public void publish(TicketNotification notification) {
        if (notification instanceof TicketNotification.StateChanged) {
            TicketNotification.StateChanged changed = (TicketNotification.StateChanged) notification;
            // A run removes itself before applying its own event, so whatever still runs here is stale.
            if (changed.to().isTerminal() || hasRunInFlight(changed.ticketId())) {
                Optional.ofNullable(cancellations.remove(changed.ticketId())).ifPresent(Cancellation::cancel);
            }
            if (!changed.to().isTerminal()) {
                entered(changed.ticketId(), changed.to());
            }
        }
    }

    /** Re-enters the current status of every unfinished ticket. Call once at startup. */
    public void recover() {
        List<Ticket> unfinished = tickets.findUnfinished();
        LOG.info("Resuming {} unfinished ticket(s)", unfinished.size());
        unfinished.forEach(ticket -> entered(ticket.id(), ticket.status()));
    }

    /** Stops the ticket's running work; the CANCEL transition itself is the caller's. */
    public void cancel(TicketId ticketId) {
        cancellations.computeIfAbsent(ticketId, id -> new Cancellation()).cancel();
        cancellations.remove(ticketId);
    }

    /**
     * Cancels every running phase and starts no new one: for shutting down. The tickets stay in their statuses,
     * since a cancelled run never blocks, and {@link #recover()} resumes them on the next start.
     */
    public void stop() {
        stopped = true;
        cancellations.values().forEach(Cancellation::cancel);
    }

    /** Whether a handler for this ticket and status is running now. */
    public boolean isRunning(TicketId ticketId, TicketStatus status) {
        return running.containsKey(key(ticketId, status));
    }

    void entered(TicketId ticketId, TicketStatus status) {
        PhaseHandler handler = handlers.get(status);
        if (stopped || handler == null) {
            return;
        }
        Cancellation cancellation = cancellations.computeIfAbsent(ticketId, id -> new Cancellation());
        String key = key(ticketId, status);
        // A cancelled run of the same status may still be unwinding: the new run does not wait for it.
        boolean[] claimed = {false};
        running.compute(key, (k, current) -> {
            claimed[0] = current == null || current.isCancelled();
            return claimed[0] ? cancellation : current;
        });
        if (!claimed[0]) {
            return;
        }
        try {
            executor.execute(() -> run(handler, new PhaseContext(ticketId, status, cancellation)));
        } catch (RuntimeException rejected) {
            running.remove(key, cancellation);
            throw rejected;
        }
    }

    private boolean hasRunInFlight(TicketId ticketId) {
        String prefix = ticketId.value() + ":";
        return running.entrySet().stream()
                .anyMatch(run -> run.getKey().startsWith(prefix) && !run.getValue().isCancelled());
    }

    private void run(PhaseHandler handler, PhaseContext context) {
        line(context, TicketNotification.LogLine.Level.INFO, "started");
        Optional<TicketEvent> next;
        try {
            next = handler.run(context);
        } catch (Cancellation.CancelledException cancelled) {
            LOG.info("{} of ticket {} was cancelled", context.status(), context.ticketId());
            running.remove(key(context.ticketId(), context.status()), context.cancellation());
            line(context, TicketNotification.LogLine.Level.INFO, "cancelled");
            return;
        } catch (Exception failure) {
            running.remove(key(context.ticketId(), context.status()), context.cancellation());
            if (!context.cancellation().isCancelled()) {
                line(context, TicketNotification.LogLine.Level.ERROR, "failed: " + failure.getMessage());
                block(context, failure);
            }
            return;
        }
        line(context, TicketNotification.LogLine.Level.INFO,
                next.map(event -> "finished with " + event.type()).orElse("finished; waiting for a person"));
        // The run is over before its event is applied, so re-entering the same status can start a new run.
        running.remove(key(context.ticketId(), context.status()), context.cancellation());
        if (next.isPresent() && !context.cancellation().isCancelled()) {
            TransitionResult result = transitions.apply(context.ticketId(), next.get());
            if (result instanceof TransitionResult.Rejected) {
                LOG.warn("{} of ticket {} finished with {}, which was rejected: {}", context.status(),
                        context.ticketId(), next.get().type(), ((TransitionResult.Rejected) result).reason());
            }
        }
    }

    private void line(PhaseContext context, TicketNotification.LogLine.Level level, String message) {
        // A ticket cancelled for good says nothing more: its log may already have been deleted with it.
        if (context.cancellation().isCancelled() && tickets.findById(context.ticketId())
                .map(ticket -> ticket.status().isTerminal()).orElse(true)) {
            return;
        }
        try {
            log.publish(new TicketNotification.LogLine(context.ticketId(), context.status(), level,
                    context.status() + " " + message, Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("A log listener failed", e);
        }
    }

    private void block(PhaseContext context, Exception failure) {
        List<String> codes;
        Optional<String> diagnostics;
        if (failure instanceof PhaseFailure) {
            codes = ((PhaseFailure) failure).codes();
            diagnostics = ((PhaseFailure) failure).diagnostics();
        } else {
            codes = Optional.ofNullable(errorCodes.get(context.status())).map(List::of).orElse(List.of());
            diagnostics = Optional.of(failure.getClass().getName());
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        LOG.warn("{} of ticket {} failed: {}", context.status(), context.ticketId(), message, failure);
        TicketEventType type = context.status() == TicketStatus.DRAFT ? TicketEventType.INIT_FAILED : TicketEventType.ERROR;
        transitions.apply(context.ticketId(), new TicketEvent.Failure(type, message, codes, diagnostics));
    }

    private static String key(TicketId ticketId, TicketStatus status) {
        return ticketId.value() + ":" + status.name();
    }
}

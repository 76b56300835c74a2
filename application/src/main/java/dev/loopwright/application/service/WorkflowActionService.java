package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.CancelCleanup;
import dev.loopwright.application.port.in.CancelTicketUseCase;
import dev.loopwright.application.port.in.DeleteTicketUseCase;
import dev.loopwright.application.port.in.RetryTicketUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.workflow.RetryNoteTaker;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The user's workflow actions that need no model: cancel, retry and deleting a finished ticket. */
public final class WorkflowActionService implements CancelTicketUseCase, RetryTicketUseCase, DeleteTicketUseCase {
    private final TicketRepository tickets;
    private final PhaseAttemptRepository attempts;
    private final ApplyTicketEventUseCase transitions;
    private final UnitOfWork unitOfWork;
    private final TicketCleanup ticketCleanup;
    private final Clock clock;
    private final Map<TicketStatus, RetryNoteTaker> noteTakers;

    /** Without phases that take retry notes: every note is refused. */
    public WorkflowActionService(TicketRepository tickets, PhaseAttemptRepository attempts,
            ApplyTicketEventUseCase transitions, UnitOfWork unitOfWork, TicketCleanup cleanup, Clock clock) {
        this(tickets, attempts, transitions, unitOfWork, cleanup, clock, Map.of());
    }

    /** @param noteTakers the phases that continue their work with a retry note, by the status they run in */
    public WorkflowActionService(TicketRepository tickets, PhaseAttemptRepository attempts,
            ApplyTicketEventUseCase transitions, UnitOfWork unitOfWork, TicketCleanup cleanup, Clock clock,
            Map<TicketStatus, RetryNoteTaker> noteTakers) {
        this.noteTakers = noteTakers.isEmpty() ? Map.of() : new EnumMap<>(noteTakers);
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.ticketCleanup = Objects.requireNonNull(cleanup, "cleanup");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Ticket cancel(TicketReference reference, CancelCleanup cleanup) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        // Cancelling first stops the ticket's running phase, so nothing writes what is being removed.
        Ticket cancelled = ticket.status() == TicketStatus.CANCELED && cleanup.any() ? ticket
                : TicketLookup.applyOrConflict(transitions, tickets, ticket, TicketEvent.of(TicketEventType.CANCEL));
        ticketCleanup.clean(cancelled, cleanup);
        return cancelled;
    }

    @Override
    public void delete(TicketReference reference) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        if (!ticket.isDeletable()) {
            throw new ConflictException("Only completed or canceled tickets can be deleted");
        }
        // What the ticket left on disk goes first: a crash in between leaves a deletable ticket, not an orphan.
        ticketCleanup.clean(ticket, new CancelCleanup(true, true));
        tickets.delete(ticket.id());
    }

    @Override
    public Ticket retry(TicketReference reference) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        TicketStatus failedIn = failedIn(ticket);
        if (failedIn.isAttemptTracked()) {
            // A fresh attempt, so the retried phase counts (e.g. coverage passes) from zero and the failed
            // attempt's artifacts stay as they were. If the process dies before RETRY below, retrying again
            // archives this fresh attempt too, which loses nothing.
            unitOfWork.inTransaction(() -> attempts.findActive(ticket.id(), failedIn).ifPresent(active -> {
                attempts.save(active.archive(ArchiveReason.MANUAL_RETRY_AFTER_BLOCKED_ERROR, clock.instant()));
                attempts.save(active.next(clock.instant()));
            }));
        }
        return TicketLookup.applyOrConflict(transitions, tickets, ticket, TicketEvent.of(TicketEventType.RETRY));
    }

    @Override
    public Ticket retry(TicketReference reference, String note) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        TicketStatus failedIn = failedIn(ticket);
        RetryNoteTaker taker = noteTakers.get(failedIn);
        if (taker == null) {
            throw ValidationException.of("note", "A retry note is only taken when retrying "
                    + (noteTakers.isEmpty() ? "a phase that continues its work, which this version does not run"
                            : String.join(" or ", noteTakers.keySet().stream().map(TicketStatus::name).toList()))
                    + "; " + ticket.externalId() + " failed in " + failedIn);
        }
        // The failed attempt stays active: the note continues its work rather than starting a fresh attempt.
        taker.take(ticket, note);
        return TicketLookup.applyOrConflict(transitions, tickets, ticket, TicketEvent.of(TicketEventType.RETRY));
    }

    private static TicketStatus failedIn(Ticket ticket) {
        if (ticket.status() != TicketStatus.BLOCKED_ERROR) {
            throw new WorkflowConflictException(ticket.status(), TicketEventType.RETRY,
                    "Only a blocked ticket can be retried; " + ticket.externalId() + " is " + ticket.status());
        }
        return ticket.workflow().previousStatus().orElseThrow(() -> new WorkflowConflictException(
                ticket.status(), TicketEventType.RETRY, "The failed status could not be recovered; cancel the ticket"));
    }
}

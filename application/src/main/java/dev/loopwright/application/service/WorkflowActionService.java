package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.execution.CodingRecovery;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.CancelCleanup;
import dev.loopwright.application.port.in.CancelTicketUseCase;
import dev.loopwright.application.port.in.ContinueTicketUseCase;
import dev.loopwright.application.port.in.DeleteTicketUseCase;
import dev.loopwright.application.port.in.RetryTicketUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.workflow.RetryNoteTaker;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The user's workflow actions that need no model: cancel, retry, continue and deleting a finished ticket. */
public final class WorkflowActionService implements CancelTicketUseCase, RetryTicketUseCase, ContinueTicketUseCase,
        DeleteTicketUseCase {
    private final TicketRepository tickets;
    private final PhaseAttemptRepository attempts;
    private final ApplyTicketEventUseCase transitions;
    private final UnitOfWork unitOfWork;
    private final TicketCleanup ticketCleanup;
    private final CodingRecovery coding;
    private final Clock clock;
    private final Map<TicketStatus, RetryNoteTaker> noteTakers;

    /**
     * @param coding prepares the failed bead (retry) or the kept session (continue) of a ticket blocked in CODING
     * @param noteTakers the other phases that continue their work with a retry note, by the status they run in
     */
    public WorkflowActionService(TicketRepository tickets, PhaseAttemptRepository attempts,
            ApplyTicketEventUseCase transitions, UnitOfWork unitOfWork, TicketCleanup cleanup, CodingRecovery coding,
            Clock clock, Map<TicketStatus, RetryNoteTaker> noteTakers) {
        this.noteTakers = noteTakers.isEmpty() ? Map.of() : new EnumMap<>(noteTakers);
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.ticketCleanup = Objects.requireNonNull(cleanup, "cleanup");
        this.coding = Objects.requireNonNull(coding, "coding");
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
    public Ticket retry(TicketReference reference, Optional<String> note) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        TicketStatus failedIn = failedIn(ticket);
        Optional<RetryNoteTaker> noteTaker = note.map(text -> noteTakers.get(failedIn));
        if (note.isPresent() && failedIn != TicketStatus.CODING && noteTaker.isEmpty()) {
            throw new ConflictException("A retry note is only taken when retrying coding or workspace preparation; "
                    + ticket.externalId() + " failed in " + failedIn);
        }
        if (noteTaker.isPresent()) {
            // The failed attempt stays active: the note continues its work rather than starting a fresh attempt.
            noteTaker.get().take(ticket, note.get());
            return TicketLookup.applyOrConflict(transitions, tickets, ticket, TicketEvent.of(TicketEventType.RETRY));
        }
        if (failedIn == TicketStatus.CODING) {
            // Only the failed bead is reset (or, when its work succeeded and only its commit failed, finished).
            coding.prepareRetry(ticket, note);
        }
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
    public Ticket continueTicket(TicketReference reference) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        if (ticket.status() != TicketStatus.BLOCKED_ERROR) {
            throw new WorkflowConflictException(ticket.status(), TicketEventType.CONTINUE,
                    "Only a blocked ticket can be continued; " + ticket.externalId() + " is " + ticket.status());
        }
        if (ticket.workflow().previousStatus().filter(TicketStatus.CODING::equals).isEmpty()) {
            throw new ConflictException("Nothing to continue: " + ticket.externalId()
                    + " did not block at a provider limit while coding; use retry");
        }
        coding.prepareContinue(ticket);
        return TicketLookup.applyOrConflict(transitions, tickets, ticket, TicketEvent.of(TicketEventType.CONTINUE));
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

package dev.loopwright.application.service;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ErrorOccurrenceRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.StatusHistoryRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.StatusChange;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.KanbanColumn;
import dev.loopwright.domain.workflow.PlanningRevision;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStateMachine;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies workflow events. The new state, its history row, the error occurrence opened or resolved, and the
 * phase attempt of the status entered are committed together, so a crash never leaves half a transition.
 * Listeners hear about a change only after it is durable.
 */
public final class TicketTransitionService implements ApplyTicketEventUseCase {
    /** The artifact type of an {@code artifact_change} that sets a whole phase attempt aside. */
    public static final String SET_ASIDE_ATTEMPT = "phase_attempt";
    private final TicketRepository tickets;
    private final StatusHistoryRepository history;
    private final ErrorOccurrenceRepository errors;
    private final PhaseAttemptRepository attempts;
    private final UnitOfWork unitOfWork;
    private final EventPublisher publisher;
    private final Clock clock;

    public TicketTransitionService(TicketRepository tickets, StatusHistoryRepository history,
            ErrorOccurrenceRepository errors, PhaseAttemptRepository attempts, UnitOfWork unitOfWork,
            EventPublisher publisher, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.history = Objects.requireNonNull(history, "history");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public TransitionResult apply(TicketId ticketId, TicketEvent event) {
        Instant now = clock.instant();
        List<TicketStatus> setAside = new ArrayList<>();
        TransitionResult result = unitOfWork.inTransaction(() -> {
            Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
            TransitionResult decided = TicketStateMachine.apply(ticket.workflow(), event);
            if (decided instanceof TransitionResult.Accepted) {
                store(ticket, event, (TransitionResult.Accepted) decided, now, setAside);
            }
            return decided;
        });
        if (result instanceof TransitionResult.Accepted && ((TransitionResult.Accepted) result).entered()) {
            TransitionResult.Accepted accepted = (TransitionResult.Accepted) result;
            // Inside a caller's unit of work (an edit stored together with its restart) listeners wait for its commit.
            unitOfWork.afterCommit(() -> {
                publisher.publish(new TicketNotification.StateChanged(ticketId, accepted.from(), accepted.to(),
                        accepted.state().previousStatus(), accepted.state().revision(), now));
                announce(ticketId, accepted, now);
                setAside.forEach(phase -> publisher.publish(new TicketNotification.ArtifactChanged(ticketId, phase,
                        SET_ASIDE_ATTEMPT, true, now)));
            });
        }
        return result;
    }

    /** What the new status means for the people watching: a failure to look at, or a question to answer. */
    private void announce(TicketId ticketId, TransitionResult.Accepted accepted, Instant now) {
        TicketStatus to = accepted.to();
        if (to == TicketStatus.BLOCKED_ERROR) {
            accepted.state().error().ifPresent(error -> publisher.publish(new TicketNotification.ErrorRaised(ticketId,
                    accepted.from(), error.message(), error.codes(), now)));
        } else if (to.kanbanColumn() == KanbanColumn.NEEDS_INPUT) {
            publisher.publish(new TicketNotification.NeedsInput(ticketId, to, to.uiView().wireName(), now));
        }
    }

    private void store(Ticket ticket, TicketEvent event, TransitionResult.Accepted accepted, Instant now,
            List<TicketStatus> setAside) {
        tickets.update(ticket.withWorkflow(accepted.state(), now));
        if (!accepted.entered()) {
            return;
        }
        TicketId id = ticket.id();
        history.append(new StatusChange(id, accepted.from(), accepted.to(), event.type(), accepted.state().revision(),
                now));
        if (accepted.from() == TicketStatus.BLOCKED_ERROR) {
            errors.findOpen(id).ifPresent(open -> errors.resolve(open.resolve(
                    accepted.state().lastResolution().orElseThrow(), accepted.to(), now)));
        }
        if (accepted.to() == TicketStatus.BLOCKED_ERROR) {
            errors.open(id, accepted.from(), accepted.state().error().orElseThrow(), now);
        }
        // A planning restart sets aside what the edited document invalidated: archived attempts stay readable, and
        // each phase starts over in a fresh one as the ticket reaches it again.
        PlanningRevision.of(event.type()).ifPresent(revision -> revision.invalidated().forEach(phase ->
                attempts.findActive(id, phase).ifPresent(active -> {
                    attempts.save(active.archive(ArchiveReason.PLANNING_RESTART, now));
                    setAside.add(phase);
                })));
        if (accepted.to().isAttemptTracked() && attempts.findActive(id, accepted.to()).isEmpty()) {
            int next = attempts.findAll(id, accepted.to()).size() + 1;
            attempts.save(PhaseAttempt.active(id, accepted.to(), next, now));
        }
    }
}

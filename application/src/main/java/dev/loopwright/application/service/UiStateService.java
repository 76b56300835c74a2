package dev.loopwright.application.service;

import dev.loopwright.application.port.in.GetUiStateUseCase;
import dev.loopwright.application.port.in.SaveUiStateCommand;
import dev.loopwright.application.port.in.SaveUiStateUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UiStateRepository;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import dev.loopwright.domain.ticket.UiStateWrite;
import dev.loopwright.domain.ticket.UiStateWriteResult;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Clients' saved screen state per ticket and scope; autosaves never touch the authoritative artifacts. */
public final class UiStateService implements GetUiStateUseCase, SaveUiStateUseCase {
    private final TicketRepository tickets;
    private final UiStateRepository states;
    private final Clock clock;

    public UiStateService(TicketRepository tickets, UiStateRepository states, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.states = Objects.requireNonNull(states, "states");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<UiState> get(TicketReference reference, UiStateScope scope) {
        return states.find(TicketLookup.find(tickets, reference).id(), scope);
    }

    @Override
    public UiStateWriteResult save(SaveUiStateCommand command) {
        Ticket ticket = TicketLookup.find(tickets, command.ticket());
        return states.write(new UiStateWrite(ticket.id(), command.scope(), command.dataJson(),
                command.expectedRevision(), command.actionId(), clock.instant()));
    }
}

package dev.loopwright.application.preflight;

import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Optional;

/** No other ticket of the project is between pre-flight and clean-up (see {@link ExecutionBand}). */
final class ExecutionLockCheck implements PreflightStep {
    static final String NAME = "Project Execution Lock";

    private final TicketRepository tickets;

    ExecutionLockCheck(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<PreflightCheck> check(PreflightSubject subject) {
        Optional<Ticket> other = ExecutionBand.occupiedBy(tickets, subject.ticket());
        return List.of(other.map(busy -> PreflightCheck.fail(NAME, CheckCategory.CONFIG, ExecutionBand.busyMessage(busy)))
                .orElseGet(() -> PreflightCheck.pass(NAME, CheckCategory.CONFIG,
                        "no other ticket of the project is executing")));
    }
}

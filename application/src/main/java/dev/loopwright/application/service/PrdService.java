package dev.loopwright.application.service;

import dev.loopwright.application.port.in.ApprovePrdUseCase;
import dev.loopwright.application.port.in.EditPrdUseCase;
import dev.loopwright.application.port.in.FixPrdCoverageGapsUseCase;
import dev.loopwright.application.port.in.GetPrdUseCase;
import dev.loopwright.application.port.in.PrdView;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.prd.PrdGate;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.application.port.in.GetPlanningFileUseCase;
import java.util.Objects;
import java.util.Optional;

/** The PRD gate's use cases: finds the ticket a caller names and hands it to the gate. */
public final class PrdService implements GetPrdUseCase, EditPrdUseCase, ApprovePrdUseCase,
        FixPrdCoverageGapsUseCase, GetPlanningFileUseCase {
    private final TicketRepository tickets;
    private final PrdGate gate;

    public PrdService(TicketRepository tickets, PrdGate gate) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public PrdView getPrd(TicketReference reference) {
        return gate.view(find(reference).id());
    }

    @Override
    public PrdView savePrd(TicketReference reference, String content) {
        return gate.save(find(reference).id(), content);
    }

    @Override
    public Ticket approvePrd(TicketReference reference, ContentHash reviewed) {
        Ticket ticket = find(reference);
        gate.approve(ticket.id(), reviewed);
        return tickets.findById(ticket.id()).orElseThrow();
    }

    @Override
    public Result fixPrdGaps(TicketReference reference) {
        return gate.fixGaps(find(reference).id());
    }

    @Override
    public Optional<String> planningFile(TicketReference reference, PlanningFile file) {
        Ticket ticket = find(reference);
        return file == PlanningFile.PRD ? gate.view(ticket.id()).raw() : gate.interview(ticket.id());
    }

    private Ticket find(TicketReference reference) {
        return TicketLookup.find(tickets, reference);
    }
}

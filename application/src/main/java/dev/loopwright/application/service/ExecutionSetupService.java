package dev.loopwright.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.ApproveExecutionSetupPlanUseCase;
import dev.loopwright.application.port.in.EditExecutionSetupPlanUseCase;
import dev.loopwright.application.port.in.ExecutionSetupPlanView;
import dev.loopwright.application.port.in.GetExecutionSetupPlanUseCase;
import dev.loopwright.application.port.in.RegenerateExecutionSetupPlanUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.setup.ExecutionSetup;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Objects;

/** The execution setup plan's use cases: finds the ticket a caller names and hands it to the plan's gate. */
public final class ExecutionSetupService implements GetExecutionSetupPlanUseCase, EditExecutionSetupPlanUseCase,
        RegenerateExecutionSetupPlanUseCase, ApproveExecutionSetupPlanUseCase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TicketRepository tickets;
    private final ExecutionSetup setup;

    public ExecutionSetupService(TicketRepository tickets, ExecutionSetup setup) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    @Override
    public ExecutionSetupPlanView get(TicketReference reference) {
        return setup.gate().view(find(reference).id());
    }

    @Override
    public ExecutionSetupPlanView saveRaw(TicketReference reference, String content) {
        return setup.gate().saveRaw(find(reference).id(), content);
    }

    @Override
    public ExecutionSetupPlanView saveStructured(TicketReference reference, String planJson) {
        Ticket ticket = find(reference);
        JsonNode plan;
        try {
            plan = JSON.readTree(planJson);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("plan", "the plan is not valid JSON: " + e.getOriginalMessage());
        }
        return setup.gate().saveStructured(ticket.id(), plan);
    }

    @Override
    public Ticket regenerate(TicketReference reference, String commentary) {
        return setup.gate().regenerate(find(reference).id(), commentary);
    }

    @Override
    public Ticket approveExecutionSetupPlan(TicketReference reference, ContentHash reviewed) {
        return setup.gate().approve(find(reference).id(), reviewed);
    }

    private Ticket find(TicketReference reference) {
        return TicketLookup.find(tickets, reference);
    }
}

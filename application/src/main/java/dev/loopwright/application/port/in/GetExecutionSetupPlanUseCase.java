package dev.loopwright.application.port.in;

/** The ticket's current execution setup plan (its gate's active attempt); {@code exists} is false before it is drafted. */
public interface GetExecutionSetupPlanUseCase {

    ExecutionSetupPlanView get(TicketReference reference);
}

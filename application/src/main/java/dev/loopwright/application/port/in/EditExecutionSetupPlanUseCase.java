package dev.loopwright.application.port.in;

/**
 * Replaces the plan at its gate with the person's version, checked as strictly as a model's and rewritten
 * canonically, so its hash changes and it must be approved again. Invalid plans change nothing.
 */
public interface EditExecutionSetupPlanUseCase {

    /** {@code content}: the plan's JSON text (or YAML, or wrapped in its tag), as shown in {@code raw}. */
    ExecutionSetupPlanView saveRaw(TicketReference reference, String content);

    /** {@code planJson}: one JSON object in the plan's shape, snake_case or camelCase keys, unknown keys refused. */
    ExecutionSetupPlanView saveStructured(TicketReference reference, String planJson);
}

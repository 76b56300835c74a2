package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.port.in.GenerateDevTicketUseCase;
import dev.loopwright.application.port.in.GetWorkflowStatusUseCase;
import dev.loopwright.application.port.in.PromoteDevTicketUseCase;
import java.util.Objects;

/** What AI generation and promotion add to the developer API; registered by {@link V1GenerationRoutes} through {@link DeveloperApi#extend}. */
public record TicketBridgeUseCases(GenerateDevTicketUseCase generate, PromoteDevTicketUseCase promote,
        GetWorkflowStatusUseCase workflowStatus) {
    public TicketBridgeUseCases {
        Objects.requireNonNull(generate, "generate");
        Objects.requireNonNull(promote, "promote");
        Objects.requireNonNull(workflowStatus, "workflowStatus");
    }
}

package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.DescribeWorkflowUseCase;
import java.util.Objects;

/** The use cases the HTTP API drives; the composition root supplies them. */
public record HttpUseCases(DescribeWorkflowUseCase describeWorkflow) {
    public HttpUseCases {
        Objects.requireNonNull(describeWorkflow, "describeWorkflow");
    }
}

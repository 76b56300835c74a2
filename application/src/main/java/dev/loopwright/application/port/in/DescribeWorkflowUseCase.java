package dev.loopwright.application.port.in;

/** Describes the workflow's groups and statuses for clients. */
public interface DescribeWorkflowUseCase {

    WorkflowDescription describe();
}

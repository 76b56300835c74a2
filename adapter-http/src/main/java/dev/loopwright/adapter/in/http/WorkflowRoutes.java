package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.DescribeWorkflowUseCase;

/** {@code GET /api/workflow/meta}: what clients need to draw the workflow. */
final class WorkflowRoutes {
    private final DescribeWorkflowUseCase describeWorkflow;

    WorkflowRoutes(DescribeWorkflowUseCase describeWorkflow) {
        this.describeWorkflow = describeWorkflow;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/workflow/meta", ctx -> ctx.json(WorkflowMetaJson.from(describeWorkflow.describe())));
    }
}

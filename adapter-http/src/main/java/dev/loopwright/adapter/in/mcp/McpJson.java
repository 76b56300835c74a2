package dev.loopwright.adapter.in.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.GetWorkflowStatusUseCase;
import dev.loopwright.application.port.in.PromoteDevTicketUseCase;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.ticket.Ticket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the tools answer, in the {@code /api/v1} shapes (snake_case, ISO times), as maps the SDK serialises. Kept
 * here rather than shared with the REST adapter's JSON so the two adapters stay independent.
 */
final class McpJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private McpJson() {
    }

    static Map<String, Object> ticket(DevTicket ticket) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ticket.id().value());
        json.put("org_id", ticket.organisationId().value());
        json.put("project_id", ticket.projectId().value());
        json.put("source_type", ticket.source().type().wireName());
        json.put("source_id", ticket.source().id());
        json.put("title", ticket.title());
        json.put("description", ticket.description());
        json.put("priority", ticket.priority().wireName());
        json.put("status", ticket.status().wireName());
        json.put("labels", ticket.labels());
        json.put("ai_context", aiContext(ticket));
        json.put("created_by", ticket.createdBy().map(id -> id.value()).orElse(null));
        json.put("assigned_to", ticket.assignedTo().map(id -> id.value()).orElse(null));
        json.put("workflow_ticket_id", ticket.workflowTicket().map(id -> id.value()).orElse(null));
        json.put("created_at", ticket.createdAt().toString());
        json.put("updated_at", ticket.updatedAt().toString());
        return json;
    }

    static Map<String, Object> feedback(FeedbackItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id().value());
        json.put("project_id", item.projectId().value());
        json.put("title", item.title());
        json.put("description", item.description());
        json.put("status", item.status().wireName());
        json.put("type", item.type().wireName());
        json.put("page_url", item.pageUrl());
        json.put("reporter_name", item.reporter().name());
        json.put("reporter_email", item.reporter().email());
        json.put("screenshot_url", item.screenshotUrl().orElse(null));
        json.put("recording_url", item.recordingUrl().orElse(null));
        json.put("position", item.position());
        json.put("created_at", item.createdAt().toString());
        return json;
    }

    static <T> Map<String, Object> page(Page<T> page, Function<T, Map<String, Object>> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("data", page.items().stream().map(item).toList());
        json.put("meta", Map.of("total", page.total(), "limit", page.request().limit(), "offset",
                page.request().offset()));
        return json;
    }

    static Map<String, Object> workflowTicket(Ticket ticket) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ticket.id().value());
        json.put("external_id", ticket.externalId().toString());
        json.put("project_id", ticket.projectId().value());
        json.put("title", ticket.details().title());
        json.put("priority", ticket.details().priority());
        json.put("status", ticket.status().name());
        json.put("status_label", ticket.status().label());
        json.put("updated_at", ticket.updatedAt().toString());
        return json;
    }

    static Map<String, Object> promotion(PromoteDevTicketUseCase.Promotion promotion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ticket", ticket(promotion.devTicket()));
        json.put("workflow_ticket", workflowTicket(promotion.workflowTicket()));
        json.put("created", promotion.created());
        return json;
    }

    static Map<String, Object> workflowStatus(GetWorkflowStatusUseCase.WorkflowStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ticket_id", status.devTicket().id().value());
        json.put("status", status.devTicket().status().wireName());
        json.put("promoted", status.devTicket().workflowTicket().isPresent());
        json.put("workflow_ticket", status.workflowTicket().map(McpJson::workflowTicket).orElse(null));
        return json;
    }

    private static Object aiContext(DevTicket ticket) {
        try {
            return JSON.readValue(ticket.aiContext().text(), Object.class);
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    static String text(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a tool result could not be written", e);
        }
    }
}

package dev.loopwright.adapter.in.http.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.CardLabel;
import dev.loopwright.domain.intake.ChecklistItem;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The developer API's response bodies: snake_case fields in the documented order, nulls written out, the
 * {@code {data}} and {@code {data, meta}} envelopes. Maps rather than records keep the wire names explicit.
 */
public final class V1Json {
    private V1Json() {
    }

    public static Map<String, Object> data(Object value) {
        return Map.of("data", value);
    }

    public static <T> Map<String, Object> page(Page<T> page, Function<T, Object> item) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("total", page.total());
        meta.put("limit", page.request().limit());
        meta.put("offset", page.request().offset());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.items().stream().map(item).toList());
        body.put("meta", meta);
        return body;
    }

    public static Map<String, Object> project(IntakeProject project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", project.id().value());
        json.put("name", project.name());
        json.put("url", project.url().orElse(null));
        json.put("type", project.type().wireName());
        json.put("client_id", project.clientId().value());
        json.put("created_at", time(project.createdAt()));
        return json;
    }

    /** The single-project answer also carries the widget's public key. */
    public static Map<String, Object> projectWithKey(IntakeProject project) {
        Map<String, Object> json = project(project);
        json.put("api_key", project.apiKey().value());
        return json;
    }

    public static Map<String, Object> member(Member member) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user_id", member.userId().value());
        json.put("display_name", member.displayName());
        json.put("email", member.email());
        json.put("role", member.role().wireName());
        return json;
    }

    public static Map<String, Object> client(Client client) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", client.id().value());
        json.put("name", client.name());
        json.put("email", client.email().orElse(null));
        json.put("created_at", time(client.createdAt()));
        return json;
    }

    public static Map<String, Object> feedback(FeedbackItem item) {
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
        json.put("created_at", time(item.createdAt()));
        json.put("updated_at", time(item.updatedAt()));
        return json;
    }

    /** The complete item: the list fields plus annotations and browser info. */
    public static Map<String, Object> feedbackDetail(FeedbackItem item) {
        Map<String, Object> json = feedback(item);
        json.put("annotations", raw(item.annotations()));
        json.put("browser_info", raw(item.browserInfo()));
        return json;
    }

    public static Map<String, Object> comment(Comment comment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", comment.id().value());
        json.put("source_type", comment.subject().type().wireName());
        json.put("source_id", comment.subject().id());
        json.put("author_id", comment.authorId().map(MemberId::value).orElse(null));
        json.put("author_name", comment.authorName());
        json.put("body", comment.body());
        json.put("mentions", comment.mentions().stream().map(MemberId::value).toList());
        json.put("created_at", time(comment.createdAt()));
        return json;
    }

    public static Map<String, Object> list(BoardList list) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", list.id().value());
        json.put("project_id", list.projectId().value());
        json.put("name", list.name());
        json.put("position", list.position());
        json.put("created_at", time(list.createdAt()));
        return json;
    }

    public static Map<String, Object> card(BoardCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", card.id().value());
        json.put("list_id", card.listId().value());
        json.put("project_id", card.projectId().value());
        json.put("title", card.title());
        json.put("description", card.description().orElse(null));
        json.put("labels", card.labels().stream().map(V1Json::label).toList());
        json.put("due_date", card.dueDate().map(LocalDate::toString).orElse(null));
        json.put("checklist", card.checklist().stream().map(V1Json::checklistItem).toList());
        // mimeType is camelCase in the documented API, the one such key; kept for compatibility.
        json.put("attachments", card.attachments().stream().map(a -> {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("name", a.name());
            attachment.put("url", a.url());
            attachment.put("mimeType", a.mimeType());
            attachment.put("bytes", a.bytes());
            return attachment;
        }).toList());
        json.put("author_name", card.authorName().orElse(null));
        json.put("position", card.position());
        json.put("created_at", time(card.createdAt()));
        json.put("updated_at", time(card.updatedAt()));
        return json;
    }

    private static Map<String, Object> label(CardLabel label) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("color", label.color());
        json.put("text", label.text());
        return json;
    }

    private static Map<String, Object> checklistItem(ChecklistItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("text", item.text());
        json.put("checked", item.checked());
        return json;
    }

    public static Map<String, Object> ticket(DevTicket ticket) {
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
        json.put("ai_context", raw(ticket.aiContext()));
        json.put("created_by", ticket.createdBy().map(MemberId::value).orElse(null));
        json.put("assigned_to", ticket.assignedTo().map(MemberId::value).orElse(null));
        // Loopwright's addition: the workflow ticket this one was promoted into, or null.
        json.put("workflow_ticket_id", ticket.workflowTicket().map(TicketId::value).orElse(null));
        json.put("created_at", time(ticket.createdAt()));
        json.put("updated_at", time(ticket.updatedAt()));
        return json;
    }

    public static Map<String, Object> token(ApiToken token) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", token.id().value());
        json.put("name", token.name());
        json.put("prefix", "tok_" + token.prefix());
        json.put("user_id", token.memberId().value());
        json.put("created_at", time(token.createdAt()));
        json.put("revoked_at", token.revokedAt().map(V1Json::time).orElse(null));
        return json;
    }

    /** Seconds precision, as the documented examples ({@code 2025-06-20T16:00:00Z}). */
    public static String time(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static JsonNode raw(RawJson json) {
        try {
            return V1Body.MAPPER.readTree(json.text());
        } catch (JsonProcessingException e) {
            // Stored documents were checked on the way in; an unreadable one is shown as a string, not a 500.
            return V1Body.MAPPER.getNodeFactory().textNode(json.text());
        }
    }
}

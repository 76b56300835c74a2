package dev.loopwright.adapter.in.mcp;

import dev.loopwright.application.error.LoopwrightException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.DevTicketChanges;
import dev.loopwright.application.port.in.FeedbackChanges;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import dev.loopwright.domain.project.ProjectId;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP tools: each reads its arguments strictly, calls one use case as the token's caller, and answers the
 * {@code /api/v1} JSON as text and as structured content. Every failure a caller can cause (bad input, unknown id,
 * a viewer writing, a failed generation) is a tool error ({@code isError: true}) with the same words the REST API
 * uses; only an unexpected fault is logged, with an id the error names.
 */
final class McpTools {
    static final String CALLER = "loopwright.caller";
    private static final Logger LOG = LoggerFactory.getLogger(McpTools.class);

    private final McpUseCases useCases;

    McpTools(McpUseCases useCases) {
        this.useCases = useCases;
    }

    /** What one tool does once its caller is known. */
    private interface Body {
        Object run(ApiCaller caller, ToolArguments arguments);
    }

    List<SyncToolSpecification> all() {
        return List.of(
                tool("list_feedback", "List feedback items of your organisation, newest first.",
                        props(Map.of("project_id", string("Only this intake project"),
                                "status", enumOf("Only this status", FeedbackStatus.values(), FeedbackStatus::wireName),
                                "type", enumOf("Only this type", FeedbackType.values(), FeedbackType::wireName),
                                "limit", integer("Page size, 1-100 (default 50)"),
                                "offset", integer("Items to skip (default 0)"))), List.of(),
                        (caller, args) -> McpJson.page(useCases.listFeedback().listFeedback(caller,
                                new FeedbackFilter(args.optionalString("project_id").map(McpTools::projectId),
                                        args.optionalString("status").map(FeedbackStatus::parse),
                                        args.optionalString("type").map(FeedbackType::parse)), page(args)),
                                McpJson::feedback)),
                tool("get_feedback", "Get one feedback item with all its fields.",
                        props(Map.of("id", string("Feedback item id"))), List.of("id"),
                        (caller, args) -> McpJson.feedback(useCases.getFeedback().getFeedback(caller,
                                feedbackId(args.requiredString("id"))))),
                tool("update_feedback", "Triage a feedback item: change its status, title, description or type. "
                        + "Give at least one field.",
                        props(Map.of("id", string("Feedback item id"),
                                "status", enumOf("New status", FeedbackStatus.values(), FeedbackStatus::wireName),
                                "title", string("New title"), "description", string("New description"),
                                "type", enumOf("New type", FeedbackType.values(), FeedbackType::wireName))),
                        List.of("id"), this::updateFeedback),
                tool("list_tickets", "List developer tickets of your organisation, newest first.",
                        props(Map.of("project_id", string("Only this intake project"),
                                "status", enumOf("Only this status", DevTicketStatus.values(), DevTicketStatus::wireName),
                                "limit", integer("Page size, 1-100 (default 50)"),
                                "offset", integer("Items to skip (default 0)"))), List.of(),
                        (caller, args) -> McpJson.page(useCases.listTickets().listDevTickets(caller,
                                new DevTicketFilter(args.optionalString("project_id").map(McpTools::projectId),
                                        args.optionalString("status").map(DevTicketStatus::parse)), page(args)),
                                McpJson::ticket)),
                tool("get_ticket", "Get one developer ticket with all its fields.",
                        props(Map.of("id", string("Developer ticket id"))), List.of("id"),
                        (caller, args) -> McpJson.ticket(useCases.getTicket().getDevTicket(caller,
                                ticketId(args.requiredString("id"))))),
                tool("update_ticket", "Edit a developer ticket: status, priority, title, description, assignee "
                        + "(null to unassign) or labels (replaces them). Give at least one field.",
                        props(Map.of("id", string("Developer ticket id"),
                                "status", enumOf("New status", DevTicketStatus.values(), DevTicketStatus::wireName),
                                "priority", enumOf("New priority", DevTicketPriority.values(),
                                        DevTicketPriority::wireName),
                                "title", string("New title"), "description", string("New Markdown description"),
                                "assigned_to", Map.of("type", List.of("string", "null"), "description",
                                        "User id to assign, or null to unassign"),
                                "labels", Map.of("type", "array", "items", Map.of("type", "string"), "description",
                                        "The new labels"))),
                        List.of("id"), this::updateTicket),
                tool("generate_ticket", "Have AI write a developer ticket (title, description with acceptance "
                        + "criteria, priority, labels) from a feedback item or board card and its comments, and store "
                        + "it.",
                        props(Map.of("source_type", enumOf("What to generate from", SourceType.values(),
                                        SourceType::wireName),
                                "source_id", string("Id of the feedback item or board card"))),
                        List.of("source_type", "source_id"),
                        (caller, args) -> McpJson.ticket(useCases.generateTicket().generateDevTicket(caller,
                                source(args)))),
                tool("promote_ticket", "Promote a developer ticket into a DRAFT workflow ticket of a Loopwright "
                        + "project (a git repository), linked both ways; its status then follows the workflow.",
                        props(Map.of("id", string("Developer ticket id"),
                                "workflow_project_id", integer("Id of the Loopwright workflow project"))),
                        List.of("id", "workflow_project_id"),
                        (caller, args) -> McpJson.promotion(useCases.promoteTicket().promoteDevTicket(caller,
                                ticketId(args.requiredString("id")),
                                new ProjectId(args.requiredLong("workflow_project_id", 1))))),
                tool("get_workflow_status", "Where a promoted developer ticket stands in the Loopwright workflow: "
                        + "the workflow ticket's status, or null before promotion.",
                        props(Map.of("id", string("Developer ticket id"))), List.of("id"),
                        (caller, args) -> McpJson.workflowStatus(useCases.workflowStatus().workflowStatus(caller,
                                ticketId(args.requiredString("id"))))));
    }

    private Object updateFeedback(ApiCaller caller, ToolArguments args) {
        FeedbackChanges changes = new FeedbackChanges(args.optionalString("status").map(FeedbackStatus::parse),
                args.optionalString("title"), args.optionalString("description"),
                args.optionalString("type").map(FeedbackType::parse));
        if (changes.isEmpty()) {
            throw new ToolInputException("No valid fields: give at least one of status, title, description, type");
        }
        return McpJson.feedback(useCases.updateFeedback().updateFeedback(caller, feedbackId(args.requiredString("id")),
                changes));
    }

    private Object updateTicket(ApiCaller caller, ToolArguments args) {
        Change<MemberId> assignee = args.nullableString("assigned_to")
                .map(value -> value.map(id -> Change.set(memberId(id))).orElseGet(Change::clear))
                .orElseGet(Change::keep);
        DevTicketChanges changes = new DevTicketChanges(args.optionalString("status").map(DevTicketStatus::parse),
                args.optionalString("priority").map(DevTicketPriority::parse), args.optionalString("title"),
                args.optionalString("description"), assignee, args.optionalStrings("labels"));
        if (changes.isEmpty()) {
            throw new ToolInputException("No valid fields: give at least one of status, priority, title, description,"
                    + " assigned_to, labels");
        }
        return McpJson.ticket(useCases.updateTicket().updateDevTicket(caller, ticketId(args.requiredString("id")),
                changes));
    }

    private SyncToolSpecification tool(String name, String description, Map<String, Object> properties,
            List<String> required, Body body) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description).inputSchema(schema).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            Object caller = exchange.transportContext().get(CALLER);
            if (!(caller instanceof ApiCaller)) {
                return error("Not authenticated: send Authorization: Bearer tok_…");
            }
            try {
                Object result = body.run((ApiCaller) caller, ToolArguments.of(request.arguments(), properties.keySet()));
                return McpSchema.CallToolResult.builder().addTextContent(McpJson.text(result))
                        .structuredContent(result).isError(false).build();
            } catch (ToolInputException | ValidationException | LoopwrightException | IllegalArgumentException e) {
                return error(message(e));
            } catch (RuntimeException e) {
                String errorId = UUID.randomUUID().toString();
                LOG.error("The MCP tool {} failed (errorId {})", name, errorId, e);
                return error("Internal error (errorId " + errorId + ")");
            }
        }).build();
    }

    private static String message(RuntimeException e) {
        if (e instanceof ValidationException) {
            return ((ValidationException) e).violations().stream().map(Object::toString)
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static Map<String, Object> props(Map<String, Object> properties) {
        return new java.util.TreeMap<>(properties);
    }

    private static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    private static Map<String, Object> integer(String description) {
        return Map.of("type", "integer", "description", description);
    }

    private static <E> Map<String, Object> enumOf(String description, E[] values, Function<E, String> wireName) {
        return Map.of("type", "string", "description", description, "enum",
                java.util.Arrays.stream(values).map(wireName).toList());
    }

    private static PageRequest page(ToolArguments args) {
        return new PageRequest(args.optionalInt("limit", 1, PageRequest.MAX_LIMIT).orElse(PageRequest.DEFAULT_LIMIT),
                args.optionalInt("offset", 0, Integer.MAX_VALUE).orElse(0));
    }

    private static SourceRef source(ToolArguments args) {
        SourceType type = SourceType.parse(args.requiredString("source_type"));
        return id("source_id", () -> new SourceRef(type, args.requiredString("source_id")));
    }

    private static DevTicketId ticketId(String value) {
        return id("id", () -> new DevTicketId(value));
    }

    private static FeedbackId feedbackId(String value) {
        return id("id", () -> new FeedbackId(value));
    }

    private static IntakeProjectId projectId(String value) {
        return id("project_id", () -> new IntakeProjectId(value));
    }

    private static MemberId memberId(String value) {
        return id("assigned_to", () -> new MemberId(value));
    }

    /** Ids are checked for shape by their records; a malformed one cannot name anything, so it is a bad argument. */
    private static <T> T id(String argument, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ToolInputException("Argument " + argument + " is not a valid id");
        }
    }
}

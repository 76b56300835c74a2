package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.in.InterviewAnswerEdit;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The interview over HTTP: answering batches, skipping, editing answers while it runs, the document at the gate
 * (raw YAML or answers), and approval guarded by the SHA-256 of what was reviewed. Bodies are strict: unknown
 * fields and wrong types are refused under the route's own error title.
 */
final class InterviewRoutes {
    static final int MAX_CONTENT = 1_000_000;
    private static final Pattern SHA256 = Pattern.compile("[a-f0-9]{64}");

    private final HttpUseCases useCases;

    InterviewRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/tickets/{id}/answer", this::answer);
        routes.post("/api/tickets/{id}/answer-batch", this::answerBatch);
        routes.post("/api/tickets/{id}/skip", this::skip);
        routes.patch("/api/tickets/{id}/edit-answer", this::editAnswer);
        routes.get("/api/tickets/{id}/interview", ctx -> ctx.json(InterviewJson.from(
                useCases.getInterview().get(TicketRoutes.ref(ctx)))));
        routes.put("/api/tickets/{id}/interview", this::putDocument);
        routes.put("/api/tickets/{id}/interview-answers", this::putAnswers);
        routes.post("/api/tickets/{id}/approve-interview", this::approveInterview);
        routes.post("/api/tickets/{id}/approve", this::approve);
    }

    /** Gone for good: answers come in batches now. The ticket must still exist, so a typo is a 404. */
    private void answer(Context ctx) {
        Ticket ticket = useCases.getTicket().get(TicketRoutes.ref(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "Direct interview answer submission is no longer supported. Use /answer-batch instead.");
        body.put("ticketId", ticket.projectId().value() + ":" + ticket.externalId());
        body.put("status", ticket.status().name());
        ctx.status(410).json(body);
    }

    private void answerBatch(Context ctx) {
        Map<String, AnswerSubmission> answers = InvalidPayload.read("Invalid answers payload", () -> answers(ctx));
        useCases.answerInterviewBatch().answerBatch(TicketRoutes.ref(ctx), answers);
        ctx.status(202).json(Map.of("accepted", true));
    }

    private void skip(Context ctx) {
        Map<String, AnswerSubmission> answers = InvalidPayload.read("Invalid answers payload", () -> answers(ctx));
        ctx.json(TicketJson.from(useCases.skipInterview().skipRemaining(TicketRoutes.ref(ctx), answers)));
    }

    private void editAnswer(Context ctx) {
        record Edit(String questionId, String answer, Optional<List<String>> selected) {
        }
        Edit edit = InvalidPayload.read("Invalid payload", () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("questionId", "answer", "selectedOptionIds"));
            input.require("questionId");
            input.require("answer");
            Optional<String> questionId = input.string("questionId");
            Optional<String> answer = input.string("answer");
            Optional<List<String>> selected = input.strings("selectedOptionIds");
            questionId.filter(String::isBlank).ifPresent(blank ->
                    input.violations().add("questionId", "questionId must not be empty"));
            input.done();
            return new Edit(questionId.get(), answer.get(), selected);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("questions", InterviewJson.questions(useCases.editInterviewAnswer().editAnswer(TicketRoutes.ref(ctx),
                edit.questionId(), edit.answer(), edit.selected())));
        ctx.json(body);
    }

    private void putDocument(Context ctx) {
        String content = InvalidPayload.read("Invalid interview document payload", () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("content"));
            input.require("content");
            Optional<String> raw = input.string("content");
            raw.filter(text -> text.length() > MAX_CONTENT).ifPresent(text -> input.violations().add("content",
                    "content must be at most " + MAX_CONTENT + " characters"));
            input.done();
            return raw.get();
        });
        TicketReference ref = TicketRoutes.ref(ctx);
        InterviewView view = InvalidPayload.read("Invalid interview document payload",
                () -> useCases.editInterviewDocument().saveDocument(ref, content));
        ctx.json(saved(view, ref));
    }

    private void putAnswers(Context ctx) {
        List<InterviewAnswerEdit> edits = InvalidPayload.read("Invalid interview answer payload", () -> edits(ctx));
        TicketReference ref = TicketRoutes.ref(ctx);
        InterviewView view = InvalidPayload.read("Invalid interview answer payload",
                () -> useCases.editInterviewDocument().saveAnswers(ref, edits));
        ctx.json(saved(view, ref));
    }

    /** The specific route reads the body first, as the reference does. */
    private void approveInterview(Context ctx) {
        ContentHash reviewed = expectedHash(ctx);
        ctx.json(TicketJson.from(useCases.approveInterview().approveInterview(TicketRoutes.ref(ctx), reviewed)));
    }

    /** The generic route checks the status first and hands the body to the gate the ticket is at. */
    private void approve(Context ctx) {
        TicketReference ref = TicketRoutes.ref(ctx);
        TicketStatus status = useCases.getTicket().get(ref).status();
        switch (status) {
            case WAITING_INTERVIEW_APPROVAL:
                approveInterview(ctx);
                return;
            case WAITING_EXECUTION_SETUP_APPROVAL:
                ExecutionSetupRoutes.approve(useCases, ctx);
                return;
            case WAITING_PRD_APPROVAL:
                new PrdRoutes(useCases).approvePrd(ctx);
                return;
            case WAITING_BEADS_APPROVAL:
                new BeadsRoutes(useCases).approveBeads(ctx);
                return;
            default:
                throw new ApiProblem(409, "Ticket is not in an approval state");
        }
    }

    static ContentHash expectedHash(Context ctx) {
        return InvalidPayload.read("Invalid approval payload", () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("expectedContentSha256"));
            input.require("expectedContentSha256");
            Optional<String> hash = input.string("expectedContentSha256");
            hash.filter(value -> !SHA256.matcher(value).matches()).ifPresent(value -> input.violations().add(
                    "expectedContentSha256", "expectedContentSha256 must be 64 lowercase hexadecimal characters"));
            input.done();
            return new ContentHash(hash.get());
        });
    }

    /** {@code answers} by question id and {@code selectedOptions} by question id, both optional. */
    private static Map<String, AnswerSubmission> answers(Context ctx) {
        JsonInput input = JsonBody.optional(ctx);
        input.allowOnly(Set.of("answers", "selectedOptions"));
        Map<String, String> texts = input.stringMap("answers").orElse(Map.of());
        Map<String, List<String>> selected = selections(input);
        input.done();
        Map<String, AnswerSubmission> answers = new LinkedHashMap<>();
        for (String id : new TreeSet<>(union(texts.keySet(), selected.keySet()))) {
            answers.put(id, new AnswerSubmission(texts.getOrDefault(id, ""), selected.getOrDefault(id, List.of())));
        }
        return answers;
    }

    private static Map<String, List<String>> selections(JsonInput input) {
        Optional<JsonNode> node = input.any("selectedOptions");
        Map<String, List<String>> selected = new LinkedHashMap<>();
        if (node.isEmpty() || node.get().isNull()) {
            return selected;
        }
        if (!node.get().isObject()) {
            input.violations().add("selectedOptions", "selectedOptions must be an object of string lists");
            return selected;
        }
        node.get().fields().forEachRemaining(entry -> {
            JsonNode list = entry.getValue();
            List<String> ids = new ArrayList<>();
            if (list.isArray()) {
                list.forEach(item -> {
                    if (item.isTextual()) {
                        ids.add(item.asText());
                    }
                });
            }
            if (!list.isArray() || ids.size() != list.size()) {
                input.violations().add("selectedOptions." + entry.getKey(), "selectedOptions." + entry.getKey()
                        + " must be a list of option ids");
            }
            selected.put(entry.getKey(), ids);
        });
        return selected;
    }

    private static List<InterviewAnswerEdit> edits(Context ctx) {
        JsonInput input = JsonBody.required(ctx);
        input.allowOnly(Set.of("questions"));
        input.require("questions");
        Optional<JsonNode> list = input.any("questions");
        input.done();
        Violations violations = new Violations();
        List<InterviewAnswerEdit> edits = new ArrayList<>();
        if (!list.get().isArray() || list.get().isEmpty()) {
            throw ValidationException.of("questions", "questions must be a non-empty list");
        }
        for (int i = 0; i < list.get().size(); i++) {
            String field = "questions[" + (i + 1) + "]";
            JsonNode item = list.get().get(i);
            JsonNode answer = item.path("answer");
            boolean shaped = item.isObject() && item.path("id").isTextual() && answer.isObject()
                    && answer.path("skipped").isBoolean() && answer.path("free_text").isTextual()
                    && (answer.path("selected_option_ids").isMissingNode() || allText(answer.get("selected_option_ids")));
            if (!shaped) {
                violations.add(field, field + " must be {id, answer: {skipped: boolean, selected_option_ids:"
                        + " string[], free_text: string}}");
                continue;
            }
            List<String> selected = new ArrayList<>();
            answer.path("selected_option_ids").forEach(id -> selected.add(id.asText()));
            edits.add(new InterviewAnswerEdit(item.get("id").asText(), answer.get("skipped").asBoolean(), selected,
                    answer.get("free_text").asText()));
        }
        violations.throwIfAny();
        return edits;
    }

    private static boolean allText(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private Map<String, Object> saved(InterviewView view, TicketReference ref) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.putAll(InterviewJson.from(view));
        body.put("ticket", TicketJson.from(useCases.getTicket().get(ref)));
        return body;
    }
}

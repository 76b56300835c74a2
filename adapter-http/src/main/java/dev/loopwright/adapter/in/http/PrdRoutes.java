package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.FixPrdCoverageGapsUseCase;
import dev.loopwright.application.port.in.GetPlanningFileUseCase;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.application.port.in.PrdView;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PRD gate over HTTP: approval guarded by the SHA-256 of what was reviewed, the fix of coverage gaps with AI, and
 * the planning files ({@code interview}, {@code prd}) as raw YAML, read and replaced. Bodies are strict: unknown
 * fields and wrong types are refused under the route's own error title.
 */
final class PrdRoutes {
    private static final Pattern SHA256 = Pattern.compile("[a-f0-9]{64}");
    private static final Set<String> FILES = Set.of("interview", "prd");
    /** Reads back JSON we wrote ourselves (the coverage record). */
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private final HttpUseCases useCases;

    PrdRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/tickets/{id}/approve-prd", this::approvePrd);
        routes.post("/api/tickets/{id}/coverage/fix-gaps", this::fixGaps);
        routes.get("/api/files/{id}/{file}", this::getFile);
        routes.put("/api/files/{id}/{file}", this::putFile);
    }

    /** The body is read first, as the reference does; the generic approve route calls this after its status check. */
    void approvePrd(Context ctx) {
        ContentHash reviewed = expectedHash(ctx);
        ctx.json(TicketJson.from(useCases.approvePrd().approvePrd(TicketRoutes.ref(ctx), reviewed)));
    }

    private void fixGaps(Context ctx) {
        String domain = InvalidPayload.read("Invalid coverage fix payload", () -> {
            JsonInput input = JsonBody.required(ctx);
            input.allowOnly(Set.of("domain"));
            input.require("domain");
            Optional<String> value = input.string("domain");
            value.filter(text -> !text.equals("prd") && !text.equals("beads")).ifPresent(text -> input.violations()
                    .add("domain", "domain must be prd or beads"));
            input.done();
            return value.get();
        });
        TicketReference ref = TicketRoutes.ref(ctx);
        if (!domain.equals("prd")) {
            Ticket ticket = useCases.getTicket().get(ref);
            throw new ApiProblem(409, "Fixing bead coverage gaps is not implemented yet (ticket is "
                    + ticket.status() + ")");
        }
        FixPrdCoverageGapsUseCase.Result result;
        try {
            result = useCases.fixPrdCoverageGaps().fixPrdGaps(ref);
        } catch (PhaseFailure modelFailed) {
            // The models failed, not the request: nothing was changed, and the fix can be asked for again.
            throw new ApiProblem(502, "Failed to fix coverage gaps: " + modelFailed.getMessage());
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("fixed", result.fixed());
        outcome.put("candidateVersion", result.version());
        outcome.put("remainingGaps", result.remainingGaps());
        outcome.put("noChange", result.noChange());
        Ticket ticket = useCases.getTicket().get(ref);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", result.fixed() ? "Coverage gaps fix completed" : "No open coverage gaps remain");
        body.put("result", outcome);
        body.putAll(file(result.prd().raw(), result.prd().contentSha256()));
        body.put("status", ticket.status().name());
        body.put("ticket", TicketJson.from(ticket));
        ctx.json(body);
    }

    private void getFile(Context ctx) {
        String file = file(ctx);
        TicketReference ref = TicketRoutes.ref(ctx);
        if (file.equals("prd")) {
            PrdView view = useCases.getPrd().getPrd(ref);
            Map<String, Object> body = file(view.raw(), view.contentSha256());
            body.put("coverage", view.coverageJson().map(PrdRoutes::tree).orElse(null));
            ctx.json(body);
            return;
        }
        Optional<String> raw = useCases.getPlanningFile().planningFile(ref,
                GetPlanningFileUseCase.PlanningFile.INTERVIEW);
        ctx.json(file(raw, raw.map(ContentHash::of)));
    }

    private void putFile(Context ctx) {
        String file = file(ctx);
        String title = file.equals("prd") ? "Invalid PRD document payload" : "Invalid interview document payload";
        String content = InvalidPayload.read(title, () -> content(ctx, file.equals("prd")));
        TicketReference ref = TicketRoutes.ref(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        if (file.equals("prd")) {
            PrdView view = InvalidPayload.read(title, () -> useCases.editPrd().savePrd(ref, content));
            body.putAll(file(view.raw(), view.contentSha256()));
        } else {
            InterviewView view = InvalidPayload.read(title,
                    () -> useCases.editInterviewDocument().saveDocument(ref, content));
            body.putAll(file(view.raw(), view.contentSha256()));
        }
        Ticket ticket = useCases.getTicket().get(ref);
        body.put("status", ticket.status().name());
        body.put("ticket", TicketJson.from(ticket));
        ctx.json(body);
    }

    /** {@code {content}} as YAML text, or for the PRD also {@code {document}}, the same document as JSON. */
    private static String content(Context ctx, boolean structuredAllowed) {
        JsonInput input = JsonBody.required(ctx);
        input.allowOnly(structuredAllowed ? Set.of("content", "document") : Set.of("content"));
        Optional<String> raw = input.string("content");
        Optional<JsonNode> document = structuredAllowed ? input.any("document") : Optional.empty();
        if (raw.isPresent() == document.isPresent()) {
            input.violations().add("content", structuredAllowed ? "give exactly one of content (YAML text) and"
                    + " document (an object)" : "content is required");
        }
        document.filter(node -> !node.isObject()).ifPresent(node -> input.violations().add("document",
                "document must be an object"));
        raw.filter(text -> text.length() > InterviewRoutes.MAX_CONTENT).ifPresent(text -> input.violations()
                .add("content", "content must be at most " + InterviewRoutes.MAX_CONTENT + " characters"));
        input.done();
        return raw.orElseGet(() -> document.get().toString());
    }

    private static Map<String, Object> file(Optional<String> raw, Optional<ContentHash> hash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", raw.orElse(""));
        body.put("exists", raw.isPresent());
        hash.ifPresent(value -> body.put("contentSha256", value.hex()));
        return body;
    }

    /** Checked before the ticket is looked up, as the reference does. */
    private static String file(Context ctx) {
        String file = ctx.pathParam("file");
        if (!FILES.contains(file)) {
            throw ApiProblem.badRequest("Invalid file type. Must be one of: interview, prd");
        }
        return file;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    private static ContentHash expectedHash(Context ctx) {
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

}

package dev.loopwright.application.council;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.domain.council.Presentation;
import dev.loopwright.domain.council.Quorum;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.council.Scorecard;
import dev.loopwright.domain.council.Tally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our JSON for the council's own artifacts, written field by field so the stored format is stable whatever the
 * records look like. Reading fails with {@link IllegalArgumentException} on anything we did not write.
 */
final class CouncilJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CouncilJson() {
    }

    static String drafts(DraftRound round) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode members = root.putArray("members");
        round.members().forEach(report -> members.add(report(report)));
        ArrayNode drafts = root.putArray("drafts");
        round.drafts().forEach(draft -> drafts.addObject().put("member", draft.member()).put("content", draft.content()));
        return write(root);
    }

    static DraftRound drafts(String content) {
        JsonNode root = read(content);
        List<MemberReport> members = new ArrayList<>();
        array(root, "members").forEach(node -> members.add(report(node)));
        List<Draft> drafts = new ArrayList<>();
        array(root, "drafts").forEach(node -> drafts.add(new Draft(text(node, "member"), text(node, "content"))));
        return new DraftRound(members, drafts);
    }

    static String votes(VoteRound round) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode council = root.putArray("council");
        round.tally().council().forEach(council::add);
        ArrayNode presentations = root.putArray("presentations");
        round.presentations().forEach(shown -> {
            ObjectNode node = presentations.addObject().put("voter", shown.voter()).put("seed", shown.seed());
            ArrayNode order = node.putArray("order");
            shown.authors().forEach(order::add);
        });
        ArrayNode scorecards = root.putArray("scorecards");
        round.scorecards().forEach(card -> {
            ObjectNode node = scorecards.addObject().put("voter", card.voter());
            ObjectNode scores = node.putObject("scores");
            card.scoresByAuthor().forEach((author, categories) -> {
                ObjectNode byCategory = scores.putObject(author);
                categories.forEach(byCategory::put);
            });
        });
        ArrayNode voters = root.putArray("voters");
        round.voters().forEach(report -> voters.add(report(report)));
        ObjectNode totals = root.putObject("totals");
        round.tally().totals().forEach(totals::put);
        root.put("winner", round.winner());
        return write(root);
    }

    /** The tally is recomputed from the stored scorecards, so the stored totals can never disagree with them. */
    static VoteRound votes(String content, List<String> authors, Rubric rubric) {
        JsonNode root = read(content);
        List<String> council = new ArrayList<>();
        array(root, "council").forEach(node -> council.add(node.asText()));
        List<Presentation> presentations = new ArrayList<>();
        array(root, "presentations").forEach(node -> {
            List<String> order = new ArrayList<>();
            array(node, "order").forEach(author -> order.add(author.asText()));
            presentations.add(new Presentation(text(node, "voter"), node.path("seed").asLong(), order));
        });
        List<Scorecard> scorecards = new ArrayList<>();
        array(root, "scorecards").forEach(node -> {
            Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
            node.path("scores").fields().forEachRemaining(author -> {
                Map<String, Integer> categories = new LinkedHashMap<>();
                author.getValue().fields().forEachRemaining(category ->
                        categories.put(category.getKey(), category.getValue().asInt()));
                scores.put(author.getKey(), categories);
            });
            scorecards.add(new Scorecard(text(node, "voter"), scores));
        });
        List<MemberReport> voters = new ArrayList<>();
        array(root, "voters").forEach(node -> voters.add(report(node)));
        return new VoteRound(presentations, scorecards, voters, Tally.of(council, authors, scorecards, rubric));
    }

    static String refinement(Refinement<?> refinement) {
        ObjectNode root = JSON.createObjectNode().put("winner", refinement.winner());
        ArrayNode changes = root.putArray("changes");
        refinement.changes().forEach(change -> {
            ObjectNode node = changes.addObject().put("type", change.type().wireName());
            change.before().ifPresent(id -> node.put("before", id));
            change.after().ifPresent(id -> node.put("after", id));
            change.inspiredBy().ifPresent(member -> node.put("inspiredBy", member));
        });
        ArrayNode warnings = root.putArray("warnings");
        refinement.warnings().forEach(warnings::add);
        return write(root);
    }

    /** What a stored refinement says besides the artifact, which is read back from its canonical text. */
    record RefinementRecord(String winner, List<Change> changes, List<String> warnings) {
    }

    static RefinementRecord refinement(String content) {
        JsonNode root = read(content);
        List<Change> changes = new ArrayList<>();
        array(root, "changes").forEach(node -> changes.add(new Change(
                Change.Type.valueOf(text(node, "type").toUpperCase(Locale.ROOT)), optional(node, "before"),
                optional(node, "after"), optional(node, "inspiredBy"))));
        List<String> warnings = new ArrayList<>();
        array(root, "warnings").forEach(node -> warnings.add(node.asText()));
        return new RefinementRecord(text(root, "winner"), changes, warnings);
    }

    static String rawAttempt(String stage, RawAttempt attempt) {
        ObjectNode root = JSON.createObjectNode().put("stage", stage).put("member", attempt.member())
                .put("attempt", attempt.attempt()).put("request", attempt.request().wireName())
                .put("result", attempt.result().wireName());
        attempt.failure().ifPresent(kind -> root.put("failure", kind.name()));
        attempt.error().ifPresent(error -> root.put("error", error));
        attempt.reply().ifPresent(reply -> root.put("reply", reply));
        return write(root);
    }

    private static ObjectNode report(MemberReport report) {
        ObjectNode node = JSON.createObjectNode().put("member", report.member())
                .put("outcome", report.outcome().name().toLowerCase(Locale.ROOT)).put("attempts", report.attempts());
        report.failure().ifPresent(kind -> node.put("failure", kind.name()));
        report.error().ifPresent(error -> node.put("error", error));
        ArrayNode warnings = node.putArray("warnings");
        report.warnings().forEach(warnings::add);
        return node;
    }

    private static MemberReport report(JsonNode node) {
        List<String> warnings = new ArrayList<>();
        array(node, "warnings").forEach(warning -> warnings.add(warning.asText()));
        return new MemberReport(text(node, "member"),
                Quorum.Outcome.valueOf(text(node, "outcome").toUpperCase(Locale.ROOT)),
                optional(node, "failure").map(RuntimeFailureKind::valueOf), optional(node, "error"),
                node.path("attempts").asInt(), warnings);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }

    private static JsonNode read(String content) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode array = node.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is not a list");
        }
        return array;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}

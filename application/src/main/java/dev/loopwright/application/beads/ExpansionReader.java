package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.council.beads.BeadBlueprintPlan;
import dev.loopwright.application.structured.PromptMarkers;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadBlueprint;
import dev.loopwright.domain.bead.BeadExpansion;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the expansion reply (JSON Lines, one object per blueprint bead) and builds the final plan from it. The model
 * only contributes issue type, labels, {@code blocked_by} and target files; ids, titles and the rest of the content
 * come from the blueprint, and priority, status, reverse edges and timestamps are ours. Two kinds of refusal, both
 * told to the model in a corrective prompt: the reply's shape (wrong count, a renamed or reordered bead, a missing
 * field), and the dependency graph (duplicate ids, unknown or self dependencies, cycles), which {@link #graphProblem}
 * remembers so that a plan still invalid after every retry blocks with its own code.
 */
final class ExpansionReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields we own: a model that writes them is ignored there, with a warning. */
    private static final Set<String> SERVER_OWNED = Set.of("priority", "status", "externalref", "blocks", "iteration",
            "failediterationnotes", "userretrynotes", "finalizationfailurenotes", "createdat", "updatedat",
            "startedat", "completedat", "beadstartcommit");

    private final BeadBlueprintPlan blueprint;
    private final ExternalId ticket;
    private final Instant now;
    private volatile Optional<String> graphProblem = Optional.empty();

    ExpansionReader(BeadBlueprintPlan blueprint, ExternalId ticket, Instant now) {
        this.blueprint = blueprint;
        this.ticket = ticket;
        this.now = now;
    }

    /** The dependency-graph problem of the last reply read, if that is why it was refused. */
    Optional<String> graphProblem() {
        return graphProblem;
    }

    Validated<BeadPlan> read(String reply) {
        graphProblem = Optional.empty();
        List<String> warnings = new ArrayList<>();
        if (reply.contains(PromptMarkers.TASK) && reply.contains(PromptMarkers.OUTPUT_FORMAT)) {
            return new Validated.Invalid<>("the reply repeats the prompt instead of answering it", true);
        }
        List<JsonNode> lines = lines(reply, warnings);
        if (lines.isEmpty()) {
            return new Validated.Invalid<>("the reply holds no JSON object; write one JSON object per bead, one per"
                    + " line", reply.isBlank());
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode id = lines.get(i).get("id");
            ids.add(id != null && id.isTextual() ? id.asText().strip() : "");
        }
        Set<String> duplicates = FieldChecks.duplicates(ids.stream().filter(id -> !id.isEmpty()).toList());
        if (!duplicates.isEmpty()) {
            return graph("duplicate bead id " + String.join(", ", duplicates) + ": each bead appears exactly once");
        }
        if (lines.size() != blueprint.beads().size()) {
            return Validated.invalid("the blueprint has " + blueprint.beads().size() + " beads but the reply has "
                    + lines.size() + " lines; write exactly one line per bead");
        }
        List<BeadExpansion> expansions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BeadBlueprint bead = blueprint.beads().get(i);
            String label = "line " + (i + 1);
            if (!bead.id().equals(ids.get(i))) {
                return Validated.invalid(label + " has id '" + ids.get(i) + "' but must be bead '" + bead.id()
                        + "': keep the blueprint's ids and order exactly");
            }
            Map<String, JsonNode> fields = fields(lines.get(i));
            String title = text(fields.get("title"));
            if (!title.isEmpty() && !title.equals(bead.title())) {
                warnings.add(label + " changed the title of " + bead.id() + "; the blueprint's title is kept");
            }
            Set<String> owned = new TreeSet<>(fields.keySet());
            owned.retainAll(SERVER_OWNED);
            if (!owned.isEmpty()) {
                warnings.add(label + " wrote " + String.join(", ", owned) + ", which Loopwright sets; ignored");
            }
            JsonNode dependencies = fields.get("dependencies");
            JsonNode blockedBy = dependencies != null && dependencies.isObject()
                    ? fields(dependencies).get("blockedby") : fields.get("blockedby");
            try {
                expansions.add(new BeadExpansion(bead.id(), text(first(fields, "issuetype", "type")),
                        texts(fields.get("labels")), texts(blockedBy), texts(first(fields, "targetfiles", "files"))));
            } catch (ValidationException invalid) {
                return Validated.invalid(label + " (" + bead.id() + "): " + invalid.getMessage());
            }
        }
        return plan(expansions, warnings);
    }

    /** The final beads: blueprint content, expansion fields, our own state; then the graph is checked as a whole. */
    private Validated<BeadPlan> plan(List<BeadExpansion> expansions, List<String> warnings) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < expansions.size(); i++) {
            beads.add(Bead.hydrate(blueprint.beads().get(i), expansions.get(i), i + 1, ticket, now));
        }
        try {
            return Validated.valid(new BeadPlan(beads).withDerivedBlocks(), warnings);
        } catch (ValidationException invalid) {
            return graph(invalid.getMessage());
        }
    }

    private Validated<BeadPlan> graph(String problem) {
        graphProblem = Optional.of(problem);
        return Validated.invalid("the dependency graph is invalid: " + problem);
    }

    /**
     * Every line that is a JSON object; fences, tags and blank lines are skipped. A JSON array of objects is taken
     * too, with a warning, since it says the same.
     */
    private static List<JsonNode> lines(String reply, List<String> warnings) {
        List<JsonNode> objects = new ArrayList<>();
        int skipped = 0;
        for (String raw : reply.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("```") || line.startsWith("~~~") || line.matches("</?[A-Za-z_]+>")) {
                continue;
            }
            JsonNode node = parse(line);
            if (node != null && node.isObject()) {
                objects.add(node);
            } else if (node != null && node.isArray() && objects.isEmpty()) {
                node.forEach(item -> {
                    if (item.isObject()) {
                        objects.add(item);
                    }
                });
                warnings.add("the beads came as one JSON array instead of one object per line");
            } else {
                skipped++;
            }
        }
        if (skipped > 0 && !objects.isEmpty()) {
            warnings.add("ignored " + skipped + " line(s) that were not JSON objects");
        }
        return objects;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            fields.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), entry.getValue());
        }
        return fields;
    }

    private static JsonNode first(Map<String, JsonNode> fields, String... names) {
        for (String name : names) {
            if (fields.containsKey(name)) {
                return fields.get(name);
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText("").strip() : "";
    }

    private static List<String> texts(JsonNode node) {
        Set<String> texts = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return node.asText("").isBlank() ? List.of() : List.of(node.asText().strip());
        }
        if (node instanceof ArrayNode) {
            node.forEach(item -> {
                if (item.isValueNode() && !item.asText("").isBlank()) {
                    texts.add(item.asText().strip());
                }
            });
        }
        return List.copyOf(texts);
    }
}

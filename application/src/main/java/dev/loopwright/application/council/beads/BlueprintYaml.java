package dev.loopwright.application.council.beads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.bead.BeadBlueprint;
import java.util.List;

/** Our canonical YAML of a blueprint, in the reference's field names; {@link BlueprintReader} reads it back as is. */
public final class BlueprintYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

    private BlueprintYaml() {
    }

    public static String write(BeadBlueprintPlan plan) {
        ObjectNode root = YAML.createObjectNode();
        ArrayNode beads = root.putArray(BlueprintReader.ROOT);
        plan.beads().forEach(bead -> beads.add(node(bead)));
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a YAML tree always serialises", impossible);
        }
    }

    /** One bead as a mapping, shared with the expansion's context and the final JSONL. */
    public static ObjectNode node(BeadBlueprint bead) {
        ObjectNode node = YAML.createObjectNode();
        node.put("id", bead.id()).put("title", bead.title());
        strings(node.putArray("prdRefs"), bead.prdRefs());
        node.put("description", bead.description());
        ObjectNode guidance = node.putObject("contextGuidance");
        strings(guidance.putArray("patterns"), bead.contextGuidance().patterns());
        strings(guidance.putArray("anti_patterns"), bead.contextGuidance().antiPatterns());
        strings(node.putArray("acceptanceCriteria"), bead.acceptanceCriteria());
        strings(node.putArray("tests"), bead.tests());
        strings(node.putArray("testCommands"), bead.testCommands());
        return node;
    }

    /** Reads text we wrote (or a person edited); invalid text is reported, never thrown. */
    public static Validated<BeadBlueprintPlan> read(String yaml) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException unreadable) {
            return Validated.invalid("the blueprint is not YAML: " + unreadable.getOriginalMessage());
        }
        return BlueprintReader.read(tree);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

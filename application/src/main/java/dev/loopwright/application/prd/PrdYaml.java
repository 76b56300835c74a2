package dev.loopwright.application.prd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.prd.Epic;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.prd.TechnicalRequirements;
import dev.loopwright.domain.prd.UserStory;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.List;

/**
 * The canonical text of a PRD ({@code prd.yaml}), with the reference's keys in the reference's order: we write it
 * from the document, always the same way, so its SHA-256 identifies what a person reviewed. {@link #read} is for
 * people's edits and checks every field strictly (see {@link PrdReader}).
 */
public final class PrdYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private PrdYaml() {
    }

    public static String write(PrdDocument document) {
        try {
            return YAML.writeValueAsString(tree(document));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a YAML tree always serialises", impossible);
        }
    }

    /** The document as a tree with the file's own keys, for showing it as JSON. */
    public static ObjectNode tree(PrdDocument document) {
        ObjectNode root = YAML.createObjectNode().put("schema_version", document.schemaVersion())
                .put("ticket_id", document.ticketId().toString()).put("artifact", "prd")
                .put("status", document.status().wireName());
        root.putObject("source_interview").put("content_sha256", document.sourceInterviewSha256());
        ObjectNode product = root.putObject("product").put("problem_statement",
                document.product().problemStatement());
        strings(product.putArray("target_users"), document.product().targetUsers());
        ObjectNode scope = root.putObject("scope");
        strings(scope.putArray("in_scope"), document.scope().inScope());
        strings(scope.putArray("out_of_scope"), document.scope().outOfScope());
        TechnicalRequirements tech = document.technicalRequirements();
        ObjectNode technical = root.putObject("technical_requirements");
        strings(technical.putArray("architecture_constraints"), tech.architectureConstraints());
        strings(technical.putArray("data_model"), tech.dataModel());
        strings(technical.putArray("api_contracts"), tech.apiContracts());
        strings(technical.putArray("security_constraints"), tech.securityConstraints());
        strings(technical.putArray("performance_constraints"), tech.performanceConstraints());
        strings(technical.putArray("reliability_constraints"), tech.reliabilityConstraints());
        strings(technical.putArray("error_handling_rules"), tech.errorHandlingRules());
        strings(technical.putArray("tooling_assumptions"), tech.toolingAssumptions());
        ArrayNode epics = root.putArray("epics");
        document.epics().forEach(epic -> epics.add(epic(epic)));
        strings(root.putArray("risks"), document.risks());
        if (document.approval().isPresent()) {
            Approval approval = document.approval().get();
            root.putObject("approval").put("approved_by", approval.approvedBy())
                    .put("approved_at", approval.approvedAt().toString());
        } else {
            root.putObject("approval").put("approved_by", "").put("approved_at", "");
        }
        return root;
    }

    /**
     * Reads a person's edit of the PRD of ticket {@code ticketId}, written from the interview with hash
     * {@code sourceInterviewSha256}. Throws {@link ValidationException} naming every field that is wrong.
     */
    public static PrdDocument read(String content, ExternalId ticketId, String sourceInterviewSha256) {
        return PrdReader.strict(parse(content), ticketId, sourceInterviewSha256);
    }

    /** The YAML tree of a person's text; anything but a mapping is refused. */
    static JsonNode parse(String content) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("content", "the PRD is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.of("content", "the PRD must be a YAML mapping");
        }
        return root;
    }

    private static ObjectNode epic(Epic epic) {
        ObjectNode node = YAML.createObjectNode().put("id", epic.id()).put("title", epic.title())
                .put("objective", epic.objective());
        strings(node.putArray("implementation_steps"), epic.implementationSteps());
        ArrayNode stories = node.putArray("user_stories");
        epic.userStories().forEach(story -> stories.add(story(story)));
        return node;
    }

    private static ObjectNode story(UserStory story) {
        ObjectNode node = YAML.createObjectNode().put("id", story.id()).put("title", story.title());
        strings(node.putArray("acceptance_criteria"), story.acceptanceCriteria());
        strings(node.putArray("implementation_steps"), story.implementationSteps());
        strings(node.putObject("verification").putArray("required_commands"),
                story.verification().requiredCommands());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

package dev.loopwright.application.prd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.approval.DocumentStatus;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.prd.Epic;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.prd.Product;
import dev.loopwright.domain.prd.Scope;
import dev.loopwright.domain.prd.TechnicalRequirements;
import dev.loopwright.domain.prd.UserStory;
import dev.loopwright.domain.prd.Verification;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads a PRD tree in one of two modes. <b>Model</b> output is repaired where the intent is plain, each repair a
 * warning: a wrapper key is unwrapped, the ticket id, status, schema version and source hash are ours to set, a
 * missing or repeated epic/story id is numbered, known aliases ({@code stories}, {@code steps}, {@code commands}) are
 * read, a single string where a list belongs becomes a one-item list. A <b>person</b>'s edit is never repaired: an
 * unknown key, a wrong type or a wrong id is reported, all at once, with its path.
 */
final class PrdReader {
    static final Set<String> WRAPPERS = Set.of("prd", "document", "output", "result", "data");
    private static final Set<String> ROOT_KEYS = Set.of("schema_version", "ticket_id", "artifact", "status",
            "source_interview", "product", "scope", "technical_requirements", "epics", "risks", "approval");
    private static final List<String> TECHNICAL = List.of("architecture_constraints", "data_model", "api_contracts",
            "security_constraints", "performance_constraints", "reliability_constraints", "error_handling_rules",
            "tooling_assumptions");

    private final boolean model;
    private final Violations violations = new Violations();
    private final List<String> warnings = new ArrayList<>();

    private PrdReader(boolean model) {
        this.model = model;
    }

    /** A model's draft or revision: repaired where plain, otherwise a reason the model can act on. */
    static Validated<PrdDocument> fromModel(JsonNode document, ExternalId ticketId, String sourceInterviewSha256) {
        PrdReader reader = new PrdReader(true);
        try {
            PrdDocument read = reader.document(reader.unwrap(document), ticketId, sourceInterviewSha256);
            return Validated.valid(read, reader.warnings);
        } catch (ValidationException invalid) {
            return Validated.invalid("the PRD is not valid: " + invalid.violations().stream().map(Violation::message)
                    .collect(Collectors.joining("; ")));
        }
    }

    /** A person's edit; throws {@link ValidationException} with every problem. */
    static PrdDocument strict(JsonNode document, ExternalId ticketId, String sourceInterviewSha256) {
        return new PrdReader(false).document(document, ticketId, sourceInterviewSha256);
    }

    private JsonNode unwrap(JsonNode document) {
        JsonNode current = document;
        for (int depth = 0; depth < 3 && current != null && current.isObject() && current.size() == 1; depth++) {
            String key = current.fieldNames().next();
            JsonNode inner = current.get(key);
            if (key.equals("artifact") && inner.isObject() && inner.has("prd")) {
                inner = inner.get("prd");
            } else if (!WRAPPERS.contains(key) || !inner.isObject()) {
                break;
            }
            warnings.add("the PRD was wrapped in '" + key + "'; it was unwrapped");
            current = inner;
        }
        return current;
    }

    private PrdDocument document(JsonNode root, ExternalId ticketId, String sourceInterviewSha256) {
        if (root == null || !root.isObject()) {
            throw ValidationException.of("prd", "the PRD must be a mapping with product, scope and epics");
        }
        if (!model) {
            unknownKeys(root, ROOT_KEYS, "");
            int version = root.path("schema_version").asInt(0);
            if (!root.path("schema_version").isInt() || version != PrdDocument.SCHEMA_VERSION) {
                violations.add("schema_version", "schema_version must be " + PrdDocument.SCHEMA_VERSION);
            }
            if (!"prd".equals(root.path("artifact").asText(""))) {
                violations.add("artifact", "artifact must be prd");
            }
            if (!ticketId.toString().equals(root.path("ticket_id").asText(""))) {
                violations.add("ticket_id", "ticket_id must be " + ticketId);
            }
        } else if (root.has("ticket_id") && !ticketId.toString().equals(root.path("ticket_id").asText(""))) {
            warnings.add("ticket_id was '" + root.path("ticket_id").asText("") + "'; it is " + ticketId);
        }
        DocumentStatus status = status(root);
        Optional<Approval> approval = status == DocumentStatus.APPROVED ? approval(root.path("approval"))
                : Optional.empty();
        JsonNode productNode = object(root, "product", "product");
        Product product = capture(() -> new Product(text(productNode, "problem_statement", "product.problem_statement",
                true), texts(productNode, "target_users", "product.target_users")));
        if (!model) {
            unknownKeys(productNode, Set.of("problem_statement", "target_users"), "product.");
        }
        JsonNode scopeNode = object(root, "scope", "scope");
        Scope scope = capture(() -> new Scope(texts(scopeNode, "in_scope", "scope.in_scope"),
                texts(scopeNode, "out_of_scope", "scope.out_of_scope")));
        if (!model) {
            unknownKeys(scopeNode, Set.of("in_scope", "out_of_scope"), "scope.");
        }
        TechnicalRequirements technical = technical(root);
        List<Epic> epics = epics(root);
        List<String> risks = texts(root, "risks", "risks");
        violations.throwIfAny();
        Violations whole = new Violations();
        PrdDocument document = whole.capture(() -> new PrdDocument(PrdDocument.SCHEMA_VERSION, ticketId, status,
                sourceInterviewSha256, product, scope, technical, epics, risks, approval));
        whole.throwIfAny();
        return document;
    }

    private DocumentStatus status(JsonNode root) {
        String value = root.path("status").asText("");
        if (model) {
            // A model's PRD is a draft whatever it says: only a person approves.
            return DocumentStatus.DRAFT;
        }
        try {
            return DocumentStatus.fromWireName(value);
        } catch (ValidationException e) {
            violations.add("status", "status must be draft or approved");
            return DocumentStatus.DRAFT;
        }
    }

    private Optional<Approval> approval(JsonNode node) {
        String by = node.path("approved_by").asText("");
        String at = node.path("approved_at").asText("");
        try {
            return Optional.of(new Approval(by, Instant.parse(at)));
        } catch (DateTimeParseException | ValidationException e) {
            violations.add("approval", "an approved PRD needs approval.approved_by and an ISO approval.approved_at");
            return Optional.empty();
        }
    }

    private TechnicalRequirements technical(JsonNode root) {
        JsonNode node = object(root, "technical_requirements", "technical_requirements");
        if (!model) {
            unknownKeys(node, Set.copyOf(TECHNICAL), "technical_requirements.");
        }
        List<List<String>> lists = new ArrayList<>();
        for (String key : TECHNICAL) {
            lists.add(texts(node, key, "technical_requirements." + key));
        }
        TechnicalRequirements read = capture(() -> new TechnicalRequirements(lists.get(0), lists.get(1),
                lists.get(2), lists.get(3), lists.get(4), lists.get(5), lists.get(6), lists.get(7)));
        return read == null ? TechnicalRequirements.NONE : read;
    }

    private List<Epic> epics(JsonNode root) {
        JsonNode list = root.get("epics");
        List<Epic> epics = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            violations.add("epics", "epics must be a non-empty list");
            return epics;
        }
        Set<String> epicIds = new HashSet<>();
        Set<String> storyIds = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String path = "epics[" + (i + 1) + "]";
            if (!node.isObject()) {
                violations.add(path, path + " must be a mapping");
                continue;
            }
            if (!model) {
                unknownKeys(node, Set.of("id", "title", "objective", "implementation_steps", "user_stories"),
                        path + ".");
            }
            String id = id(node, path, "EPIC-" + (i + 1), epicIds);
            String title = text(node, "title", path + ".title", false);
            String objective = text(node, "objective", path + ".objective", false);
            List<String> steps = texts(node, model ? alias(node, "implementation_steps", "steps")
                    : "implementation_steps", path + ".implementation_steps");
            List<UserStory> stories = stories(node, path, i + 1, storyIds);
            Epic epic = capture(() -> new Epic(id, title, objective, steps, stories));
            if (epic != null) {
                epics.add(epic);
            }
        }
        return epics;
    }

    private List<UserStory> stories(JsonNode epic, String epicPath, int epicNumber, Set<String> taken) {
        String key = model ? alias(epic, "user_stories", "stories") : "user_stories";
        JsonNode list = epic.get(key);
        List<UserStory> stories = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            violations.add(epicPath + ".user_stories", epicPath + ".user_stories must be a non-empty list");
            return stories;
        }
        for (int s = 0; s < list.size(); s++) {
            JsonNode node = list.get(s);
            String path = epicPath + ".user_stories[" + (s + 1) + "]";
            if (!node.isObject()) {
                violations.add(path, path + " must be a mapping");
                continue;
            }
            if (!model) {
                unknownKeys(node, Set.of("id", "title", "acceptance_criteria", "implementation_steps",
                        "verification"), path + ".");
            }
            String id = id(node, path, "US-" + epicNumber + "-" + (s + 1), taken);
            String title = text(node, "title", path + ".title", false);
            List<String> criteria = texts(node, "acceptance_criteria", path + ".acceptance_criteria");
            List<String> steps = texts(node, model ? alias(node, "implementation_steps", "steps")
                    : "implementation_steps", path + ".implementation_steps");
            JsonNode verification = node.path("verification");
            if (!model) {
                if (!verification.isObject()) {
                    violations.add(path + ".verification", path + ".verification must be a mapping with"
                            + " required_commands");
                } else {
                    unknownKeys(verification, Set.of("required_commands"), path + ".verification.");
                }
            }
            List<String> commands = verification.isObject() ? texts(verification, model
                    ? alias(verification, "required_commands", "commands") : "required_commands",
                    path + ".verification.required_commands") : List.of();
            UserStory story = capture(() -> new UserStory(id, title, criteria, steps, new Verification(commands)));
            if (story != null) {
                stories.add(story);
            }
        }
        return stories;
    }

    /** A person's id must be right; a model's missing, malformed or repeated id is renumbered by position. */
    private String id(JsonNode node, String path, String positional, Set<String> taken) {
        String id = node.path("id").isValueNode() ? node.path("id").asText("").strip() : "";
        if (!model) {
            if (!taken.add(id)) {
                violations.add(path + ".id", path + ".id " + id + " is used twice");
            }
            return id.isEmpty() ? null : id;
        }
        boolean shaped = id.matches(positional.startsWith("EPIC") ? "EPIC-[1-9][0-9]*" : "US-[1-9][0-9]*-[1-9][0-9]*");
        if (shaped && taken.add(id)) {
            return id;
        }
        String fresh = positional;
        for (int n = 2; !taken.add(fresh); n++) {
            fresh = positional + n;
        }
        warnings.add(path + ".id " + (id.isEmpty() ? "was missing" : "'" + id + "' was unusable") + "; it is now "
                + fresh);
        return fresh;
    }

    private String alias(JsonNode node, String key, String alias) {
        if (!node.has(key) && node.has(alias)) {
            warnings.add("'" + alias + "' was read as '" + key + "'");
            return alias;
        }
        return key;
    }

    private JsonNode object(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (model) {
                return MissingNode.getInstance();
            }
            violations.add(path, path + " is required");
            return MissingNode.getInstance();
        }
        if (!node.isObject()) {
            violations.add(path, path + " must be a mapping");
            return MissingNode.getInstance();
        }
        return node;
    }

    private String text(JsonNode parent, String key, String path, boolean mayBeEmpty) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (!mayBeEmpty) {
                violations.add(path, path + " is required");
            }
            return mayBeEmpty ? "" : null;
        }
        if (!node.isValueNode() || (!model && !node.isTextual())) {
            violations.add(path, path + " must be text");
            return null;
        }
        return node.asText().strip();
    }

    private List<String> texts(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (model && node.isValueNode()) {
            warnings.add(path + " was a single value; it became a one-item list");
            values.add(node.asText().strip());
            return values;
        }
        if (!node.isArray()) {
            violations.add(path, path + " must be a list of text");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isValueNode() || item.isNull() || (!model && !item.isTextual())) {
                violations.add(path + "[" + (i + 1) + "]", path + "[" + (i + 1) + "] must be text");
            } else if (!item.asText().isBlank()) {
                values.add(item.asText().strip());
            } else if (!model) {
                violations.add(path + "[" + (i + 1) + "]", path + "[" + (i + 1) + "] must not be blank");
            }
        }
        return values;
    }

    private void unknownKeys(JsonNode node, Set<String> known, String prefix) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String key = fields.next().getKey();
            if (!known.contains(key)) {
                violations.add(prefix + key, "unknown field " + prefix + key);
            }
        }
    }

    private <T> T capture(Supplier<T> build) {
        return violations.capture(build);
    }
}

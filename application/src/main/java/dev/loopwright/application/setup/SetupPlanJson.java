package dev.loopwright.application.setup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.setup.GitHooks;
import dev.loopwright.domain.setup.HookValidationCommand;
import dev.loopwright.domain.setup.InputKind;
import dev.loopwright.domain.setup.ProjectCommands;
import dev.loopwright.domain.setup.QualityGatePolicy;
import dev.loopwright.domain.setup.Readiness;
import dev.loopwright.domain.setup.ReadinessStatus;
import dev.loopwright.domain.setup.SetupStep;
import dev.loopwright.domain.setup.SourceStatus;
import dev.loopwright.domain.setup.WorkspaceInput;
import dev.loopwright.domain.setup.WorkspaceProbe;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The execution setup plan as JSON, in the reference's snake_case shape ({@code artifact: execution_setup_plan},
 * {@code status: draft}). Reading is untrusted: every problem is collected and thrown as one
 * {@link ValidationException}. {@link Mode#MODEL} forgives what a model commonly gets wrong and we can fill in
 * without guessing (camelCase keys, status synonyms, a missing step id or title); {@link Mode#USER} refuses
 * unknown keys. Both bound every text, command and list. Writing is ours and canonical: the same plan always
 * gives the same text, so its hash is what the person approves.
 */
public final class SetupPlanJson {
    public static final String ARTIFACT = "execution_setup_plan";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How forgiving the reader is. */
    public enum Mode { MODEL, USER }

    /** A plan read, with what lenient reading had to overlook. */
    public record Read(ExecutionSetupPlan plan, List<String> warnings) {
    }

    private static final Set<String> ROOT = Set.of("schema_version", "ticket_id", "artifact", "status", "summary",
            "readiness", "temp_roots", "workspace_inputs", "workspace_probes", "git_hooks", "steps",
            "project_commands", "quality_gate_policy", "cautions");
    private static final Set<String> READINESS = Set.of("status", "actions_required", "evidence", "gaps");
    private static final Set<String> INPUT = Set.of("path", "kind", "source_status", "reason");
    private static final Set<String> PROBE = Set.of("id", "command", "purpose");
    private static final Set<String> HOOKS = Set.of("policy", "detected", "validation_commands");
    private static final Set<String> HOOK_COMMAND = Set.of("id", "hook", "command", "purpose");
    private static final Set<String> STEP = Set.of("id", "title", "purpose", "commands", "required", "rationale",
            "cautions");
    private static final Set<String> COMMANDS = Set.of("prepare", "test_full", "lint_full", "typecheck_full");
    private static final Set<String> GATES = Set.of("tests", "lint", "typecheck", "full_project_fallback");
    private static final Map<String, ReadinessStatus> READINESS_SYNONYMS = Map.of("needs_setup",
            ReadinessStatus.PARTIAL, "needssetup", ReadinessStatus.PARTIAL, "incomplete", ReadinessStatus.PARTIAL,
            "not_ready", ReadinessStatus.MISSING, "notready", ReadinessStatus.MISSING);

    private SetupPlanJson() {
    }

    /**
     * Reads a plan for {@code ticket}. The ticket id and the hook policy are the ticket's, whatever the text says:
     * a user naming another ticket is refused, a model's is replaced.
     */
    public static Read read(JsonNode root, Mode mode, ExternalId ticket, GitHookPolicy lockedPolicy) {
        boolean strict = mode == Mode.USER;
        Violations violations = new Violations();
        List<String> warnings = new ArrayList<>();
        JsonFields plan = JsonFields.of("", root, ROOT, strict, violations, warnings);
        Integer schemaVersion = plan.integer("schema_version");
        String ticketId = plan.text("ticket_id");
        if (strict && ticketId != null && !ticketId.equals(ticket.toString())) {
            violations.add("ticket_id", "ticket_id must be " + ticket + ", got " + ticketId);
        }
        String artifact = plan.text("artifact");
        if (strict && artifact != null && !artifact.equals(ARTIFACT)) {
            violations.add("artifact", "artifact must be " + ARTIFACT);
        }
        String summary = plan.text("summary");
        Readiness readiness = readiness(plan, strict, violations, warnings);
        List<String> tempRoots = plan.texts("temp_roots", JsonFields.MAX_TEXT);
        if (tempRoots.isEmpty()) {
            tempRoots = List.of(ExecutionSetupPlan.DEFAULT_TEMP_ROOT);
        }
        List<WorkspaceInput> inputs = each(plan, "workspace_inputs", INPUT, strict, violations, warnings,
                input -> new WorkspaceInput(input.text("path"), kind(input, violations),
                        sourceStatus(input, violations), input.text("reason")));
        List<WorkspaceProbe> probes = each(plan, "workspace_probes", PROBE, strict, violations, warnings,
                probe -> new WorkspaceProbe(probe.text("id"), command(probe, "command", violations),
                        probe.text("purpose")));
        GitHooks hooks = hooks(plan, lockedPolicy, strict, violations, warnings);
        List<SetupStep> steps = steps(plan, strict, violations, warnings);
        ProjectCommands commands = projectCommands(plan, strict, violations, warnings);
        QualityGatePolicy gates = gates(plan, strict, violations, warnings);
        List<String> cautions = plan.texts("cautions", JsonFields.MAX_TEXT);
        List<String> roots = tempRoots;
        // Built even when parts were refused, so the plan-wide rules report their problems in the same answer.
        ExecutionSetupPlan read = readiness == null ? null : violations.capture(() -> new ExecutionSetupPlan(
                schemaVersion == null ? ExecutionSetupPlan.SCHEMA_VERSION : schemaVersion, ticket, summary, readiness,
                roots, inputs, probes, hooks, steps, commands, gates, cautions));
        violations.throwIfAny();
        return new Read(read, warnings);
    }

    /** Parses text written by {@link #write} (or by a person, strictly). */
    public static Read read(String text, Mode mode, ExternalId ticket, GitHookPolicy lockedPolicy) {
        try {
            return read(JSON.readTree(text), mode, ticket, lockedPolicy);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("content", "the plan is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(ExecutionSetupPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", plan.schemaVersion());
        root.put("ticket_id", plan.ticketId().toString());
        root.put("artifact", ARTIFACT);
        root.put("status", "draft");
        root.put("summary", plan.summary());
        ObjectNode readiness = root.putObject("readiness");
        readiness.put("status", plan.readiness().status().wireName());
        readiness.put("actions_required", plan.readiness().actionsRequired());
        strings(readiness.putArray("evidence"), plan.readiness().evidence());
        strings(readiness.putArray("gaps"), plan.readiness().gaps());
        strings(root.putArray("temp_roots"), plan.tempRoots());
        ArrayNode inputs = root.putArray("workspace_inputs");
        plan.workspaceInputs().forEach(input -> inputs.addObject().put("path", input.path())
                .put("kind", input.kind().wireName()).put("source_status", input.sourceStatus().wireName())
                .put("reason", input.reason()));
        ArrayNode probes = root.putArray("workspace_probes");
        plan.workspaceProbes().forEach(probe -> probes.addObject().put("id", probe.id())
                .put("command", probe.command()).put("purpose", probe.purpose()));
        ObjectNode hooks = root.putObject("git_hooks");
        hooks.put("policy", plan.gitHooks().policy().wireName());
        strings(hooks.putArray("detected"), plan.gitHooks().detected());
        ArrayNode validation = hooks.putArray("validation_commands");
        plan.gitHooks().validationCommands().forEach(command -> validation.addObject().put("id", command.id())
                .put("hook", command.hook()).put("command", command.command()).put("purpose", command.purpose()));
        ArrayNode steps = root.putArray("steps");
        for (SetupStep step : plan.steps()) {
            ObjectNode node = steps.addObject().put("id", step.id()).put("title", step.title())
                    .put("purpose", step.purpose());
            strings(node.putArray("commands"), step.commands());
            node.put("required", step.required()).put("rationale", step.rationale());
            strings(node.putArray("cautions"), step.cautions());
        }
        ObjectNode commands = root.putObject("project_commands");
        strings(commands.putArray("prepare"), plan.projectCommands().prepare());
        strings(commands.putArray("test_full"), plan.projectCommands().testFull());
        strings(commands.putArray("lint_full"), plan.projectCommands().lintFull());
        strings(commands.putArray("typecheck_full"), plan.projectCommands().typecheckFull());
        root.putObject("quality_gate_policy").put("tests", plan.qualityGatePolicy().tests())
                .put("lint", plan.qualityGatePolicy().lint()).put("typecheck", plan.qualityGatePolicy().typecheck())
                .put("full_project_fallback", plan.qualityGatePolicy().fullProjectFallback());
        strings(root.putArray("cautions"), plan.cautions());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }

    /** The plan as a JSON tree, for API answers. */
    public static JsonNode tree(ExecutionSetupPlan plan) {
        try {
            return JSON.readTree(write(plan));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("our own JSON always parses", impossible);
        }
    }

    private static Readiness readiness(JsonFields plan, boolean strict, Violations violations, List<String> warnings) {
        if (!plan.has("readiness")) {
            violations.add("readiness", "readiness is required");
            return null;
        }
        JsonFields node = JsonFields.of("readiness", plan.node("readiness").get(), READINESS, strict, violations,
                warnings);
        ReadinessStatus status = readinessStatus(node.text("status"), strict, violations);
        Boolean actions = node.bool("actions_required");
        if (actions == null && status != null) {
            if (strict) {
                violations.add("readiness.actions_required", "readiness.actions_required is required");
            }
            actions = status != ReadinessStatus.READY;
        }
        List<String> evidence = node.texts("evidence", JsonFields.MAX_TEXT);
        List<String> gaps = node.texts("gaps", JsonFields.MAX_TEXT);
        Boolean required = actions;
        return status == null || required == null ? null
                : violations.capture(() -> new Readiness(status, required, evidence, gaps));
    }

    private static ReadinessStatus readinessStatus(String value, boolean strict, Violations violations) {
        if (value == null) {
            violations.add("readiness.status", "readiness.status is required (ready, partial or missing)");
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!strict && READINESS_SYNONYMS.containsKey(key)) {
            return READINESS_SYNONYMS.get(key);
        }
        return violations.capture(() -> ReadinessStatus.fromWireName(strict ? value : key));
    }

    private static GitHooks hooks(JsonFields plan, GitHookPolicy lockedPolicy, boolean strict, Violations violations,
            List<String> warnings) {
        if (!plan.has("git_hooks")) {
            return new GitHooks(lockedPolicy, List.of(), List.of());
        }
        JsonFields hooks = JsonFields.of("git_hooks", plan.node("git_hooks").get(), HOOKS, strict, violations,
                warnings);
        String policy = hooks.text("policy");
        if (strict && policy != null && !policy.equals(lockedPolicy.wireName())) {
            violations.add("git_hooks.policy", "git_hooks.policy is the ticket's locked policy "
                    + lockedPolicy.wireName() + " and cannot be changed here");
        }
        List<String> detected = new ArrayList<>();
        for (JsonNode entry : hooks.objects("detected")) {
            // The reference lists hooks as objects; we keep each one's path (or name) as text.
            JsonNode name = entry.isTextual() ? entry : entry.hasNonNull("path") ? entry.get("path") : entry.get("name");
            if (name == null || !name.isTextual() || name.textValue().isBlank()
                    || name.textValue().length() > JsonFields.MAX_TEXT) {
                violations.add("git_hooks.detected", "each git_hooks.detected entry names a hook");
            } else {
                detected.add(name.textValue());
            }
        }
        List<HookValidationCommand> commands = each(hooks, "validation_commands", HOOK_COMMAND, strict, violations,
                warnings, command -> new HookValidationCommand(command.text("id"), command.text("hook"),
                        command(command, "command", violations), command.text("purpose")));
        return violations.capture(() -> new GitHooks(lockedPolicy, detected, commands));
    }

    private static List<SetupStep> steps(JsonFields plan, boolean strict, Violations violations,
            List<String> warnings) {
        List<SetupStep> steps = new ArrayList<>();
        List<JsonNode> nodes = plan.objects("steps");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields step = JsonFields.of("steps[" + i + "]", nodes.get(i), STEP, strict, violations, warnings);
            String purpose = step.text("purpose");
            String id = strict ? step.text("id") : step.text("id", "step-" + (i + 1));
            String title = strict ? step.text("title") : step.text("title", purpose);
            String rationale = strict ? step.text("rationale") : step.text("rationale", purpose);
            List<String> commands = step.texts("commands", JsonFields.MAX_COMMAND);
            Boolean required = step.bool("required");
            if (required == null && strict) {
                violations.add(step.field("required"), step.field("required") + " is required");
            }
            boolean isRequired = required == null || required;
            List<String> cautions = step.texts("cautions", JsonFields.MAX_TEXT);
            SetupStep read = violations.capture(() -> new SetupStep(id, title, purpose, commands, isRequired,
                    rationale, cautions));
            if (read != null) {
                steps.add(read);
            }
        }
        return steps;
    }

    private static ProjectCommands projectCommands(JsonFields plan, boolean strict, Violations violations,
            List<String> warnings) {
        if (!plan.has("project_commands")) {
            return ProjectCommands.NONE;
        }
        JsonFields commands = JsonFields.of("project_commands", plan.node("project_commands").get(), COMMANDS,
                strict, violations, warnings);
        List<String> prepare = commands.texts("prepare", JsonFields.MAX_COMMAND);
        List<String> test = commands.texts("test_full", JsonFields.MAX_COMMAND);
        List<String> lint = commands.texts("lint_full", JsonFields.MAX_COMMAND);
        List<String> typecheck = commands.texts("typecheck_full", JsonFields.MAX_COMMAND);
        return violations.capture(() -> new ProjectCommands(prepare, test, lint, typecheck));
    }

    private static QualityGatePolicy gates(JsonFields plan, boolean strict, Violations violations,
            List<String> warnings) {
        if (!plan.has("quality_gate_policy")) {
            return QualityGatePolicy.DEFAULT;
        }
        JsonFields gates = JsonFields.of("quality_gate_policy", plan.node("quality_gate_policy").get(), GATES, strict,
                violations, warnings);
        QualityGatePolicy fallback = QualityGatePolicy.DEFAULT;
        String tests = gates.text("tests", fallback.tests());
        String lint = gates.text("lint", fallback.lint());
        String typecheck = gates.text("typecheck", fallback.typecheck());
        String full = gates.text("full_project_fallback", fallback.fullProjectFallback());
        return violations.capture(() -> new QualityGatePolicy(tests, lint, typecheck, full));
    }

    private static <T> List<T> each(JsonFields parent, String key, Set<String> known, boolean strict,
            Violations violations, List<String> warnings, Function<JsonFields, T> reader) {
        List<T> out = new ArrayList<>();
        List<JsonNode> nodes = parent.objects(key);
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields fields = JsonFields.of(parent.field(key) + "[" + i + "]", nodes.get(i), known, strict,
                    violations, warnings);
            T read = violations.capture(() -> reader.apply(fields));
            if (read != null) {
                out.add(read);
            }
        }
        return out;
    }

    private static String command(JsonFields fields, String key, Violations violations) {
        List<String> one = fields.texts(key, JsonFields.MAX_COMMAND);
        if (one.size() > 1) {
            violations.add(fields.field(key), fields.field(key) + " must be one command");
        }
        return one.isEmpty() ? null : one.get(0);
    }

    private static InputKind kind(JsonFields input, Violations violations) {
        String kind = input.text("kind");
        return kind == null ? null : violations.capture(() -> InputKind.fromWireName(kind));
    }

    private static SourceStatus sourceStatus(JsonFields input, Violations violations) {
        String status = input.text("source_status");
        return status == null ? null : violations.capture(() -> SourceStatus.fromWireName(status));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

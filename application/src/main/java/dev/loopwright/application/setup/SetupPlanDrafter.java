package dev.loopwright.application.setup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.setup.GitHooks;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks the locked main implementer, in the ticket's working copy with read-only tools, for the execution setup
 * plan, and checks the answer: parsed leniently, read into the domain (which refuses inconsistent plans), its
 * workspace inputs checked against the checkout, its hooks replaced by what is on disk. An unusable answer gets
 * a corrective prompt in the same session, a failed call a fresh session, both within the ticket's structured
 * retry count.
 */
final class SetupPlanDrafter {
    private final ModelRuntime runtime;
    private final PromptBuilder prompts;
    private final PromptTemplate first = PromptTemplate.load("execution-setup-plan", PromptPhase.EXECUTION_SETUP);
    private final PromptTemplate regenerate = PromptTemplate.load("execution-setup-plan-regenerate",
            PromptPhase.EXECUTION_SETUP);
    private final StructuredOutputParser parser = new StructuredOutputParser(Set.of("summary", "readiness", "steps"),
            Optional.of("EXECUTION_SETUP_PLAN"));

    SetupPlanDrafter(ModelRuntime runtime, PromptBuilder prompts) {
        this.runtime = runtime;
        this.prompts = prompts;
    }

    /** What the drafter is given: the ticket, where it works, and for a regeneration the old plan and the notes. */
    record Request(Ticket ticket, LockedSettings locked, Path checkout, Path workingCopy,
            Map<ContextKey, String> context, Optional<String> previousPlan, List<String> notes, Duration timeout) {
    }

    /** The outcome, with every raw reply for the report. */
    record Outcome(Optional<ExecutionSetupPlan> plan, List<String> warnings, String problem, String code,
            ArrayNode rawAttempts) {
    }

    Outcome draft(Request request, Cancellation cancellation) {
        ArrayNode raw = SetupPlanStore.JSON.createArrayNode();
        String firstPrompt = firstPrompt(request);
        String text = firstPrompt;
        RuntimeSession session = null;
        String problem = "no reply";
        String code = SetupPlanPhase.INVALID_OUTPUT;
        for (int tries = 0; tries <= request.locked().structuredRetryCount(); tries++) {
            cancellation.throwIfCancelled();
            if (session == null) {
                session = runtime.openSession(new SessionRequest(request.workingCopy(),
                        request.ticket().externalId() + " execution setup plan"));
                RuntimeSession opened = session;
                cancellation.onCancel(() -> runtime.abort(opened));
            }
            String reply;
            try {
                reply = runtime.prompt(new PromptRequest(session, request.locked().mainImplementer(),
                        request.locked().mainImplementerVariant(), Optional.empty(), Optional.empty(), text,
                        ToolPolicy.READ_ONLY, request.timeout())).text();
            } catch (ModelRuntimeException e) {
                cancellation.throwIfCancelled();
                raw.addObject().put("attempt", tries + 1).put("error", e.kind() + ": " + e.getMessage());
                problem = "the model call failed (" + e.kind() + "): " + e.getMessage();
                // Waiting a whole response timeout again, or calling a runtime that is gone, would not help.
                if (e.kind() == RuntimeFailureKind.UNREACHABLE || e.kind() == RuntimeFailureKind.TIMEOUT) {
                    code = "EXECUTION_SETUP_PLAN_" + e.kind();
                    break;
                }
                session = null;
                text = firstPrompt;
                continue;
            }
            raw.addObject().put("attempt", tries + 1).put("reply", reply);
            ParseOutcome outcome = parser.parse(reply);
            if (outcome instanceof ParseOutcome.Failed) {
                ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
                problem = failed.message();
                text = failed.failure().corrective() ? corrective(problem) : firstPrompt;
                continue;
            }
            ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
            code = SetupPlanPhase.INVALID_OUTPUT;
            try {
                SetupPlanJson.Read read = SetupPlanJson.read(parsed.document(), SetupPlanJson.Mode.MODEL,
                        request.ticket().externalId(), request.locked().gitHookPolicy());
                ExecutionSetupPlan plan = enrich(read.plan(), request.locked().gitHookPolicy(), request.checkout(),
                        request.workingCopy());
                List<String> warnings = new ArrayList<>(parsed.warnings());
                warnings.addAll(read.warnings());
                return new Outcome(Optional.of(plan), warnings, "", "", raw);
            } catch (ValidationException invalid) {
                problem = describe(invalid.violations());
                text = corrective(problem);
            }
        }
        return new Outcome(Optional.empty(), List.of(), problem, code, raw);
    }

    /** Inputs checked against the checkout; the hooks detected are what is on disk, under the locked policy. */
    static ExecutionSetupPlan enrich(ExecutionSetupPlan plan, GitHookPolicy policy, Path checkout, Path workingCopy) {
        Violations violations = new Violations();
        WorkspaceInputCheck.check(violations, plan.workspaceInputs(), checkout);
        violations.throwIfAny();
        GitHooks hooks = new GitHooks(policy, GitHookDiscovery.discover(checkout, workingCopy),
                plan.gitHooks().validationCommands());
        return new ExecutionSetupPlan(plan.schemaVersion(), plan.ticketId(), plan.summary(), plan.readiness(),
                plan.tempRoots(), plan.workspaceInputs(), plan.workspaceProbes(), hooks, plan.steps(),
                plan.projectCommands(), plan.qualityGatePolicy(), plan.cautions());
    }

    private String firstPrompt(Request request) {
        Map<String, String> values = Map.of("ticket_worktree", request.workingCopy().toString(),
                "original_checkout", request.checkout().toString());
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.putAll(request.context());
        if (request.previousPlan().isEmpty()) {
            return prompts.build(first.render(values), context).text();
        }
        context.put(ContextKey.EXECUTION_SETUP_PLAN, request.previousPlan().get());
        context.put(ContextKey.EXECUTION_SETUP_NOTES, request.notes().isEmpty() ? "(no commentary)"
                : request.notes().stream().map(note -> "- " + note).collect(Collectors.joining("\n")));
        return prompts.build(regenerate.render(values), context).text();
    }

    private String corrective(String problem) {
        return "Your plan could not be used: " + problem + "\n\nReply again with exactly one JSON object between"
                + " <EXECUTION_SETUP_PLAN> tags in the output format you were given, fixing every problem named.\n\n"
                + first.render(Map.of("ticket_worktree", ".", "original_checkout", ".")).outputFormat();
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::message).distinct().collect(Collectors.joining("; "));
    }
}

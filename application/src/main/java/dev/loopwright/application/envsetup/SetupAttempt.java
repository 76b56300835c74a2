package dev.loopwright.application.envsetup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.setup.SetupPlanJson;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.setup.WorkspaceInput;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One setup attempt, start to verdict: copy the approved inputs in, let the agent carry out the approved steps (no
 * model at all when the plan has none), run the plan's checks ourselves, and audit the working copy, which must
 * hold nothing a bead would commit and still be on the phase's start commit. Every attempt leaves its report.
 */
final class SetupAttempt {
    /** What an attempt works on: the ticket, its working copy, where the phase started and the approved plan. */
    record Subject(Ticket ticket, LockedSettings locked, int phaseAttempt, Path checkout,
            GitWorkspace.TicketWorkspace workspace, CommitId start, ApprovedSetupPlan.Approved approved) {
        ExecutionSetupPlan plan() {
            return approved.plan();
        }

        /** Whether the plan has anything for an agent to do; without steps there is nothing to ask a model. */
        boolean needsAgent() {
            return !plan().steps().isEmpty();
        }
    }

    /** How the agent part starts: a fresh session with earlier failures as notes, or a person's note in an old one. */
    sealed interface Start permits Fresh, Continued {
    }

    record Fresh(List<String> notes) implements Start {
        Fresh {
            notes = List.copyOf(notes);
        }
    }

    record Continued(RuntimeSession session, String note) implements Start {
    }

    /** The verdict: ready with the profile later phases use, or the failure; the session, when one was used. */
    record Verdict(Optional<JsonNode> profile, Optional<SetupFailure> failure, Optional<String> sessionId) {
        boolean ready() {
            return profile.isPresent();
        }
    }

    private final GitWorkspace git;
    private final SetupAgent agent;
    private final SetupVerifier verifier;
    private final EnvSetupStore store;
    private final Clock clock;

    SetupAttempt(GitWorkspace git, SetupAgent agent, SetupVerifier verifier, EnvSetupStore store, Clock clock) {
        this.git = git;
        this.agent = agent;
        this.verifier = verifier;
        this.store = store;
        this.clock = clock;
    }

    Verdict run(Subject subject, int number, Start start, Deadline deadline, Cancellation cancellation)
            throws InterruptedException {
        ExecutionSetupPlan plan = subject.plan();
        Path workingCopy = subject.workspace().workingCopy();
        ObjectNode report = EnvSetupStore.JSON.createObjectNode().put("attempt", number)
                .put("started_at", clock.instant().toString())
                .put("mode", !subject.needsAgent() ? "no_model" : start instanceof Continued ? "retry_note" : "fresh");
        List<String> warnings = new ArrayList<>();
        try {
            WorkspaceInputs.Copied copied = WorkspaceInputs.copy(plan.workspaceInputs(), subject.checkout(),
                    workingCopy);
            ObjectNode inputs = report.putObject("inputs");
            copied.written().forEach(inputs.putArray("written")::add);
            copied.kept().forEach(inputs.putArray("kept")::add);
            copied.kept().forEach(path -> warnings.add("Kept the working copy's own " + path
                    + " instead of the checkout's copy"));
        } catch (WorkspaceInputs.Refused | UncheckedIOException e) {
            return failed(subject, report, warnings, SetupFailure.of(SetupFailure.Kind.INPUT,
                    "The workspace inputs could not be copied: " + e.getMessage()), Optional.empty());
        }

        Optional<SetupResult> claimed = Optional.empty();
        Optional<String> session = Optional.empty();
        if (subject.needsAgent()) {
            SetupAgent.Request request = new SetupAgent.Request(subject.ticket(), subject.locked(),
                    subject.phaseAttempt(), number, workingCopy, subject.approved().text(), plan,
                    start instanceof Fresh ? ((Fresh) start).notes() : List.of(), deadline);
            SetupAgent.Outcome outcome = start instanceof Continued
                    ? agent.resume(((Continued) start).session(), ((Continued) start).note(), request, cancellation)
                    : agent.start(request, cancellation);
            cancellation.throwIfCancelled();
            session = outcome.sessionId();
            session.ifPresent(id -> report.put("session_id", id));
            report.set("replies", outcome.replies());
            warnings.addAll(outcome.warnings());
            if (outcome.failure().isPresent()) {
                return failed(subject, report, warnings, outcome.failure().get(), session);
            }
            claimed = outcome.result();
            SetupResult result = claimed.orElseThrow();
            report.put("summary", result.summary());
            ArrayNode steps = report.putArray("steps");
            result.steps().forEach(step -> steps.addObject().put("id", step.id())
                    .put("status", step.status().name().toLowerCase(Locale.ROOT)).put("note", step.note()));
            if (result.verdict() == SetupResult.Verdict.FAILED) {
                String failedSteps = result.failedSteps();
                return failed(subject, report, warnings, new SetupFailure(SetupFailure.Kind.REPORTED,
                        "The setup agent reported failure: " + result.summary(),
                        failedSteps.isEmpty() ? "" : "Failed steps: " + failedSteps), session);
            }
        }

        SetupVerifier.Verification checks = verifier.verify(plan, workingCopy, deadline, cancellation);
        ArrayNode probeReceipts = report.putArray("workspace_probe_receipts");
        checks.probes().forEach(receipt -> probeReceipts.add(receipt.json()));
        ArrayNode hookReceipts = report.putArray("validation_receipts");
        checks.hooks().forEach(receipt -> hookReceipts.add(receipt.json()));
        if (checks.failure().isPresent()) {
            return failed(subject, report, warnings, checks.failure().get(), session);
        }

        CommitId head = git.headCommit(subject.workspace());
        if (!head.equals(subject.start())) {
            return failed(subject, report, warnings, SetupFailure.of(SetupFailure.Kind.DIRTY_WORKTREE,
                    "Setup moved the ticket branch from " + subject.start().abbreviated() + " to "
                            + head.abbreviated() + "; setup must not commit"), session);
        }
        WorktreeChanges changes = WorktreeChanges.classify(git.status(subject.workspace()), setupRoots(plan));
        ObjectNode worktree = report.putObject("worktree");
        changes.committable().forEach(worktree.putArray("committable")::add);
        changes.noise().forEach(worktree.putArray("noise")::add);
        if (!changes.noise().isEmpty()) {
            warnings.add(changes.noiseWarning());
        }
        if (!changes.isClean()) {
            return failed(subject, report, warnings, SetupFailure.of(SetupFailure.Kind.DIRTY_WORKTREE,
                    changes.committableSummary()), session);
        }

        report.put("status", "ready");
        warnings.forEach(report.withArray("warnings")::add);
        store.appendReport(subject.ticket().id(), subject.phaseAttempt(), report);
        session.ifPresent(id -> agent.finish(id, true));
        return new Verdict(Optional.of(profile(subject, claimed, checks, warnings)), Optional.empty(), session);
    }

    private Verdict failed(Subject subject, ObjectNode report, List<String> warnings, SetupFailure failure,
            Optional<String> session) {
        report.put("status", "failed").put("failure_code", failure.kind().code());
        report.withArray("errors").add(failure.explained());
        warnings.forEach(report.withArray("warnings")::add);
        store.appendReport(subject.ticket().id(), subject.phaseAttempt(), report);
        // The session stays in the runtime, so a retry note can continue it.
        session.ifPresent(id -> agent.finish(id, false));
        return new Verdict(Optional.empty(), Optional.of(failure), session);
    }

    /** Where setup may leave files: its scratch folders and the inputs it copied in. */
    static List<String> setupRoots(ExecutionSetupPlan plan) {
        List<String> roots = new ArrayList<>(plan.tempRoots());
        plan.workspaceInputs().stream().map(WorkspaceInput::path).forEach(roots::add);
        return roots;
    }

    /** The verified setup in the plan's own snake_case shape, with what we ran and what the agent added. */
    private JsonNode profile(Subject subject, Optional<SetupResult> claimed, SetupVerifier.Verification checks,
            List<String> warnings) {
        ExecutionSetupPlan plan = subject.plan();
        JsonNode tree = SetupPlanJson.tree(plan);
        ObjectNode profile = EnvSetupStore.JSON.createObjectNode().put("schema_version", 1)
                .put("ticket_id", subject.ticket().externalId().toString())
                .put("artifact", EnvSetupStore.PROFILE).put("status", "ready")
                .put("summary", claimed.map(SetupResult::summary).orElse(plan.summary()))
                .put("prepared_at", clock.instant().toString())
                .put("prepared_by", subject.needsAgent() ? subject.locked().mainImplementer().toString() : "loopwright")
                .put("start_commit", subject.start().value());
        for (String field : List.of("temp_roots", "workspace_inputs", "workspace_probes")) {
            profile.set(field, tree.get(field));
        }
        ArrayNode probeReceipts = profile.putArray("workspace_probe_receipts");
        checks.probes().forEach(receipt -> probeReceipts.add(receipt.json()));
        ObjectNode hooks = profile.putObject("git_hooks");
        hooks.setAll((ObjectNode) tree.get("git_hooks"));
        ArrayNode hookReceipts = hooks.putArray("validation_receipts");
        checks.hooks().forEach(receipt -> hookReceipts.add(receipt.json()));
        profile.set("project_commands", tree.get("project_commands"));
        profile.set("quality_gate_policy", tree.get("quality_gate_policy"));
        ArrayNode cautions = profile.putArray("cautions");
        plan.cautions().forEach(cautions::add);
        claimed.ifPresent(result -> result.cautions().forEach(cautions::add));
        warnings.forEach(cautions::add);
        return profile;
    }
}

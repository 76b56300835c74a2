package dev.loopwright.application.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.in.ExecutionSetupPlanView;
import dev.loopwright.application.preflight.ExecutionBand;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.setup.SetupStep;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The plan's gate: the plan shown with its hash, the person's edits (checked strictly, rewritten canonically),
 * regeneration with commentary in the background, and approval naming the hash of what was reviewed.
 * Edits and regeneration are taken at the gate only; while the workspace is being prepared (a later version's
 * work) they are refused rather than half-rewinding a preparation this version does not run.
 */
public final class SetupPlanGate {
    static final String APPROVED_BY = "user";
    private static final TicketStatus GATE = SetupPlanArtifacts.HOME;
    private static final StructuredOutputParser RAW = new StructuredOutputParser(Set.of("summary", "readiness"),
            Optional.of("EXECUTION_SETUP_PLAN"));

    private final SetupPlanPorts ports;
    private final SetupPlanStore store;
    private final SetupPlanPhase phase;
    private final Executor background;
    private final Clock clock;
    private final Map<TicketId, Object> locks = new ConcurrentHashMap<>();

    SetupPlanGate(SetupPlanPorts ports, SetupPlanStore store, SetupPlanPhase phase, Executor background, Clock clock) {
        this.ports = ports;
        this.store = store;
        this.phase = phase;
        this.background = background;
        this.clock = clock;
    }

    public ExecutionSetupPlanView view(TicketId ticketId) {
        ticket(ticketId);
        Optional<PhaseArtifact> plan = store.plan(ticketId);
        return new ExecutionSetupPlanView(plan.isPresent(), phase.isDrafting(ticketId), plan.map(PhaseArtifact::id),
                plan.map(PhaseArtifact::createdAt), plan.map(PhaseArtifact::content),
                plan.map(artifact -> ContentHash.of(artifact.content())));
    }

    /** The person's plan as text: JSON or YAML, bare or in its tag; read as strictly as a structured one. */
    public ExecutionSetupPlanView saveRaw(TicketId ticketId, String content) {
        ParseOutcome parsed = RAW.parse(content);
        if (parsed instanceof ParseOutcome.Failed) {
            throw ValidationException.of("content", ((ParseOutcome.Failed) parsed).message());
        }
        return save(ticketId, ((ParseOutcome.Parsed) parsed).document(), "raw");
    }

    public ExecutionSetupPlanView saveStructured(TicketId ticketId, JsonNode plan) {
        return save(ticketId, plan, "structured");
    }

    private ExecutionSetupPlanView save(TicketId ticketId, JsonNode document, String source) {
        synchronized (lock(ticketId)) {
            Ticket ticket = atGate(ticketId, "edited");
            PhaseAttempt attempt = store.activeAttempt(ticketId)
                    .orElseThrow(() -> new ConflictException("Execution setup plan is not ready yet"));
            LockedSettings locked = locked(ticket);
            ExecutionSetupPlan plan = SetupPlanJson.read(document, SetupPlanJson.Mode.USER, ticket.externalId(),
                    locked.gitHookPolicy()).plan();
            Project project = ports.projects().findById(ticket.projectId()).orElseThrow();
            plan = SetupPlanDrafter.enrich(plan, locked.gitHookPolicy(), project.folderPath(),
                    ports.git().workingCopyOf(project.folderPath(), ticket.externalId().toString()));
            String before = store.plan(ticketId).map(PhaseArtifact::content).orElse("");
            String after = SetupPlanJson.write(plan);
            store.savePlan(ticketId, attempt.attemptNumber(), after);
            store.appendReceipt(ticketId, attempt.attemptNumber(), SetupPlanArtifacts.EDIT_RECEIPT,
                    SetupPlanStore.JSON.createObjectNode().put("edited_by", APPROVED_BY)
                            .put("edited_at", clock.instant().toString()).put("source", source)
                            .put("before_content_sha256", ContentHash.of(before).hex())
                            .put("after_content_sha256", ContentHash.of(after).hex()));
        }
        return view(ticketId);
    }

    /**
     * Archives the gate's attempt, opens the next with the notes (the commentary appended) and the plan being
     * replaced, and drafts in the background. Returns once the new attempt is stored.
     */
    public Ticket regenerate(TicketId ticketId, String commentary) {
        if (commentary == null || commentary.isBlank()) {
            throw ValidationException.of("commentary", "commentary must say what to change");
        }
        synchronized (lock(ticketId)) {
            Ticket ticket = atGate(ticketId, "regenerated");
            if (!phase.claim(ticketId)) {
                throw new ConflictException("The execution setup plan is being drafted; wait for it before asking"
                        + " for another");
            }
            try {
                Optional<String> previous = store.plan(ticketId).map(PhaseArtifact::content);
                List<String> notes = new ArrayList<>(store.notes(ticketId));
                notes.add(commentary.strip());
                Instant now = clock.instant();
                PhaseAttempt next = ports.unitOfWork().inTransaction(() -> {
                    PhaseAttempt active = store.activeAttempt(ticketId)
                            .orElseThrow(() -> new ConflictException("Execution setup plan is not ready yet"));
                    ports.attempts().save(active.archive(ArchiveReason.EXECUTION_SETUP_REGENERATED, now));
                    PhaseAttempt fresh = active.next(now);
                    ports.attempts().save(fresh);
                    return fresh;
                });
                store.saveNotes(ticketId, next.attemptNumber(), notes);
                // Without a previous plan (drafting had failed) the first prompt is used, with the notes.
                store.savePreviousPlan(ticketId, next.attemptNumber(), previous.orElse("(no previous plan)"));
                background.execute(() -> finish(ticketId));
            } catch (RuntimeException e) {
                phase.release(ticketId);
                throw e;
            }
            return ticket(ticketId);
        }
    }

    /** Runs in the background: nobody waits for it, so whatever goes wrong blocks the ticket instead of vanishing. */
    private void finish(TicketId ticketId) {
        Optional<TicketEvent> failed;
        try {
            failed = phase.draftClaimed(ticketId, new Cancellation());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failed = Optional.of(new TicketEvent.Failure(TicketEventType.EXECUTION_SETUP_PLAN_FAILED,
                    "The execution setup plan could not be regenerated: " + message, List.of(SetupPlanPhase.FAILED),
                    Optional.of(e.getClass().getName())));
        }
        failed.ifPresent(event -> ports.transitions().apply(ticketId, event));
    }

    /** Keeps a receipt and sends APPROVE_EXECUTION_SETUP_PLAN; the same approval again is answered, not repeated. */
    public Ticket approve(TicketId ticketId, ContentHash reviewed) {
        synchronized (lock(ticketId)) {
            Ticket ticket = ticket(ticketId);
            if (ticket.status() != GATE) {
                if (alreadyApproved(ticket, reviewed)) {
                    return ticket;
                }
                throw new ConflictException("Ticket is not waiting for execution setup plan approval");
            }
            Optional<Ticket> busy = ExecutionBand.occupiedBy(ports.tickets(), ticket);
            if (busy.isPresent()) {
                throw new ConflictException(ExecutionBand.busyMessage(busy.get()));
            }
            if (phase.isDrafting(ticketId)) {
                throw new ConflictException("Execution setup plan is not ready yet");
            }
            PhaseAttempt attempt = store.activeAttempt(ticketId)
                    .orElseThrow(() -> new ConflictException("Execution setup plan is not ready yet"));
            String raw = store.plan(ticketId).map(PhaseArtifact::content)
                    .orElseThrow(() -> new ConflictException("Execution setup plan is not ready yet"));
            ContentHash current = ContentHash.of(raw);
            if (!current.equals(reviewed)) {
                throw new StaleApprovalException(SetupPlanArtifacts.PLAN, reviewed, current);
            }
            ExecutionSetupPlan plan = SetupPlanJson.read(raw, SetupPlanJson.Mode.USER, ticket.externalId(),
                    locked(ticket).gitHookPolicy()).plan();
            Project project = ports.projects().findById(ticket.projectId()).orElseThrow();
            Violations violations = new Violations();
            // The checkout may have changed since the plan was written; approving inputs that are gone would fail later.
            WorkspaceInputCheck.check(violations, plan.workspaceInputs(), project.folderPath());
            if (!violations.isEmpty()) {
                throw new ConflictException("The plan's workspace inputs no longer match the checkout: "
                        + SetupPlanDrafter.describe(violations.list()));
            }
            store.appendReceipt(ticketId, attempt.attemptNumber(), SetupPlanArtifacts.APPROVAL_RECEIPT,
                    receipt(plan, reviewed));
            TransitionResult result = ports.transitions().apply(ticketId,
                    TicketEvent.of(TicketEventType.APPROVE_EXECUTION_SETUP_PLAN));
            if (result instanceof TransitionResult.Rejected) {
                TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
                throw new WorkflowConflictException(rejected.status(), rejected.event(), rejected.reason());
            }
            return ticket(ticketId);
        }
    }

    private boolean alreadyApproved(Ticket ticket, ContentHash reviewed) {
        return ticket.status().isInExecutionBand() && ticket.status().compareTo(GATE) > 0
                && store.latestApproval(ticket.id())
                        .map(receipt -> receipt.path("content_sha256").asText("").equals(reviewed.hex()))
                        .orElse(false);
    }

    private ObjectNode receipt(ExecutionSetupPlan plan, ContentHash reviewed) {
        ObjectNode receipt = SetupPlanStore.JSON.createObjectNode().put("approved_by", APPROVED_BY)
                .put("approved_at", clock.instant().toString()).put("artifact_type", SetupPlanArtifacts.PLAN)
                .put("phase", GATE.name()).put("step_count", plan.steps().size())
                .put("command_count", plan.steps().stream().map(SetupStep::commands).mapToInt(List::size).sum())
                .put("workspace_input_count", plan.workspaceInputs().size());
        plan.workspaceInputs().forEach(input -> receipt.withArray("workspace_input_paths").add(input.path()));
        receipt.put("git_hook_policy", plan.gitHooks().policy().wireName());
        receipt.put("content_sha256", reviewed.hex());
        return receipt;
    }

    private Ticket atGate(TicketId ticketId, String what) {
        Ticket ticket = ticket(ticketId);
        if (ticket.status() == TicketStatus.PREPARING_EXECUTION_ENV) {
            throw new ConflictException("The plan was approved and the workspace is being prepared; it cannot be "
                    + what + " now (rewinding the preparation is not implemented in this version)");
        }
        if (ticket.status() != GATE) {
            throw new ConflictException("Ticket is not in a state where the execution setup plan can be " + what);
        }
        return ticket;
    }

    private static LockedSettings locked(Ticket ticket) {
        return ticket.workflow().lockedSettings()
                .orElseThrow(() -> new ConflictException("The ticket's settings were never locked"));
    }

    private Ticket ticket(TicketId ticketId) {
        return ports.tickets().findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
    }

    private Object lock(TicketId ticketId) {
        return locks.computeIfAbsent(ticketId, id -> new Object());
    }
}

package dev.loopwright.application.setup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WAITING_EXECUTION_SETUP_APPROVAL on entry: drafts the plan unless the active attempt already has one, then
 * waits for the person. A regeneration drafts through the same code after opening a new attempt that holds the
 * notes and the plan it replaces, so a restart in the middle of either simply drafts again from what is stored.
 * At most one drafting per ticket runs at a time.
 */
public final class SetupPlanPhase implements PhaseHandler {
    public static final String FAILED = "EXECUTION_SETUP_PLAN_FAILED";
    public static final String INVALID_OUTPUT = "EXECUTION_SETUP_PLAN_INVALID_OUTPUT";

    private final SetupPlanPorts ports;
    private final SetupPlanStore store;
    private final SetupPlanDrafter drafter;
    private final CouncilSettingsSource timeouts;
    private final ApprovedArtifacts approved;
    private final Clock clock;
    private final Set<TicketId> drafting = ConcurrentHashMap.newKeySet();

    SetupPlanPhase(SetupPlanPorts ports, SetupPlanStore store, CouncilSettingsSource timeouts, PromptBuilder prompts,
            Clock clock) {
        this.ports = ports;
        this.store = store;
        this.drafter = new SetupPlanDrafter(ports.runtime(), prompts);
        this.timeouts = timeouts;
        this.approved = new ApprovedArtifacts(ports.attempts(), ports.artifacts());
        this.clock = clock;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        if (!claim(context.ticketId())) {
            return Optional.empty(); // a regeneration is drafting already; it reports on its own
        }
        return draftClaimed(context.ticketId(), context.cancellation());
    }

    /** Whether a drafting for the ticket is running now. */
    boolean isDrafting(TicketId ticket) {
        return drafting.contains(ticket);
    }

    boolean claim(TicketId ticket) {
        return drafting.add(ticket);
    }

    void release(TicketId ticket) {
        drafting.remove(ticket);
    }

    /** Drafts for a ticket this caller claimed, and releases the claim. */
    Optional<TicketEvent> draftClaimed(TicketId ticketId, Cancellation cancellation) {
        try {
            return draft(ticketId, cancellation);
        } finally {
            drafting.remove(ticketId);
        }
    }

    private Optional<TicketEvent> draft(TicketId ticketId, Cancellation cancellation) {
        Ticket ticket = ports.tickets().findById(ticketId).orElseThrow();
        PhaseAttempt attempt = store.activeAttempt(ticketId)
                .orElseThrow(() -> failure("The setup plan has no active phase attempt"));
        if (store.plan(ticketId).isPresent()) {
            return Optional.empty();
        }
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> failure("The ticket's settings were never locked"));
        Project project = ports.projects().findById(ticket.projectId()).orElseThrow();
        Path workingCopy = ports.git().workingCopyOf(project.folderPath(), ticket.externalId().toString());
        SetupPlanDrafter.Request request = new SetupPlanDrafter.Request(ticket, locked, project.folderPath(),
                workingCopy, context(ticket), store.previousPlan(ticketId), store.notes(ticketId),
                timeouts.settingsFor(ticket).responseTimeout());
        SetupPlanDrafter.Outcome outcome = drafter.draft(request, cancellation);
        cancellation.throwIfCancelled();
        boolean regenerated = request.previousPlan().isPresent();
        ObjectNode report = SetupPlanStore.JSON.createObjectNode()
                .put("status", outcome.plan().isPresent() ? "draft" : "failed")
                .put("ready", outcome.plan().map(plan -> plan.isReady()).orElse(false))
                .put("generatedAt", clock.instant().toString())
                .put("generatedBy", locked.mainImplementer().toString())
                .put("source", regenerated ? "regenerate" : "auto");
        outcome.plan().ifPresent(plan -> report.put("summary", plan.summary()));
        List.of(outcome.problem()).stream().filter(problem -> !problem.isEmpty())
                .forEach(report.putArray("errors")::add);
        outcome.warnings().forEach(report.withArray("warnings")::add);
        store.notes(ticketId).forEach(report.withArray("notes")::add);
        report.set("rawAttempts", outcome.rawAttempts());
        store.appendReport(ticketId, attempt.attemptNumber(), report);
        if (outcome.plan().isEmpty()) {
            return Optional.of(new TicketEvent.Failure(TicketEventType.EXECUTION_SETUP_PLAN_FAILED,
                    "The execution setup plan could not be drafted: " + outcome.problem(),
                    List.of(outcome.code()), Optional.of(outcome.problem())));
        }
        store.savePlan(ticketId, attempt.attemptNumber(), SetupPlanJson.write(outcome.plan().get()));
        return Optional.empty();
    }

    /** What the planner reads: the ticket, the scanned files, and the approved PRD and beads when stored. */
    private Map<ContextKey, String> context(Ticket ticket) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.TICKET_DETAILS, "# Ticket: " + ticket.details().title() + "\n\n"
                + ticket.details().description().orElse("(no description)"));
        ports.attempts().findActive(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)
                .flatMap(scan -> ports.artifacts().findLatest(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES,
                        scan.attemptNumber(), InterviewCouncil.RELEVANT_FILES_ARTIFACT))
                .ifPresent(files -> context.put(ContextKey.RELEVANT_FILES, files.content()));
        approved.approved(ticket.id(), TicketStatus.WAITING_PRD_APPROVAL).map(PhaseArtifact::content)
                .ifPresent(prd -> context.put(ContextKey.PRD, prd));
        approved.approved(ticket.id(), TicketStatus.WAITING_BEADS_APPROVAL).map(PhaseArtifact::content)
                .ifPresent(beads -> context.put(ContextKey.BEADS, beads));
        return context;
    }

    private static PhaseFailure failure(String message) {
        return new PhaseFailure(message, List.of(FAILED), Optional.empty());
    }
}

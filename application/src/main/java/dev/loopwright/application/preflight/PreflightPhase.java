package dev.loopwright.application.preflight;

import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PRE_FLIGHT_CHECK: deterministic checks that coding can start (see the {@link PreflightStep}s), all of them run
 * every time, the report stored as {@value #REPORT}, each finding on the ticket's log. Any failure blocks the
 * ticket with CHECKS_FAILED listing every failure; otherwise CHECKS_PASSED. Running again after a crash just checks
 * again.
 * <p>
 * Not checked, unlike the reference: a {@code .ticket} folder and the relevant-files file (Loopwright keeps those in
 * its database), GitHub remote and {@code gh} access (pull-request delivery comes later) and the iteration budget
 * (validated when settings are saved).
 */
public final class PreflightPhase implements PhaseHandler {
    public static final String REPORT = "preflight_report";
    public static final String FAILED = "PREFLIGHT_FAILED";
    private static final TicketStatus PHASE = TicketStatus.PRE_FLIGHT_CHECK;

    private final TicketRepository tickets;
    private final ProjectRepository projects;
    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final GitWorkspace git;
    private final EventPublisher log;
    private final Clock clock;
    private final List<PreflightStep> steps;

    /** @param log hears one line per check, for the ticket's live log */
    public PreflightPhase(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
            ArtifactRepository artifacts, ModelRuntime runtime, GitWorkspace git, EventPublisher log, Clock clock,
            CouncilSettingsSource timeouts, PromptBuilder prompts) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.git = Objects.requireNonNull(git, "git");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.steps = List.of(new RuntimeChecks(Objects.requireNonNull(runtime, "runtime")),
                new WorkingCopyChecks(git), new BeadPlanChecks(new ApprovedArtifacts(attempts, artifacts)),
                new ExecutionLockCheck(tickets), new CapabilityProbe(runtime, timeouts, prompts));
    }

    /** The handler to register with the phase runner. */
    public Map<TicketStatus, PhaseHandler> handlers() {
        return Map.of(PHASE, this);
    }

    public static Map<TicketStatus, String> errorCodes() {
        return Map.of(PHASE, FAILED);
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        Ticket ticket = tickets.findById(context.ticketId()).orElseThrow();
        PhaseAttempt attempt = attempts.findActive(ticket.id(), PHASE).orElseThrow(() -> new PhaseFailure(
                "Pre-flight has no active phase attempt", List.of(FAILED), Optional.empty()));
        LockedSettings locked = ticket.workflow().lockedSettings().orElseThrow(() -> new PhaseFailure(
                "The ticket's settings were never locked", List.of(FAILED), Optional.empty()));
        Project project = projects.findById(ticket.projectId()).orElseThrow();
        PreflightSubject subject = new PreflightSubject(ticket, project, locked,
                git.workingCopyOf(project.folderPath(), ticket.externalId().toString()));
        List<PreflightCheck> checks = new ArrayList<>();
        for (PreflightStep step : steps) {
            context.cancellation().throwIfCancelled();
            checks.addAll(step.check(subject));
        }
        PreflightReport report = new PreflightReport(checks);
        artifacts.append(new ArtifactRepository.NewArtifact(ticket.id(), PHASE, attempt.attemptNumber(), REPORT,
                report.json(), clock.instant()));
        checks.forEach(check -> log.publish(new TicketNotification.LogLine(ticket.id(), PHASE,
                check.failed() ? TicketNotification.LogLine.Level.ERROR : TicketNotification.LogLine.Level.INFO,
                check.line(), clock.instant())));
        if (report.passed()) {
            return Optional.of(TicketEvent.of(TicketEventType.CHECKS_PASSED));
        }
        List<PreflightCheck> failures = report.failures();
        String message = "Pre-flight found " + failures.size() + " problem(s): " + String.join("; ",
                failures.stream().map(check -> check.name() + ": " + check.message()).toList());
        return Optional.of(new TicketEvent.Failure(TicketEventType.CHECKS_FAILED, message, List.of(FAILED),
                Optional.of(report.failureLines())));
    }
}

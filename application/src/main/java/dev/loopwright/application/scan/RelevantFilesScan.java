package dev.loopwright.application.scan;

import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * SCANNING_RELEVANT_FILES: the main implementer reads the ticket's working copy (read-only tools) and names the
 * files the change concerns, so the council plans against the real code. Invalid lists get a corrective prompt
 * in the same session, failed calls a fresh session, both bounded by the ticket's structured retry count.
 */
public final class RelevantFilesScan implements PhaseHandler {
    /** Every reply, kept for diagnosis: the canonical list is rewritten by us. */
    public static final String RAW_ARTIFACT = "relevant_files_scan_raw";

    private final Ports ports;
    private final CouncilSettingsSource timeouts;
    private final PromptBuilder prompts;
    private final Clock clock;
    private final PromptTemplate template = PromptTemplate.load("relevant-files-scan", PromptPhase.RELEVANT_FILES_SCAN);
    private final StructuredOutputParser parser = new StructuredOutputParser(Set.of("files"), Optional.empty());

    /** The out-ports the scan works through. */
    public record Ports(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
            ArtifactRepository artifacts, ModelRuntime runtime, GitWorkspace git) {
        public Ports {
            Objects.requireNonNull(tickets, "tickets");
            Objects.requireNonNull(projects, "projects");
            Objects.requireNonNull(attempts, "attempts");
            Objects.requireNonNull(artifacts, "artifacts");
            Objects.requireNonNull(runtime, "runtime");
            Objects.requireNonNull(git, "git");
        }
    }

    public RelevantFilesScan(Ports ports, CouncilSettingsSource timeouts, PromptBuilder prompts, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        Ticket ticket = ports.tickets().findById(context.ticketId()).orElseThrow();
        PhaseAttempt attempt = ports.attempts().findActive(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)
                .orElseThrow(() -> failure("The scan has no active phase attempt", "SCAN_STATE_MISSING"));
        if (stored(ticket, attempt).isPresent()) {
            return Optional.of(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
        }
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> failure("The ticket's settings were never locked", "SCAN_STATE_MISSING"));
        Project project = ports.projects().findById(ticket.projectId()).orElseThrow();
        Path workingCopy = ports.git().prepareTicketWorkspace(project.folderPath(), ticket.externalId().toString())
                .workingCopy();
        RelevantFilesReader.ScanResult result = scan(context, ticket, locked, attempt, workingCopy);
        ports.artifacts().append(new NewArtifact(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES,
                attempt.attemptNumber(), InterviewCouncil.RELEVANT_FILES_ARTIFACT,
                RelevantFilesDocument.yaml(ticket.externalId().toString(), result), clock.instant()));
        return Optional.of(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
    }

    private RelevantFilesReader.ScanResult scan(PhaseContext context, Ticket ticket, LockedSettings locked,
            PhaseAttempt attempt, Path workingCopy) {
        RelevantFilesReader reader = new RelevantFilesReader(workingCopy);
        String firstPrompt = prompts.build(template.render(Map.of()), Map.of(ContextKey.TICKET_DETAILS,
                "# Ticket: " + ticket.details().title() + "\n\n"
                        + ticket.details().description().orElse("(no description)"))).text();
        String text = firstPrompt;
        RuntimeSession session = null;
        String problem = "no reply";
        for (int tries = 0; tries <= locked.structuredRetryCount(); tries++) {
            context.cancellation().throwIfCancelled();
            if (session == null) {
                session = ports.runtime().openSession(new SessionRequest(workingCopy,
                        ticket.externalId() + " relevant files"));
                RuntimeSession opened = session;
                context.cancellation().onCancel(() -> ports.runtime().abort(opened));
            }
            String reply;
            try {
                reply = ports.runtime().prompt(new PromptRequest(session, locked.mainImplementer(),
                        locked.mainImplementerVariant(), Optional.empty(), Optional.empty(), text, ToolPolicy.READ_ONLY,
                        timeouts.settingsFor(ticket).responseTimeout())).text();
            } catch (ModelRuntimeException e) {
                context.cancellation().throwIfCancelled();
                keepRaw(ticket, attempt, tries, "failed (" + e.kind() + "): " + e.getMessage());
                if (e.kind() == RuntimeFailureKind.TIMEOUT || e.kind() == RuntimeFailureKind.UNREACHABLE) {
                    throw failure("The relevant-file scan failed: " + e.getMessage(), "SCAN_" + e.kind());
                }
                problem = e.getMessage();
                session = null;
                text = firstPrompt;
                continue;
            }
            keepRaw(ticket, attempt, tries, reply);
            ParseOutcome outcome = parser.parse(reply);
            if (outcome instanceof ParseOutcome.Parsed) {
                RelevantFilesReader.ScanResult result = reader.read(((ParseOutcome.Parsed) outcome).document());
                if (!result.files().isEmpty()) {
                    return result;
                }
                problem = "none of the listed files exists in the repository: " + String.join("; ", result.warnings());
            } else {
                problem = ((ParseOutcome.Failed) outcome).message();
            }
            text = corrective(problem);
        }
        throw failure("The relevant-file scan gave no usable list: " + problem, "SCAN_INVALID_OUTPUT");
    }

    private Optional<String> stored(Ticket ticket, PhaseAttempt attempt) {
        return ports.artifacts().findLatest(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, attempt.attemptNumber(),
                InterviewCouncil.RELEVANT_FILES_ARTIFACT).map(artifact -> artifact.content());
    }

    private void keepRaw(Ticket ticket, PhaseAttempt attempt, int tries, String reply) {
        ports.artifacts().append(new NewArtifact(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES,
                attempt.attemptNumber(), RAW_ARTIFACT, "attempt " + (tries + 1) + "\n" + reply, clock.instant()));
    }

    private String corrective(String problem) {
        return "Your list could not be used: " + problem + "\n\nReply again with exactly one YAML document in the"
                + " output format you were given, listing only files that exist in the repository (or that the change"
                + " will create, marked likely_action: create).\n\n" + template.render(Map.of()).outputFormat();
    }

    private static PhaseFailure failure(String message, String code) {
        return new PhaseFailure(message, List.of(code), Optional.empty());
    }
}

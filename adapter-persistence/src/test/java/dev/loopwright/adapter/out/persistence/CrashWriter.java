package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.service.TicketService;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link SqliteStoreCrashTest}: writes tickets with an attempt and an artifact each, forever,
 * and reports every write after it returned. The parent kills it with SIGKILL at a moment of its choosing.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        SqliteStore store = SqliteStore.open(Path.of(args[0]), clock);
        Shortname shortname = new Shortname("CRASH");
        Project project = store.projects().findByShortname(shortname).orElseGet(() -> store.projects().create(
                new NewProject(shortname, Path.of("/repos/crash"), ProjectDetails.of("Crash", null, null),
                        ProjectOverrides.NONE, clock.instant())));
        TicketService tickets = new TicketService(store.projects(), store.tickets(), store.unitOfWork(), clock);
        String padding = "x".repeat(2_000);
        while (true) {
            Ticket ticket = tickets.create(new CreateTicketCommand(project.id(), TicketDetails.of("t", null, null)));
            store.attempts().save(PhaseAttempt.first(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, clock.instant()));
            store.artifacts().append(new NewArtifact(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, 1,
                    "relevant_files_scan", ticket.externalId() + padding, clock.instant()));
            System.out.println("written " + ticket.externalId());
            System.out.flush();
        }
    }
}

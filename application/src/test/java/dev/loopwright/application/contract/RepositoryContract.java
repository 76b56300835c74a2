package dev.loopwright.application.contract;

import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every repository contract: a fresh, empty store per test, and small builders for the rows
 * most tests need. Implementations override only {@link #openRepositories()} (and {@link #closeRepositories()}).
 */
public abstract class RepositoryContract {
    /** Millisecond precision: what every store must keep exactly. */
    protected static final Instant T0 = Instant.parse("2026-02-03T04:05:06.789Z");

    protected Repositories repositories;

    /** A new, empty store. */
    protected abstract Repositories openRepositories() throws Exception;

    protected void closeRepositories() throws Exception {
    }

    @BeforeEach
    void openStore() throws Exception {
        repositories = openRepositories();
    }

    @AfterEach
    void closeStore() throws Exception {
        closeRepositories();
    }

    protected static Instant at(long seconds) {
        return T0.plus(seconds, ChronoUnit.SECONDS);
    }

    protected Project project(String shortname) {
        return repositories.projects().create(new NewProject(new Shortname(shortname),
                Path.of("/repos/" + shortname.toLowerCase(Locale.ROOT)),
                ProjectDetails.of("Project " + shortname, null, null), ProjectOverrides.NONE, T0));
    }

    protected Ticket ticket(Project project, int number, Instant createdAt) {
        return repositories.tickets().create(new NewTicket(project.id(), new ExternalId(project.shortname(), number),
                TicketDetails.of("Ticket " + number, "about " + number, null), createdAt));
    }
}

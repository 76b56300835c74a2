package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.contract.IntakeRepositories;
import dev.loopwright.application.contract.IntakeRepositoryContract;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.ProjectType;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.WidgetKey;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake contract against a real SQLite file (V4), and the link from a developer ticket to the workflow. */
class SqliteIntakeStoreTest {
    @TempDir
    Path folder;

    private SqliteStore open() {
        return SqliteStore.open(folder.resolve("data/loopwright.db"), MutableClock.atEpochDay());
    }

    @Nested
    class Contract extends IntakeRepositoryContract {
        @Override
        protected IntakeRepositories openIntake() {
            IntakeStore intake = open().intake();
            return new IntakeRepositories(intake.organisations(), intake.clients(), intake.projects(),
                    intake.feedback(), intake.comments(), intake.boards(), intake.devTickets(), intake.tokens());
        }
    }

    @Test
    void aPromotedTicketLinksToItsWorkflowTicketAndLosesTheLinkWhenThatIsDeleted() {
        SqliteStore store = open();
        IntakeStore intake = store.intake();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        OrganisationId org = intake.organisations().create(new Organisation(new OrganisationId("o"), "O", Plan.PRO,
                now)).id();
        intake.clients().create(new Client(new ClientId("c"), org, "C", Optional.empty(), now));
        IntakeProject project = intake.projects().create(new IntakeProject(new IntakeProjectId("p"), org,
                new ClientId("c"), "P", ProjectType.BOARD, Optional.empty(), new WidgetKey("pk_" + "e".repeat(32)),
                now));
        DevTicket ticket = intake.devTickets().create(new DevTicket(new DevTicketId("t"), org, project.id(),
                SourceRef.card(new CardId("card")), "Title", "", DevTicketPriority.LOW, DevTicketStatus.OPEN,
                List.of(), RawJson.emptyObject(), Optional.empty(), Optional.empty(), Optional.empty(), now, now));

        var workflowProject = store.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repos/shop"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, now));
        Ticket workflow = store.tickets().create(new NewTicket(workflowProject.id(),
                new ExternalId(workflowProject.shortname(), 1), TicketDetails.of("From feedback", null, null), now));
        DevTicket promoted = ticket.promotedTo(workflow.id(), now.plusSeconds(1));
        intake.devTickets().update(promoted);
        assertThat(intake.devTickets().findById(org, ticket.id())).contains(promoted);
        assertThat(intake.devTickets().findByWorkflowTicket(workflow.id())).contains(promoted);

        store.projects().delete(workflowProject.id());
        assertThat(intake.devTickets().findById(org, ticket.id()).orElseThrow().workflowTicket()).isEmpty();
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }
}

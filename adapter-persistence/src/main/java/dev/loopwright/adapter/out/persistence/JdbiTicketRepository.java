package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.BeadProgress;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/** Tickets with their whole workflow state in columns of one row. */
final class JdbiTicketRepository implements TicketRepository {
    private static final String COLUMNS = "id, project_id, shortname, number, title, description, priority, status,"
            + " previous_status, locked_settings, blocking_error, last_resolution, beads_completed, beads_total,"
            + " workflow_revision, created_at, updated_at";
    private static final String RECENT_FIRST = " ORDER BY updated_at DESC, id DESC";

    private final Database db;

    JdbiTicketRepository(Database db) {
        this.db = db;
    }

    @Override
    public Ticket create(NewTicket ticket) {
        Ticket draft = Ticket.create(new TicketId(Long.MAX_VALUE), ticket.projectId(), ticket.externalId(),
                ticket.details(), ticket.createdAt());
        long id = db.write(h -> bindAll(h.createUpdate("INSERT INTO tickets (project_id, external_id, shortname, number,"
                        + " title, description, priority, status, previous_status, locked_settings, blocking_error,"
                        + " last_resolution, beads_completed, beads_total, workflow_revision, created_at, updated_at)"
                        + " VALUES (:projectId, :externalId, :shortname, :number, :title, :description, :priority,"
                        + " :status, :previousStatus, :lockedSettings, :blockingError, :lastResolution, :beadsCompleted,"
                        + " :beadsTotal, :revision, :createdAt, :updatedAt)"), draft)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return findById(new TicketId(id)).orElseThrow();
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM tickets WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<Ticket> findByExternalId(ExternalId externalId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM tickets WHERE external_id = :externalId")
                .bind("externalId", externalId.toString()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Ticket> findAll(Optional<ProjectId> projectId) {
        return db.read(h -> projectId.isPresent()
                ? h.createQuery("SELECT " + COLUMNS + " FROM tickets WHERE project_id = :projectId" + RECENT_FIRST)
                        .bind("projectId", projectId.get().value()).map((rs, ctx) -> map(rs)).list()
                : h.createQuery("SELECT " + COLUMNS + " FROM tickets" + RECENT_FIRST).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public List<Ticket> findUnfinished() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM tickets WHERE status NOT IN (:completed, :canceled)"
                        + " ORDER BY id")
                .bind("completed", TicketStatus.COMPLETED.name())
                .bind("canceled", TicketStatus.CANCELED.name())
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public void update(Ticket ticket) {
        db.write(h -> bindAll(h.createUpdate("UPDATE tickets SET title = :title, description = :description,"
                        + " priority = :priority, status = :status, previous_status = :previousStatus,"
                        + " locked_settings = :lockedSettings, blocking_error = :blockingError,"
                        + " last_resolution = :lastResolution, beads_completed = :beadsCompleted,"
                        + " beads_total = :beadsTotal, workflow_revision = :revision, updated_at = :updatedAt"
                        + " WHERE id = :id"), ticket)
                .bind("id", ticket.id().value())
                .execute());
    }

    @Override
    public boolean delete(TicketId id) {
        return db.write(h -> h.createUpdate("DELETE FROM tickets WHERE id = :id").bind("id", id.value()).execute()) > 0;
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, Ticket ticket) {
        WorkflowState w = ticket.workflow();
        return statement
                .bind("projectId", ticket.projectId().value())
                .bind("externalId", ticket.externalId().toString())
                .bind("shortname", ticket.externalId().shortname().value())
                .bind("number", ticket.externalId().number())
                .bind("title", ticket.details().title())
                .bind("description", ticket.details().description().orElse(null))
                .bind("priority", ticket.details().priority())
                .bind("status", w.status().name())
                .bind("previousStatus", w.previousStatus().map(Enum::name).orElse(null))
                .bind("lockedSettings", w.lockedSettings().map(SettingsDocuments::lockedSettings).orElse(null))
                .bind("blockingError", w.error().map(SettingsDocuments::blockingError).orElse(null))
                .bind("lastResolution", w.lastResolution().map(Enum::name).orElse(null))
                .bind("beadsCompleted", w.beadProgress().completed())
                .bind("beadsTotal", w.beadProgress().total())
                .bind("revision", w.revision())
                .bind("createdAt", Timestamps.format(ticket.createdAt()))
                .bind("updatedAt", Timestamps.format(ticket.updatedAt()));
    }

    private static Ticket map(ResultSet rs) throws SQLException {
        WorkflowState workflow = new WorkflowState(
                TicketStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("previous_status")).map(TicketStatus::valueOf),
                Optional.ofNullable(rs.getString("locked_settings")).map(SettingsDocuments::lockedSettings),
                Optional.ofNullable(rs.getString("blocking_error")).map(SettingsDocuments::blockingError),
                Optional.ofNullable(rs.getString("last_resolution")).map(ErrorResolution::valueOf),
                new BeadProgress(rs.getInt("beads_completed"), rs.getInt("beads_total")),
                rs.getLong("workflow_revision"));
        return new Ticket(new TicketId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")),
                new ExternalId(new Shortname(rs.getString("shortname")), rs.getInt("number")),
                new TicketDetails(rs.getString("title"), Optional.ofNullable(rs.getString("description")),
                        rs.getInt("priority")),
                workflow, Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}

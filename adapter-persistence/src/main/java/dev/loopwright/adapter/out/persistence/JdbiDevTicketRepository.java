package dev.loopwright.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loopwright.application.port.out.intake.DevTicketRepository;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import dev.loopwright.domain.ticket.TicketId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Developer tickets; labels are a JSON array, {@code ai_context} is kept as given. */
final class JdbiDevTicketRepository implements DevTicketRepository {
    private static final String COLUMNS = "id, organisation_id, project_id, source_type, source_id, title, description,"
            + " priority, status, labels, ai_context, created_by, assigned_to, workflow_ticket_id, created_at,"
            + " updated_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database db;

    JdbiDevTicketRepository(Database db) {
        this.db = db;
    }

    @Override
    public DevTicket create(DevTicket ticket) {
        db.write(h -> h.createUpdate("INSERT INTO intake_dev_tickets (" + COLUMNS + ") VALUES (:id, :org, :project,"
                        + " :sourceType, :sourceId, :title, :description, :priority, :status, :labels, :context,"
                        + " :createdBy, :assignedTo, :workflow, :created, :updated)")
                .bind("id", ticket.id().value()).bind("org", ticket.organisationId().value())
                .bind("project", ticket.projectId().value())
                .bind("sourceType", ticket.source().type().wireName()).bind("sourceId", ticket.source().id())
                .bind("title", ticket.title()).bind("description", ticket.description())
                .bind("priority", ticket.priority().wireName()).bind("status", ticket.status().wireName())
                .bind("labels", IntakeSql.json(ticket.labels())).bind("context", ticket.aiContext().text())
                .bind("createdBy", ticket.createdBy().map(MemberId::value).orElse(null))
                .bind("assignedTo", ticket.assignedTo().map(MemberId::value).orElse(null))
                .bind("workflow", ticket.workflowTicket().map(TicketId::value).orElse(null))
                .bind("created", Timestamps.format(ticket.createdAt()))
                .bind("updated", Timestamps.format(ticket.updatedAt())).execute());
        return findById(ticket.organisationId(), ticket.id()).orElseThrow();
    }

    @Override
    public Optional<DevTicket> findById(OrganisationId organisation, DevTicketId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_dev_tickets"
                        + " WHERE organisation_id = :org AND id = :id")
                .bind("org", organisation.value()).bind("id", id.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Page<DevTicket> list(OrganisationId organisation, DevTicketFilter filter, PageRequest page) {
        IntakeSql.Where where = new IntakeSql.Where(organisation.value())
                .addIf(filter.projectId().map(IntakeProjectId::value), "project_id = :project", "project")
                .addIf(filter.status().map(DevTicketStatus::wireName), "status = :status", "status");
        return IntakeSql.page(db, COLUMNS, "intake_dev_tickets", where, "created_at DESC, id DESC", page,
                (rs, ctx) -> map(rs));
    }

    @Override
    public void update(DevTicket ticket) {
        db.write(h -> h.createUpdate("UPDATE intake_dev_tickets SET title = :title, description = :description,"
                        + " priority = :priority, status = :status, labels = :labels, assigned_to = :assignedTo,"
                        + " workflow_ticket_id = :workflow, updated_at = :updated"
                        + " WHERE organisation_id = :org AND id = :id")
                .bind("title", ticket.title()).bind("description", ticket.description())
                .bind("priority", ticket.priority().wireName()).bind("status", ticket.status().wireName())
                .bind("labels", IntakeSql.json(ticket.labels()))
                .bind("assignedTo", ticket.assignedTo().map(MemberId::value).orElse(null))
                .bind("workflow", ticket.workflowTicket().map(TicketId::value).orElse(null))
                .bind("updated", Timestamps.format(ticket.updatedAt()))
                .bind("org", ticket.organisationId().value()).bind("id", ticket.id().value()).execute());
    }

    @Override
    public List<DevTicket> findBySource(OrganisationId organisation, SourceRef source) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_dev_tickets WHERE organisation_id = :org"
                        + " AND source_type = :type AND source_id = :id ORDER BY created_at, id")
                .bind("org", organisation.value()).bind("type", source.type().wireName()).bind("id", source.id())
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Optional<DevTicket> findByWorkflowTicket(TicketId workflowTicket) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_dev_tickets"
                        + " WHERE workflow_ticket_id = :ticket")
                .bind("ticket", workflowTicket.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    private static DevTicket map(ResultSet rs) throws SQLException {
        long workflow = rs.getLong("workflow_ticket_id");
        Optional<TicketId> workflowTicket = rs.wasNull() ? Optional.empty() : Optional.of(new TicketId(workflow));
        return new DevTicket(new DevTicketId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                new IntakeProjectId(rs.getString("project_id")),
                new SourceRef(SourceType.parse(rs.getString("source_type")), rs.getString("source_id")),
                rs.getString("title"), rs.getString("description"), DevTicketPriority.parse(rs.getString("priority")),
                DevTicketStatus.parse(rs.getString("status")), IntakeSql.json(rs.getString("labels"), STRINGS),
                new RawJson(rs.getString("ai_context")), IntakeSql.optional(rs, "created_by").map(MemberId::new),
                IntakeSql.optional(rs, "assigned_to").map(MemberId::new), workflowTicket,
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}

package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Feedback items; deleting one deletes its comments in the same transaction. */
final class JdbiFeedbackRepository implements FeedbackRepository {
    private static final String COLUMNS = "id, organisation_id, project_id, title, description, status, type, page_url,"
            + " reporter_name, reporter_email, screenshot_url, recording_url, annotations, browser_info, position,"
            + " created_at, updated_at";

    private final Database db;

    JdbiFeedbackRepository(Database db) {
        this.db = db;
    }

    @Override
    public FeedbackItem create(NewFeedbackItem item) {
        String now = Timestamps.format(item.createdAt());
        db.write(h -> h.createUpdate("INSERT INTO intake_feedback (" + COLUMNS + ") VALUES (:id, :org, :project,"
                        + " :title, :description, :status, :type, :page, :reporterName, :reporterEmail, :screenshot,"
                        + " :recording, :annotations, :browser, :position, :now, :now)")
                .bind("id", item.id().value()).bind("org", item.organisationId().value())
                .bind("project", item.projectId().value()).bind("title", item.title())
                .bind("description", item.description() == null ? "" : item.description())
                .bind("status", item.status().wireName()).bind("type", item.type().wireName())
                .bind("page", item.pageUrl() == null ? "" : item.pageUrl())
                .bind("reporterName", item.reporter().name()).bind("reporterEmail", item.reporter().email())
                .bind("screenshot", item.screenshotUrl().orElse(null))
                .bind("recording", item.recordingUrl().orElse(null))
                .bind("annotations", item.annotations().text()).bind("browser", item.browserInfo().text())
                .bind("position", IntakeSql.nextPosition(h, "intake_feedback", "project_id", item.projectId().value()))
                .bind("now", now).execute());
        return findById(item.organisationId(), item.id()).orElseThrow();
    }

    @Override
    public Optional<FeedbackItem> findById(OrganisationId organisation, FeedbackId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_feedback"
                        + " WHERE organisation_id = :org AND id = :id")
                .bind("org", organisation.value()).bind("id", id.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Page<FeedbackItem> list(OrganisationId organisation, FeedbackFilter filter, PageRequest page) {
        IntakeSql.Where where = new IntakeSql.Where(organisation.value())
                .addIf(filter.projectId().map(IntakeProjectId::value), "project_id = :project", "project")
                .addIf(filter.status().map(FeedbackStatus::wireName), "status = :status", "status")
                .addIf(filter.type().map(FeedbackType::wireName), "type = :type", "type");
        return IntakeSql.page(db, COLUMNS, "intake_feedback", where, "created_at DESC, id DESC", page,
                (rs, ctx) -> map(rs));
    }

    @Override
    public void update(FeedbackItem item) {
        db.write(h -> h.createUpdate("UPDATE intake_feedback SET title = :title, description = :description,"
                        + " status = :status, type = :type, updated_at = :updated WHERE organisation_id = :org AND id = :id")
                .bind("title", item.title()).bind("description", item.description())
                .bind("status", item.status().wireName()).bind("type", item.type().wireName())
                .bind("updated", Timestamps.format(item.updatedAt()))
                .bind("org", item.organisationId().value()).bind("id", item.id().value()).execute());
    }

    @Override
    public boolean delete(OrganisationId organisation, FeedbackId id) {
        return db.write(h -> {
            h.createUpdate("DELETE FROM intake_comments WHERE organisation_id = :org AND subject_type = 'feedback'"
                            + " AND subject_id = :id")
                    .bind("org", organisation.value()).bind("id", id.value()).execute();
            return h.createUpdate("DELETE FROM intake_feedback WHERE organisation_id = :org AND id = :id")
                    .bind("org", organisation.value()).bind("id", id.value()).execute() > 0;
        });
    }

    @Override
    public int countCreatedSince(OrganisationId organisation, Instant since) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM intake_feedback WHERE organisation_id = :org"
                        + " AND created_at >= :since")
                .bind("org", organisation.value()).bind("since", Timestamps.format(since))
                .mapTo(Integer.class).one());
    }

    private static FeedbackItem map(ResultSet rs) throws SQLException {
        return new FeedbackItem(new FeedbackId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                new IntakeProjectId(rs.getString("project_id")), rs.getString("title"), rs.getString("description"),
                FeedbackStatus.parse(rs.getString("status")), FeedbackType.parse(rs.getString("type")),
                rs.getString("page_url"), new Reporter(rs.getString("reporter_name"), rs.getString("reporter_email")),
                IntakeSql.optional(rs, "screenshot_url"), IntakeSql.optional(rs, "recording_url"),
                new RawJson(rs.getString("annotations")), new RawJson(rs.getString("browser_info")),
                rs.getInt("position"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")));
    }
}

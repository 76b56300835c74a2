package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.ProjectType;
import dev.loopwright.domain.intake.WidgetKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Intake projects and their members. */
final class JdbiIntakeProjectRepository implements IntakeProjectRepository {
    private static final String COLUMNS = "id, organisation_id, client_id, name, type, url, api_key, created_at";

    private final Database db;

    JdbiIntakeProjectRepository(Database db) {
        this.db = db;
    }

    @Override
    public IntakeProject create(IntakeProject project) {
        db.write(h -> h.createUpdate("INSERT INTO intake_projects (" + COLUMNS + ") VALUES (:id, :org, :client, :name,"
                        + " :type, :url, :key, :created)")
                .bind("id", project.id().value()).bind("org", project.organisationId().value())
                .bind("client", project.clientId().value()).bind("name", project.name())
                .bind("type", project.type().wireName()).bind("url", project.url().orElse(null))
                .bind("key", project.apiKey().value()).bind("created", Timestamps.format(project.createdAt()))
                .execute());
        return findById(project.organisationId(), project.id()).orElseThrow();
    }

    @Override
    public Optional<IntakeProject> findById(OrganisationId organisation, IntakeProjectId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_projects"
                        + " WHERE organisation_id = :org AND id = :id")
                .bind("org", organisation.value()).bind("id", id.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<IntakeProject> findByWidgetKey(WidgetKey key) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_projects WHERE api_key = :key")
                .bind("key", key.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Page<IntakeProject> list(OrganisationId organisation, PageRequest page) {
        return IntakeSql.page(db, COLUMNS, "intake_projects", new IntakeSql.Where(organisation.value()), "name, id",
                page, (rs, ctx) -> map(rs));
    }

    @Override
    public int count(OrganisationId organisation) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM intake_projects WHERE organisation_id = :org")
                .bind("org", organisation.value()).mapTo(Integer.class).one());
    }

    @Override
    public void grantAccess(OrganisationId organisation, IntakeProjectId project, MemberId member) {
        db.write(h -> h.createUpdate("INSERT OR IGNORE INTO intake_project_members (project_id, organisation_id,"
                        + " user_id) SELECT id, organisation_id, :user FROM intake_projects"
                        + " WHERE id = :project AND organisation_id = :org")
                .bind("project", project.value()).bind("org", organisation.value()).bind("user", member.value())
                .execute());
    }

    @Override
    public List<Member> members(OrganisationId organisation, IntakeProjectId project) {
        return db.read(h -> h.createQuery("SELECT " + JdbiOrganisationRepository.MEMBER_COLUMNS
                        + " FROM intake_project_members pm JOIN intake_members m"
                        + " ON m.organisation_id = pm.organisation_id AND m.user_id = pm.user_id"
                        + " WHERE pm.organisation_id = :org AND pm.project_id = :project"
                        + " ORDER BY m.display_name, m.user_id")
                .bind("org", organisation.value()).bind("project", project.value())
                .map((rs, ctx) -> JdbiOrganisationRepository.member(rs)).list());
    }

    private static IntakeProject map(ResultSet rs) throws SQLException {
        return new IntakeProject(new IntakeProjectId(rs.getString("id")),
                new OrganisationId(rs.getString("organisation_id")), new ClientId(rs.getString("client_id")),
                rs.getString("name"), ProjectType.parse(rs.getString("type")), IntakeSql.optional(rs, "url"),
                new WidgetKey(rs.getString("api_key")), Timestamps.parse(rs.getString("created_at")));
    }
}

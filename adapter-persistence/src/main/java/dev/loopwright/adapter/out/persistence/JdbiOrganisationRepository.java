package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.intake.OrganisationRepository;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.MemberRole;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Plan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Organisations and their members. */
final class JdbiOrganisationRepository implements OrganisationRepository {
    static final String MEMBER_COLUMNS = "m.organisation_id, m.user_id, m.display_name, m.email, m.role, m.created_at";

    private final Database db;

    JdbiOrganisationRepository(Database db) {
        this.db = db;
    }

    @Override
    public Organisation create(Organisation organisation) {
        db.write(h -> h.createUpdate("INSERT INTO intake_organisations (id, name, plan, created_at)"
                        + " VALUES (:id, :name, :plan, :created)")
                .bind("id", organisation.id().value()).bind("name", organisation.name())
                .bind("plan", organisation.plan().wireName())
                .bind("created", Timestamps.format(organisation.createdAt())).execute());
        return findById(organisation.id()).orElseThrow();
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
        return db.read(h -> h.createQuery("SELECT id, name, plan, created_at FROM intake_organisations WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Organisation(new OrganisationId(rs.getString("id")), rs.getString("name"),
                        Plan.parse(rs.getString("plan")), Timestamps.parse(rs.getString("created_at"))))
                .findOne());
    }

    @Override
    public Member addMember(Member member) {
        db.write(h -> h.createUpdate("INSERT INTO intake_members (organisation_id, user_id, display_name, email, role,"
                        + " created_at) VALUES (:org, :user, :name, :email, :role, :created)")
                .bind("org", member.organisationId().value()).bind("user", member.userId().value())
                .bind("name", member.displayName()).bind("email", member.email())
                .bind("role", member.role().wireName()).bind("created", Timestamps.format(member.createdAt()))
                .execute());
        return findMember(member.organisationId(), member.userId()).orElseThrow();
    }

    @Override
    public Optional<Member> findMember(OrganisationId organisation, MemberId userId) {
        return db.read(h -> h.createQuery("SELECT " + MEMBER_COLUMNS + " FROM intake_members m"
                        + " WHERE m.organisation_id = :org AND m.user_id = :user")
                .bind("org", organisation.value()).bind("user", userId.value())
                .map((rs, ctx) -> member(rs)).findOne());
    }

    @Override
    public List<Member> members(OrganisationId organisation) {
        return db.read(h -> h.createQuery("SELECT " + MEMBER_COLUMNS + " FROM intake_members m"
                        + " WHERE m.organisation_id = :org ORDER BY m.display_name, m.user_id")
                .bind("org", organisation.value()).map((rs, ctx) -> member(rs)).list());
    }

    static Member member(ResultSet rs) throws SQLException {
        return new Member(new OrganisationId(rs.getString("organisation_id")), new MemberId(rs.getString("user_id")),
                rs.getString("display_name"), rs.getString("email"), MemberRole.parse(rs.getString("role")),
                Timestamps.parse(rs.getString("created_at")));
    }
}

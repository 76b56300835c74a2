package dev.loopwright.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loopwright.application.port.out.intake.CommentRepository;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.CommentId;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Comments; mentions are a JSON array of user ids. */
final class JdbiCommentRepository implements CommentRepository {
    private static final String COLUMNS = "id, organisation_id, subject_type, subject_id, author_id, author_name, body,"
            + " mentions, created_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database db;

    JdbiCommentRepository(Database db) {
        this.db = db;
    }

    @Override
    public Comment add(Comment comment) {
        db.write(h -> h.createUpdate("INSERT INTO intake_comments (" + COLUMNS + ") VALUES (:id, :org, :type, :subject,"
                        + " :author, :authorName, :body, :mentions, :created)")
                .bind("id", comment.id().value()).bind("org", comment.organisationId().value())
                .bind("type", comment.subject().type().wireName()).bind("subject", comment.subject().id())
                .bind("author", comment.authorId().map(MemberId::value).orElse(null))
                .bind("authorName", comment.authorName()).bind("body", comment.body())
                .bind("mentions", IntakeSql.json(comment.mentions().stream().map(MemberId::value).toList()))
                .bind("created", Timestamps.format(comment.createdAt())).execute());
        return comment;
    }

    @Override
    public Page<Comment> list(OrganisationId organisation, SourceRef subject, PageRequest page) {
        return IntakeSql.page(db, COLUMNS, "intake_comments", where(organisation, subject), "created_at, id", page,
                (rs, ctx) -> map(rs));
    }

    @Override
    public List<Comment> all(OrganisationId organisation, SourceRef subject) {
        IntakeSql.Where where = where(organisation, subject);
        return db.read(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM intake_comments" + where.sql()
                + " ORDER BY created_at, id")).map((rs, ctx) -> map(rs)).list());
    }

    private static IntakeSql.Where where(OrganisationId organisation, SourceRef subject) {
        return new IntakeSql.Where(organisation.value())
                .add("subject_type = :type", "type", subject.type().wireName())
                .add("subject_id = :subject", "subject", subject.id());
    }

    private static Comment map(ResultSet rs) throws SQLException {
        List<MemberId> mentions = IntakeSql.json(rs.getString("mentions"), STRINGS).stream().map(MemberId::new)
                .toList();
        return new Comment(new CommentId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                new SourceRef(SourceType.parse(rs.getString("subject_type")), rs.getString("subject_id")),
                IntakeSql.optional(rs, "author_id").map(MemberId::new), rs.getString("author_name"),
                rs.getString("body"), mentions, Timestamps.parse(rs.getString("created_at")));
    }
}

package dev.loopwright.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.domain.intake.Attachment;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.CardLabel;
import dev.loopwright.domain.intake.ChecklistItem;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Board lists and cards; a card's labels, checklist and attachments are JSON arrays. */
final class JdbiBoardRepository implements BoardRepository {
    private static final String LIST_COLUMNS = "id, organisation_id, project_id, name, position, created_at";
    private static final String CARD_COLUMNS = "c.id, c.organisation_id, c.list_id, c.project_id, c.title,"
            + " c.description, c.labels, c.due_date, c.checklist, c.attachments, c.author_name, c.position,"
            + " c.created_at, c.updated_at";
    private static final TypeReference<List<CardLabel>> LABELS = new TypeReference<>() {
    };
    private static final TypeReference<List<ChecklistItem>> CHECKLIST = new TypeReference<>() {
    };
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private final Database db;

    JdbiBoardRepository(Database db) {
        this.db = db;
    }

    @Override
    public BoardList addList(BoardList list) {
        db.write(h -> h.createUpdate("INSERT INTO intake_board_lists (" + LIST_COLUMNS + ") VALUES (:id, :org,"
                        + " :project, :name, :position, :created)")
                .bind("id", list.id().value()).bind("org", list.organisationId().value())
                .bind("project", list.projectId().value()).bind("name", list.name())
                .bind("position", IntakeSql.nextPosition(h, "intake_board_lists", "project_id",
                        list.projectId().value()))
                .bind("created", Timestamps.format(list.createdAt())).execute());
        return findList(list.organisationId(), list.id()).orElseThrow();
    }

    @Override
    public Optional<BoardList> findList(OrganisationId organisation, BoardListId id) {
        return db.read(h -> h.createQuery("SELECT " + LIST_COLUMNS + " FROM intake_board_lists"
                        + " WHERE organisation_id = :org AND id = :id")
                .bind("org", organisation.value()).bind("id", id.value()).map((rs, ctx) -> list(rs)).findOne());
    }

    @Override
    public Page<BoardList> lists(OrganisationId organisation, IntakeProjectId project, PageRequest page) {
        IntakeSql.Where where = new IntakeSql.Where(organisation.value())
                .add("project_id = :project", "project", project.value());
        return IntakeSql.page(db, LIST_COLUMNS, "intake_board_lists", where, "position, id", page,
                (rs, ctx) -> list(rs));
    }

    @Override
    public BoardCard addCard(BoardCard card) {
        String created = Timestamps.format(card.createdAt());
        db.write(h -> h.createUpdate("INSERT INTO intake_cards (" + CARD_COLUMNS.replace("c.", "") + ") VALUES (:id,"
                        + " :org, :list, :project, :title, :description, :labels, :due, :checklist, :attachments,"
                        + " :author, :position, :created, :updated)")
                .bind("id", card.id().value()).bind("org", card.organisationId().value())
                .bind("list", card.listId().value()).bind("project", card.projectId().value())
                .bind("title", card.title()).bind("description", card.description().orElse(null))
                .bind("labels", IntakeSql.json(card.labels()))
                .bind("due", card.dueDate().map(LocalDate::toString).orElse(null))
                .bind("checklist", IntakeSql.json(card.checklist()))
                .bind("attachments", IntakeSql.json(card.attachments()))
                .bind("author", card.authorName().orElse(null))
                .bind("position", IntakeSql.nextPosition(h, "intake_cards", "list_id", card.listId().value()))
                .bind("created", created).bind("updated", Timestamps.format(card.updatedAt())).execute());
        return findCard(card.organisationId(), card.id()).orElseThrow();
    }

    @Override
    public Optional<BoardCard> findCard(OrganisationId organisation, CardId id) {
        return db.read(h -> h.createQuery("SELECT " + CARD_COLUMNS + " FROM intake_cards c"
                        + " WHERE c.organisation_id = :org AND c.id = :id")
                .bind("org", organisation.value()).bind("id", id.value()).map((rs, ctx) -> card(rs)).findOne());
    }

    @Override
    public Page<BoardCard> cards(OrganisationId organisation, CardFilter filter, PageRequest page) {
        // Columns are qualified: the join orders cards by their list's position first.
        IntakeSql.Where where = new IntakeSql.Where("c.organisation_id", organisation.value())
                .addIf(filter.projectId().map(IntakeProjectId::value), "c.project_id = :project", "project")
                .addIf(filter.listId().map(BoardListId::value), "c.list_id = :list", "list");
        return IntakeSql.page(db, CARD_COLUMNS, "intake_cards c JOIN intake_board_lists l ON l.id = c.list_id",
                where, "l.position, l.id, c.position, c.id", page, (rs, ctx) -> card(rs));
    }

    private static BoardList list(ResultSet rs) throws SQLException {
        return new BoardList(new BoardListId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                new IntakeProjectId(rs.getString("project_id")), rs.getString("name"), rs.getInt("position"),
                Timestamps.parse(rs.getString("created_at")));
    }

    private static BoardCard card(ResultSet rs) throws SQLException {
        return new BoardCard(new CardId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                new BoardListId(rs.getString("list_id")), new IntakeProjectId(rs.getString("project_id")),
                rs.getString("title"), IntakeSql.optional(rs, "description"),
                IntakeSql.json(rs.getString("labels"), LABELS),
                IntakeSql.optional(rs, "due_date").map(LocalDate::parse),
                IntakeSql.json(rs.getString("checklist"), CHECKLIST),
                IntakeSql.json(rs.getString("attachments"), ATTACHMENTS), IntakeSql.optional(rs, "author_name"),
                rs.getInt("position"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")));
    }
}

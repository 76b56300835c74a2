package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.intake.ApiTokenRepository;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.ClientRepository;
import dev.loopwright.application.port.out.intake.CommentRepository;
import dev.loopwright.application.port.out.intake.DevTicketRepository;
import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.OrganisationRepository;

/** The feedback intake's repositories over the same SQLite database as the workflow's. */
public final class IntakeStore {
    private final Database db;

    IntakeStore(Database db) {
        this.db = db;
    }

    public OrganisationRepository organisations() {
        return new JdbiOrganisationRepository(db);
    }

    public ClientRepository clients() {
        return new JdbiClientRepository(db);
    }

    public IntakeProjectRepository projects() {
        return new JdbiIntakeProjectRepository(db);
    }

    public FeedbackRepository feedback() {
        return new JdbiFeedbackRepository(db);
    }

    public CommentRepository comments() {
        return new JdbiCommentRepository(db);
    }

    public BoardRepository boards() {
        return new JdbiBoardRepository(db);
    }

    public DevTicketRepository devTickets() {
        return new JdbiDevTicketRepository(db);
    }

    public ApiTokenRepository tokens() {
        return new JdbiApiTokenRepository(db);
    }
}

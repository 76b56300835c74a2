package dev.loopwright.app;

import dev.loopwright.adapter.in.http.v1.DeveloperApi;
import dev.loopwright.adapter.in.http.v1.IntakeUseCases;
import dev.loopwright.adapter.out.persistence.IntakeStore;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.application.service.ApiTokenService;
import dev.loopwright.application.service.BoardService;
import dev.loopwright.application.service.CommentService;
import dev.loopwright.application.service.DevTicketService;
import dev.loopwright.application.service.FeedbackService;
import dev.loopwright.application.service.IntakeAdminService;
import dev.loopwright.application.service.IntakeDirectoryService;
import java.time.Clock;

/** The feedback intake's services over one store: what the developer API, the CLI and generation use. */
final class IntakeServices {
    final IntakeAdminService admin;
    final IntakeDirectoryService directory;
    final FeedbackService feedback;
    final CommentService comments;
    final BoardService boards;
    final DevTicketService tickets;
    final ApiTokenService tokens;

    IntakeServices(SqliteStore store, Clock clock) {
        this(store, new SecureRandomSecrets(), clock);
    }

    IntakeServices(SqliteStore store, SecretSource secrets, Clock clock) {
        IntakeStore intake = store.intake();
        admin = new IntakeAdminService(intake.organisations(), intake.clients(), intake.projects(), intake.boards(),
                secrets, clock);
        directory = new IntakeDirectoryService(intake.projects(), intake.clients());
        feedback = new FeedbackService(intake.feedback(), intake.projects(), store.unitOfWork(), secrets, clock);
        comments = new CommentService(intake.comments(), intake.feedback(), intake.boards(), intake.projects(),
                secrets, clock);
        boards = new BoardService(intake.boards(), intake.projects());
        tickets = new DevTicketService(intake.devTickets(), intake.feedback(), intake.boards(), intake.comments(),
                intake.projects(), intake.organisations(), store.unitOfWork(), secrets, clock);
        tokens = new ApiTokenService(intake.tokens(), intake.organisations(), secrets, clock);
    }

    IntakeUseCases http() {
        return new IntakeUseCases(tokens, tokens, tokens, tokens, directory, directory, directory, directory,
                feedback, feedback, feedback, feedback, feedback, comments, comments, boards, boards, boards, tickets,
                tickets, tickets);
    }

    /** The {@code /api/v1} routes, rate-limited by {@code clock}. */
    DeveloperApi developerApi(Clock clock) {
        return new DeveloperApi(http(), clock);
    }
}

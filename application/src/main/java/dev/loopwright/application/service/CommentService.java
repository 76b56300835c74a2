package dev.loopwright.application.service;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.AddCommentUseCase;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.ListCommentsUseCase;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.CommentRepository;
import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.CommentId;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.Mentions;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Comments on feedback items and board cards; the subject must be the caller's organisation's. */
public final class CommentService implements ListCommentsUseCase, AddCommentUseCase {

    private final CommentRepository comments;
    private final FeedbackRepository feedback;
    private final BoardRepository boards;
    private final IntakeProjectRepository projects;
    private final SecretSource secrets;
    private final Clock clock;

    public CommentService(CommentRepository comments, FeedbackRepository feedback, BoardRepository boards,
            IntakeProjectRepository projects, SecretSource secrets, Clock clock) {
        this.comments = Objects.requireNonNull(comments, "comments");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Page<Comment> listComments(ApiCaller caller, SourceRef subject, PageRequest page) {
        projectOf(caller, subject);
        return comments.list(caller.organisationId(), subject, page);
    }

    @Override
    public Comment addComment(ApiCaller caller, SourceRef subject, String body) {
        IntakeAccess.requireWrite(caller);
        IntakeProjectId project = projectOf(caller, subject);
        Member author = caller.member();
        return comments.add(new Comment(new CommentId(IntakeAccess.newId(secrets, "cmt")), caller.organisationId(),
                subject, Optional.of(author.userId()), author.displayName(), body,
                Mentions.in(body == null ? "" : body, projects.members(caller.organisationId(), project).stream()
                        .map(Member::userId).toList()),
                clock.instant()));
    }

    /** The subject's project; a subject of another organisation does not exist for this caller. */
    private IntakeProjectId projectOf(ApiCaller caller, SourceRef subject) {
        if (subject.type() == SourceType.FEEDBACK) {
            return feedback.findById(caller.organisationId(), new FeedbackId(subject.id())).map(FeedbackItem::projectId)
                    .orElseThrow(() -> new NotFoundException("Feedback not found"));
        }
        return boards.findCard(caller.organisationId(), new CardId(subject.id())).map(BoardCard::projectId)
                .orElseThrow(() -> new NotFoundException("Card not found"));
    }
}

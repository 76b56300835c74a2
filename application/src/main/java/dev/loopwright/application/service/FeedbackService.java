package dev.loopwright.application.service;

import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.CreateFeedbackUseCase;
import dev.loopwright.application.port.in.DeleteFeedbackUseCase;
import dev.loopwright.application.port.in.FeedbackChanges;
import dev.loopwright.application.port.in.GetFeedbackUseCase;
import dev.loopwright.application.port.in.ListFeedbackUseCase;
import dev.loopwright.application.port.in.NewFeedbackCommand;
import dev.loopwright.application.port.in.UpdateFeedbackUseCase;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.application.port.out.intake.FeedbackRepository.NewFeedbackItem;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.ProjectType;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/** Feedback items: listing, triage edits, deletion and receiving new ones within the monthly quota. */
public final class FeedbackService implements ListFeedbackUseCase, GetFeedbackUseCase, UpdateFeedbackUseCase,
        DeleteFeedbackUseCase, CreateFeedbackUseCase {

    private final FeedbackRepository feedback;
    private final IntakeProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final SecretSource secrets;
    private final Clock clock;

    public FeedbackService(FeedbackRepository feedback, IntakeProjectRepository projects, UnitOfWork unitOfWork,
            SecretSource secrets, Clock clock) {
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Page<FeedbackItem> listFeedback(ApiCaller caller, FeedbackFilter filter, PageRequest page) {
        return feedback.list(caller.organisationId(), filter, page);
    }

    @Override
    public FeedbackItem getFeedback(ApiCaller caller, FeedbackId id) {
        return feedback.findById(caller.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("Feedback not found"));
    }

    @Override
    public FeedbackItem updateFeedback(ApiCaller caller, FeedbackId id, FeedbackChanges changes) {
        IntakeAccess.requireWrite(caller);
        if (changes.isEmpty()) {
            throw ValidationException.of("body", "No valid fields");
        }
        return unitOfWork.inTransaction(() -> {
            FeedbackItem edited = getFeedback(caller, id).edited(changes.status(), changes.title(),
                    changes.description(), changes.type(), clock.instant());
            feedback.update(edited);
            return edited;
        });
    }

    @Override
    public void deleteFeedback(ApiCaller caller, FeedbackId id) {
        IntakeAccess.requireWrite(caller);
        if (!feedback.delete(caller.organisationId(), id)) {
            throw new NotFoundException("Feedback not found");
        }
    }

    @Override
    public FeedbackItem createFeedback(ApiCaller caller, NewFeedbackCommand command) {
        IntakeAccess.requireWrite(caller);
        IntakeProject project = IntakeAccess.project(projects, caller, command.projectId());
        if (project.type() != ProjectType.WEBSITE) {
            throw ValidationException.of("project_id", "Feedback is collected on website projects; "
                    + project.id() + " is a board");
        }
        Instant now = clock.instant();
        NewFeedbackItem item = new NewFeedbackItem(new FeedbackId(IntakeAccess.newId(secrets, "fb")),
                caller.organisationId(), project.id(), command.title(), command.description(), FeedbackStatus.NEW,
                command.type(), command.pageUrl(), command.reporter(), command.screenshotUrl(),
                command.recordingUrl(), command.annotations(), command.browserInfo(), now);
        // Counting and inserting in one write transaction: concurrent creates cannot both take the last slot.
        return unitOfWork.inTransaction(() -> {
            checkQuota(caller, now);
            return feedback.create(item);
        });
    }

    private void checkQuota(ApiCaller caller, Instant now) {
        Plan plan = caller.organisation().plan();
        if (plan.feedbackPerMonth().isEmpty()) {
            return;
        }
        int limit = plan.feedbackPerMonth().getAsInt();
        Instant monthStart = YearMonth.from(now.atZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        if (feedback.countCreatedSince(caller.organisationId(), monthStart) >= limit) {
            throw new ForbiddenException("Monthly feedback quota reached: the " + plan.wireName() + " plan allows "
                    + limit + " feedback items per month");
        }
    }
}

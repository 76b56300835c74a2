package dev.loopwright.domain.interview;

import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.approval.DocumentStatus;
import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canonical interview, the one reviewed at the gate and read by every later phase. We build it from the
 * session ourselves rather than trusting a model's copy: every question appears once with its answer, and
 * questions that were skipped or never asked are recorded as skips.
 *
 * @param generatedAt when the session it was built from last changed
 * @param approval present exactly when the status is approved
 */
public record InterviewDocument(
        int schemaVersion,
        ExternalId ticketId,
        DocumentStatus status,
        ModelId winnerModel,
        Instant generatedAt,
        List<AnsweredQuestion> questions,
        List<FollowUpRound> followUpRounds,
        InterviewSummary summary,
        Optional<Approval> approval) {

    public static final int SCHEMA_VERSION = 1;

    public InterviewDocument {
        Violations violations = new Violations();
        if (schemaVersion < 1) {
            violations.add("schemaVersion", "schemaVersion must be at least 1, got " + schemaVersion);
        }
        violations.required("ticketId", ticketId);
        violations.required("status", status);
        violations.required("winnerModel", winnerModel);
        violations.required("generatedAt", generatedAt);
        questions = FieldChecks.list(violations, "questions", questions);
        followUpRounds = FieldChecks.list(violations, "followUpRounds", followUpRounds);
        violations.required("summary", summary);
        approval = FieldChecks.orEmpty(approval);
        Approval.checkMatches(violations, status, approval);

        List<String> ids = questions.stream().map(AnsweredQuestion::id).toList();
        Set<String> repeated = FieldChecks.duplicates(ids);
        if (!repeated.isEmpty()) {
            violations.add("questions", "question ids must be unique; repeated: " + String.join(", ", repeated));
        }
        for (FollowUpRound round : followUpRounds) {
            for (String questionId : round.questionIds()) {
                if (!ids.contains(questionId)) {
                    violations.add("followUpRounds", round.source().wireName() + " round " + round.roundNumber()
                            + " names unknown question " + questionId);
                }
            }
        }
        violations.throwIfAny();
    }

    /**
     * The draft document of a completed session. Skips and never-asked questions carry no answer time (there
     * was no answer). The final free-form answer comes from the summary, or else from the user's answer to
     * the final free-form question.
     */
    public static InterviewDocument fromSession(ExternalId ticketId, InterviewSession session,
            InterviewSummary summary) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(summary, "summary");
        if (!session.isComplete()) {
            throw new IllegalStateException("the interview document is built from a completed interview");
        }
        List<AnsweredQuestion> answered = session.questions().stream()
                .map(question -> new AnsweredQuestion(question, canonicalAnswer(session, question)))
                .toList();
        InterviewSummary completedSummary = summary;
        if (summary.finalFreeFormAnswer().isBlank()) {
            String fromQuestion = answered.stream()
                    .filter(item -> item.question().source() == QuestionSource.FINAL_FREE_FORM)
                    .filter(item -> !item.answer().skipped())
                    .map(item -> item.answer().freeText())
                    .findFirst().orElse("");
            completedSummary = summary.withFinalFreeFormAnswer(fromQuestion);
        }
        return new InterviewDocument(SCHEMA_VERSION, ticketId, DocumentStatus.DRAFT, session.winnerModel(),
                session.updatedAt(), answered, session.followUpRounds(), completedSummary, Optional.empty());
    }

    private static InterviewAnswer canonicalAnswer(InterviewSession session, InterviewQuestion question) {
        InterviewAnswer answer = session.answer(question.id()).orElse(InterviewAnswer.notAsked());
        return answer.skipped() ? InterviewAnswer.notAsked() : answer;
    }

    /** The approved copy. Approving twice is refused, so an approval time is never silently rewritten. */
    public InterviewDocument approve(String approvedBy, Instant approvedAt) {
        if (status == DocumentStatus.APPROVED) {
            throw new IllegalStateException("the interview is already approved");
        }
        return new InterviewDocument(schemaVersion, ticketId, DocumentStatus.APPROVED, winnerModel, generatedAt,
                questions, followUpRounds, summary, Optional.of(new Approval(approvedBy, approvedAt)));
    }

    /** The same content back in draft, approval cleared: what an edit at or after the gate produces. */
    public InterviewDocument asDraft() {
        return new InterviewDocument(schemaVersion, ticketId, DocumentStatus.DRAFT, winnerModel, generatedAt,
                questions, followUpRounds, summary, Optional.empty());
    }

    public boolean isApproved() {
        return status == DocumentStatus.APPROVED;
    }

    public Optional<AnsweredQuestion> question(String questionId) {
        return questions.stream().filter(item -> item.id().equals(questionId)).findFirst();
    }

    /** Questions the user did not answer, in document order: the ones a PRD drafter must fill in. */
    public List<String> skippedQuestionIds() {
        return questions.stream().filter(item -> item.answer().skipped()).map(AnsweredQuestion::id)
                .collect(Collectors.toUnmodifiableList());
    }
}

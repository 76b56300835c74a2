package dev.loopwright.domain.interview;

import static dev.loopwright.domain.interview.Questions.compiled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.approval.DocumentStatus;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewDocumentTest {
    private static final ModelId WINNER = new ModelId("anthropic/claude");
    private static final ExternalId TICKET = ExternalId.parse("SHOP-12");
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant T3 = T0.plusSeconds(180);
    private static final InterviewSummary SUMMARY = new InterviewSummary(List.of("ship it"), List.of("Java 17"),
            List.of("mobile"), "");

    /** Q01 answered, Q02 skipped, Q03 never asked; the final free-form question answered. */
    private static InterviewSession completed() {
        return InterviewSession.start(WINNER, 50, 20, List.of(compiled("Q01"), compiled("Q02"), compiled("Q03")), T0)
                .presentBatch(Questions.batch(1, compiled("Q01"), compiled("Q02")), T1)
                .answerCurrentBatch(Map.of("Q01", AnswerSubmission.text("Admins")), T1)
                .presentBatch(Questions.finalBatch(2, Questions.finalFreeForm("QFF1")), T2)
                .answerCurrentBatch(Map.of("QFF1", AnswerSubmission.text("Keep it small")), T2)
                .complete(T3);
    }

    @Test
    void theDocumentListsEveryQuestionWithSkipsAndUnaskedAsAiSkips() {
        InterviewDocument document = InterviewDocument.fromSession(TICKET, completed(), SUMMARY);
        assertThat(document.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(document.approval()).isEmpty();
        assertThat(document.generatedAt()).isEqualTo(T3);
        assertThat(document.questions()).extracting(AnsweredQuestion::id).containsExactly("Q01", "Q02", "Q03", "QFF1");
        assertThat(document.question("Q01").orElseThrow().answer().answeredBy()).isEqualTo(AnsweredBy.USER);
        for (String id : List.of("Q02", "Q03")) {
            InterviewAnswer answer = document.question(id).orElseThrow().answer();
            assertThat(answer.skipped()).isTrue();
            assertThat(answer.answeredBy()).isEqualTo(AnsweredBy.AI_SKIP);
            assertThat(answer.answeredAt()).isEmpty();
        }
        assertThat(document.skippedQuestionIds()).containsExactly("Q02", "Q03");
    }

    @Test
    void theFinalFreeFormAnswerFallsBackToTheFinalQuestion() {
        assertThat(InterviewDocument.fromSession(TICKET, completed(), SUMMARY).summary().finalFreeFormAnswer())
                .isEqualTo("Keep it small");
        InterviewSummary given = new InterviewSummary(List.of(), List.of(), List.of(), "From the summary");
        assertThat(InterviewDocument.fromSession(TICKET, completed(), given).summary().finalFreeFormAnswer())
                .isEqualTo("From the summary");
    }

    @Test
    void onlyACompletedInterviewBecomesADocument() {
        InterviewSession open = InterviewSession.start(WINNER, 50, 20, List.of(compiled("Q01")), T0);
        assertThatThrownBy(() -> InterviewDocument.fromSession(TICKET, open, SUMMARY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void approvingRecordsWhoAndWhenOnce() {
        InterviewDocument draft = InterviewDocument.fromSession(TICKET, completed(), SUMMARY);
        InterviewDocument approved = draft.approve("user", T3);
        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.approval()).contains(new Approval("user", T3));
        assertThat(approved.questions()).isEqualTo(draft.questions());
        assertThat(draft.isApproved()).isFalse();
        assertThatThrownBy(() -> approved.approve("user", T3)).isInstanceOf(IllegalStateException.class);
        assertThat(approved.asDraft()).isEqualTo(draft);
        assertThatThrownBy(() -> draft.approve(" ", T3)).hasMessage("approval.approvedBy must not be blank");
    }

    @Test
    void statusAndApprovalMustAgree() {
        InterviewDocument draft = InterviewDocument.fromSession(TICKET, completed(), SUMMARY);
        assertThatThrownBy(() -> new InterviewDocument(1, TICKET, DocumentStatus.APPROVED, WINNER, T3,
                draft.questions(), List.of(), SUMMARY, Optional.empty()))
                .hasMessage("an approved document needs approval.approvedBy and approval.approvedAt");
        assertThatThrownBy(() -> new InterviewDocument(1, TICKET, DocumentStatus.DRAFT, WINNER, T3,
                draft.questions(), List.of(), SUMMARY, Optional.of(new Approval("user", T3))))
                .hasMessage("a draft document must not carry an approval");
    }

    @Test
    void questionsAreUniqueAndRoundsNameKnownQuestions() {
        AnsweredQuestion q01 = new AnsweredQuestion(compiled("Q01"), InterviewAnswer.notAsked());
        assertThatThrownBy(() -> new InterviewDocument(0, TICKET, DocumentStatus.DRAFT, WINNER, T3, List.of(q01, q01),
                List.of(new FollowUpRound(1, BatchSource.COVERAGE, List.of("CFU1"))), SUMMARY, Optional.empty()))
                .hasMessage("schemaVersion must be at least 1, got 0; question ids must be unique; repeated: Q01; "
                        + "coverage round 1 names unknown question CFU1");
    }

    @Test
    void anAnswerMustFitItsQuestion() {
        InterviewAnswer picked = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt1"), ""), T1);
        assertThatThrownBy(() -> new AnsweredQuestion(compiled("Q01"), picked))
                .hasMessage("question Q01 is free_text and takes no selected options");
    }
}

package dev.loopwright.application.interview;

import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.interview.InterviewFixture.WINNER;
import static dev.loopwright.application.interview.InterviewFixture.batch;
import static dev.loopwright.application.interview.InterviewFixture.freeText;
import static dev.loopwright.application.interview.InterviewFixture.singleChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.port.in.InterviewAnswerEdit;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.service.InterviewService;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterviewGateTest {
    private final InterviewFixture fixture = new InterviewFixture().compiled();
    private final Interview interview = fixture.interview();
    private final InterviewService service = fixture.service(interview);
    private final TicketReference ref = TicketReference.parse("SHOP-1");
    private final TicketId id = fixture.ticket.id();

    /** Interviewed (Q01 a choice, answered) and skipped to the gate. */
    private InterviewView atTheGate() {
        fixture.runtime.on(WINNER, reply(batch(singleChoice("Q01", "foundation", "Who exports?", "Owners", "Staff"))));
        fixture.enter(interview);
        service.skipRemaining(ref, Map.of("Q01", AnswerSubmission.choice(List.of("opt1"), "")));
        return service.get(ref);
    }

    @Test
    void theViewCarriesTheExactTextItsHashTheDocumentAndTheSession() {
        InterviewView view = atTheGate();

        assertThat(view.contentSha256()).contains(ContentHash.of(view.raw().orElseThrow()));
        assertThat(view.raw().orElseThrow()).contains("status: draft", "canonicalization: server_normalized");
        assertThat(view.documentJson().orElseThrow()).contains("\"ticket_id\":\"SHOP-1\"");
        assertThat(view.sessionJson()).contains("\"winnerModel\" : \"" + WINNER.value() + "\"");
        assertThat(view.awaitingInterviewer()).isFalse();
    }

    @Test
    void aStaleHashApprovesNothingAndNamesBothHashes() {
        InterviewView view = atTheGate();
        ContentHash reviewed = view.contentSha256().orElseThrow();
        service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q02", false, List.of(), "id and total")));

        assertThatThrownBy(() -> service.approveInterview(ref, reviewed)).isInstanceOfSatisfying(
                StaleApprovalException.class, stale -> {
                    assertThat(stale.artifactType()).isEqualTo("interview");
                    assertThat(stale.expected()).isEqualTo(reviewed);
                    assertThat(stale.current()).isEqualTo(service.get(ref).contentSha256().orElseThrow());
                });
        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        assertThat(fixture.artifact(TicketStatus.WAITING_INTERVIEW_APPROVAL, InterviewArtifacts.APPROVAL_RECEIPT))
                .isEmpty();
    }

    @Test
    void approvingTheReviewedTextStampsItKeepsAReceiptAndMovesToThePrd() {
        InterviewView view = atTheGate();
        ContentHash reviewed = view.contentSha256().orElseThrow();

        assertThat(service.approveInterview(ref, reviewed).status()).isEqualTo(TicketStatus.DRAFTING_PRD);

        String stored = fixture.artifact(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewArtifacts.DOCUMENT)
                .orElseThrow();
        InterviewDocument approved = InterviewYaml.read(stored, fixture.ticket.externalId());
        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.approval().orElseThrow().approvedBy()).isEqualTo("user");
        assertThat(fixture.artifact(TicketStatus.WAITING_INTERVIEW_APPROVAL, InterviewArtifacts.APPROVAL_RECEIPT))
                .hasValueSatisfying(receipt -> assertThat(receipt).contains(
                        "\"content_sha256\" : \"" + reviewed.hex() + "\"",
                        "\"stored_content_sha256\" : \"" + ContentHash.of(stored).hex() + "\"",
                        "\"artifact_type\" : \"interview\"", "\"phase\" : \"WAITING_INTERVIEW_APPROVAL\""));
        assertThatThrownBy(() -> service.approveInterview(ref, ContentHash.of(stored)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRawEditIsValidatedRewrittenCanonicallyAndBackInDraft() {
        InterviewView view = atTheGate();
        String edited = view.raw().orElseThrow().replace("goals: []", "goals:\n  - Ship the export");

        InterviewView saved = service.saveDocument(ref, edited);

        InterviewDocument document = InterviewYaml.read(saved.raw().orElseThrow(), fixture.ticket.externalId());
        assertThat(document.summary().goals()).containsExactly("Ship the export");
        assertThat(saved.contentSha256()).isNotEqualTo(view.contentSha256());
        assertThat(InterviewYaml.write(document)).isEqualTo(saved.raw().orElseThrow());
        assertThatThrownBy(() -> service.saveDocument(ref, "questions: [")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.saveDocument(ref, edited.replace("ticket_id: SHOP-1", "ticket_id: SHOP-2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ticket_id must be SHOP-1");
    }

    @Test
    void answerEditsMustFitTheirQuestions() {
        atTheGate();

        assertThatThrownBy(() -> service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q01", false,
                List.of("opt9"), "")))).isInstanceOf(ValidationException.class).hasMessageContaining("opt9");
        assertThatThrownBy(() -> service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q09", true, List.of(),
                "")))).isInstanceOf(ValidationException.class).hasMessageContaining("unknown question Q09");
        assertThatThrownBy(() -> service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q02", true, List.of(),
                "text")))).isInstanceOf(ValidationException.class);

        InterviewView saved = service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q01", true, List.of(), "")));
        assertThat(InterviewYaml.read(saved.raw().orElseThrow(), fixture.ticket.externalId()).skippedQuestionIds())
                .contains("Q01");
    }

    @Test
    void anEditAfterApprovalIsTheApprovalOfTheNewVersionAndRestartsPlanningFromThePrd() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))));
        fixture.enter(interview);

        assertThatThrownBy(() -> service.saveDocument(ref, "x")).isInstanceOf(ConflictException.class)
                .hasMessage("Ticket is not in a state where interview can be edited");
        service.skipRemaining(ref, Map.of());
        service.approveInterview(ref, service.get(ref).contentSha256().orElseThrow());
        fixture.advance(TicketEventType.DRAFTS_READY);
        fixture.advance(TicketEventType.WINNER_SELECTED);
        assertThat(fixture.status()).isEqualTo(TicketStatus.REFINING_PRD);

        InterviewView edited = service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q01", false, List.of(),
                "Only owners")));

        assertThat(fixture.status()).isEqualTo(TicketStatus.DRAFTING_PRD);
        InterviewDocument document = InterviewYaml.read(edited.raw().orElseThrow(), fixture.ticket.externalId());
        assertThat(document.isApproved()).isTrue();
        assertThat(document.question("Q01").orElseThrow().answer().freeText()).isEqualTo("Only owners");
        // What was planned from the old version is set aside but kept; drafting starts over in a fresh attempt.
        assertThat(fixture.repositories.attempts().findAll(id, TicketStatus.DRAFTING_PRD))
                .extracting(PhaseAttempt::isActive).containsExactly(false, true);
        assertThat(fixture.repositories.attempts().findAll(id, TicketStatus.COUNCIL_VOTING_PRD))
                .extracting(PhaseAttempt::isActive).containsExactly(false);
        assertThat(fixture.repositories.attempts().findAll(id, TicketStatus.REFINING_PRD))
                .extracting(PhaseAttempt::isActive).containsExactly(false);
        assertThat(fixture.repositories.attempts().findAll(id, TicketStatus.WAITING_INTERVIEW_APPROVAL))
                .extracting(PhaseAttempt::isActive).containsExactly(true);
    }

    @Test
    void editingTheInterviewOnceExecutionIsNearIsRefused() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))));
        fixture.enter(interview);
        service.skipRemaining(ref, Map.of());
        service.approveInterview(ref, service.get(ref).contentSha256().orElseThrow());
        for (TicketEventType type : List.of(TicketEventType.DRAFTS_READY, TicketEventType.WINNER_SELECTED,
                TicketEventType.REFINED, TicketEventType.COVERAGE_CLEAN, TicketEventType.APPROVE,
                TicketEventType.DRAFTS_READY, TicketEventType.WINNER_SELECTED, TicketEventType.REFINED,
                TicketEventType.COVERAGE_CLEAN, TicketEventType.EXPANDED, TicketEventType.APPROVE)) {
            fixture.advance(type);
        }
        assertThat(fixture.status()).isEqualTo(TicketStatus.PRE_FLIGHT_CHECK);

        assertThatThrownBy(() -> service.saveAnswers(ref, List.of(new InterviewAnswerEdit("Q01", true, List.of(),
                "")))).isInstanceOf(ConflictException.class)
                .hasMessage("Ticket is not in a state where interview can be edited");
    }
}

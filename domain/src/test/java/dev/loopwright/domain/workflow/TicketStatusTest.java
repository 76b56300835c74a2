package dev.loopwright.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Test
    void statusesAreDeclaredInWorkflowOrder() {
        assertThat(Arrays.stream(TicketStatus.values()).map(Enum::name).toList()).containsExactly(
                "DRAFT", "SCANNING_RELEVANT_FILES", "COUNCIL_DELIBERATING", "COUNCIL_VOTING_INTERVIEW",
                "COMPILING_INTERVIEW", "WAITING_INTERVIEW_ANSWERS", "VERIFYING_INTERVIEW_COVERAGE",
                "WAITING_INTERVIEW_APPROVAL", "DRAFTING_PRD", "COUNCIL_VOTING_PRD", "REFINING_PRD",
                "VERIFYING_PRD_COVERAGE", "WAITING_PRD_APPROVAL", "DRAFTING_BEADS", "COUNCIL_VOTING_BEADS",
                "REFINING_BEADS", "VERIFYING_BEADS_COVERAGE", "EXPANDING_BEADS", "WAITING_BEADS_APPROVAL",
                "PRE_FLIGHT_CHECK", "WAITING_EXECUTION_SETUP_APPROVAL", "PREPARING_EXECUTION_ENV", "CODING",
                "RUNNING_FINAL_TEST", "GENERATING_QA_CHECKLIST", "WAITING_MANUAL_QA", "INTEGRATING_CHANGES",
                "CREATING_PULL_REQUEST", "WAITING_PR_REVIEW", "CLEANING_ENV", "COMPLETED", "CANCELED",
                "BLOCKED_ERROR");
    }

    @Test
    void groupsFollowTheWorkflowAndEveryGroupIsUsed() {
        List<PhaseGroup> seen = Arrays.stream(TicketStatus.values()).map(TicketStatus::group).distinct().toList();
        assertThat(seen).containsExactly(PhaseGroup.values());
    }

    @Test
    void gatesNeedInputAndNameTheArtifactUnderReview() {
        assertThat(TicketStatus.WAITING_INTERVIEW_APPROVAL.reviewArtifact()).contains(ReviewArtifactType.INTERVIEW);
        assertThat(TicketStatus.WAITING_PRD_APPROVAL.reviewArtifact()).contains(ReviewArtifactType.PRD);
        assertThat(TicketStatus.WAITING_BEADS_APPROVAL.reviewArtifact()).contains(ReviewArtifactType.BEADS);
        assertThat(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL.reviewArtifact())
                .contains(ReviewArtifactType.EXECUTION_SETUP_PLAN);
        for (TicketStatus status : TicketStatus.values()) {
            if (status.uiView() == UiView.APPROVAL) {
                assertThat(status.kanbanColumn()).as(status.name()).isEqualTo(KanbanColumn.NEEDS_INPUT);
                assertThat(status.reviewArtifact()).as(status.name()).isPresent();
            }
        }
        assertThat(TicketStatus.CODING.progressKind()).contains(ProgressKind.BEADS);
        assertThat(TicketStatus.WAITING_INTERVIEW_ANSWERS.progressKind()).contains(ProgressKind.QUESTIONS);
    }

    @Test
    void councilStepsThatRunEveryMemberShowSeveralModelsLogs() {
        Set<TicketStatus> multi = EnumSet.noneOf(TicketStatus.class);
        Arrays.stream(TicketStatus.values()).filter(TicketStatus::multiModelLogs).forEach(multi::add);
        assertThat(multi).containsExactlyInAnyOrder(TicketStatus.COUNCIL_DELIBERATING,
                TicketStatus.COUNCIL_VOTING_INTERVIEW, TicketStatus.DRAFTING_PRD, TicketStatus.COUNCIL_VOTING_PRD,
                TicketStatus.DRAFTING_BEADS, TicketStatus.COUNCIL_VOTING_BEADS);
    }

    @Test
    void theExecutionBandRunsFromPreFlightToCleanup() {
        List<TicketStatus> band = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isInExecutionBand).toList();
        assertThat(band.get(0)).isEqualTo(TicketStatus.PRE_FLIGHT_CHECK);
        assertThat(band.get(band.size() - 1)).isEqualTo(TicketStatus.CLEANING_ENV);
        assertThat(band).hasSize(11);
        assertThat(TicketStatus.WAITING_BEADS_APPROVAL.isBeforeExecution()).isTrue();
        assertThat(TicketStatus.PRE_FLIGHT_CHECK.isBeforeExecution()).isFalse();
    }

    @Test
    void onlyCompletedAndCanceledAreTerminalAndEverythingUpToCleanupIsResumable() {
        assertThat(Arrays.stream(TicketStatus.values()).filter(TicketStatus::isTerminal))
                .containsExactly(TicketStatus.COMPLETED, TicketStatus.CANCELED);
        assertThat(Arrays.stream(TicketStatus.values()).filter(TicketStatus::isResumable)).hasSize(30)
                .doesNotContain(TicketStatus.BLOCKED_ERROR, TicketStatus.COMPLETED, TicketStatus.CANCELED);
    }

    @Test
    void codingAndLaterKeepNoPhaseAttempts() {
        assertThat(TicketStatus.DRAFTING_PRD.isAttemptTracked()).isTrue();
        assertThat(TicketStatus.WAITING_PR_REVIEW.isAttemptTracked()).isTrue();
        assertThat(TicketStatus.CODING.isAttemptTracked()).isFalse();
        assertThat(TicketStatus.BLOCKED_ERROR.isAttemptTracked()).isFalse();
        assertThat(TicketStatus.COMPLETED.isAttemptTracked()).isFalse();
    }

    @Test
    void everyStatusHasALabelAndADescription() {
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(status.label()).as(status.name()).isNotBlank();
            assertThat(status.description()).as(status.name()).isNotBlank().endsWith(".");
        }
    }
}

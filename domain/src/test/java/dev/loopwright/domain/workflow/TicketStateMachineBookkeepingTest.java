package dev.loopwright.domain.workflow;

import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.blockedIn;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.codingWith;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.settings;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.stateIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the state machine records besides the status (spec §1.1 actions updateStatus / recordError / clearError
 * and Loopwright's amendments): previous status, revision, the blocking error, the resolution of a block,
 * the locked settings, and the full happy path.
 */
class TicketStateMachineBookkeepingTest {

    private static TransitionResult.Accepted accept(WorkflowState state, TicketEvent event) {
        TransitionResult result = TicketStateMachine.apply(state, event);
        assertThat(result).as("%s + %s → %s", state.status(), event.type(), result)
                .isInstanceOf(TransitionResult.Accepted.class);
        return (TransitionResult.Accepted) result;
    }

    private static TicketEvent signal(TicketEventType type) {
        return new TicketEvent.Signal(type);
    }

    // --- START ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "manual QA {0}")
    @ValueSource(booleans = {true, false})
    void startLocksTheSettingsItCarries(boolean manualQa) {
        LockedSettings locked = settings(manualQa);

        TransitionResult.Accepted started = accept(WorkflowState.initial(), new TicketEvent.Start(locked));

        WorkflowState state = started.state();
        assertThat(state.status()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(state.lockedSettings()).contains(locked);
        assertThat(state.previousStatus()).contains(TicketStatus.DRAFT);
        assertThat(state.revision()).isEqualTo(1);
        assertThat(state.error()).isEmpty();
        assertThat(state.lastResolution()).isEmpty();
    }

    // --- status changes -----------------------------------------------------------------------------------------

    @Test
    void aStatusChangeRemembersTheStatusLeftAndCountsOneRevision() {
        WorkflowState scanning = new WorkflowState(TicketStatus.SCANNING_RELEVANT_FILES,
                Optional.of(TicketStatus.DRAFT), Optional.of(settings(true)), Optional.empty(), Optional.empty(),
                BeadProgress.NONE, 41);

        TransitionResult.Accepted accepted = accept(scanning, signal(TicketEventType.RELEVANT_FILES_READY));

        assertThat(accepted.entered()).isTrue();
        WorkflowState next = accepted.state();
        assertThat(next.status()).isEqualTo(TicketStatus.COUNCIL_DELIBERATING);
        assertThat(next.previousStatus()).contains(TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(next.revision()).isEqualTo(42);
        assertThat(next.lockedSettings()).contains(settings(true));
    }

    static Stream<Arguments> selfTransitions() {
        return Stream.of(
                Arguments.of(stateIn(TicketStatus.WAITING_INTERVIEW_ANSWERS), signal(TicketEventType.BATCH_ANSWERED)),
                Arguments.of(stateIn(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL),
                        signal(TicketEventType.EXECUTION_SETUP_PLAN_READY)),
                Arguments.of(codingWith(new BeadProgress(1, 3)), new TicketEvent.BeadComplete(new BeadProgress(2, 3))));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("selfTransitions")
    void aSelfTransitionKeepsPreviousStatusAndRevision(WorkflowState state, TicketEvent event) {
        WorkflowState current = state;
        for (int i = 0; i < 3; i++) {
            TransitionResult.Accepted accepted = accept(current, event);
            assertThat(accepted.from()).isEqualTo(state.status());
            assertThat(accepted.to()).isEqualTo(state.status());
            assertThat(accepted.entered()).isFalse();
            current = accepted.state();
        }
        assertThat(current.status()).isEqualTo(state.status());
        assertThat(current.previousStatus()).isEqualTo(state.previousStatus()).isPresent();
        assertThat(current.revision()).isEqualTo(state.revision()).isPositive();
        assertThat(current.lockedSettings()).isEqualTo(state.lockedSettings());
        assertThat(current.error()).isEmpty();
    }

    @Test
    void beadCompleteRecordsTheProgressTheEventCarries() {
        WorkflowState stillCoding = accept(codingWith(new BeadProgress(1, 3)),
                new TicketEvent.BeadComplete(new BeadProgress(2, 3))).state();
        assertThat(stillCoding.beadProgress()).isEqualTo(new BeadProgress(2, 3));

        WorkflowState testing = accept(stillCoding, new TicketEvent.BeadComplete(new BeadProgress(3, 3))).state();
        assertThat(testing.status()).isEqualTo(TicketStatus.RUNNING_FINAL_TEST);
        assertThat(testing.beadProgress()).isEqualTo(new BeadProgress(3, 3));
        assertThat(testing.previousStatus()).contains(TicketStatus.CODING);
        assertThat(testing.revision()).isEqualTo(stillCoding.revision() + 1);
    }

    // --- entering BLOCKED_ERROR -----------------------------------------------------------------------------------

    /** Every way into BLOCKED_ERROR: the specific failures of §1.4, and ERROR from DRAFT's successors on. */
    static Stream<Arguments> waysToBlock() {
        List<Arguments> ways = new ArrayList<>(List.of(
                Arguments.of(TicketStatus.DRAFT, TicketEventType.INIT_FAILED),
                Arguments.of(TicketStatus.PRE_FLIGHT_CHECK, TicketEventType.CHECKS_FAILED),
                Arguments.of(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL, TicketEventType.EXECUTION_SETUP_PLAN_FAILED),
                Arguments.of(TicketStatus.PREPARING_EXECUTION_ENV, TicketEventType.EXECUTION_SETUP_FAILED),
                Arguments.of(TicketStatus.CODING, TicketEventType.BEAD_ERROR),
                Arguments.of(TicketStatus.RUNNING_FINAL_TEST, TicketEventType.TESTS_FAILED)));
        for (TicketStatus status : TicketStatus.values()) {
            if (status.compareTo(TicketStatus.SCANNING_RELEVANT_FILES) >= 0
                    && status.compareTo(TicketStatus.CLEANING_ENV) <= 0) {
                ways.add(Arguments.of(status, TicketEventType.ERROR));
            }
        }
        return ways.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("waysToBlock")
    void enteringBlockedErrorRecordsTheFailureMessageCodesAndDiagnostics(TicketStatus from, TicketEventType type) {
        WorkflowState before = stateIn(from);
        TicketEvent failure = new TicketEvent.Failure(type, "it broke in " + from,
                List.of("FIRST_CODE", "SECOND_CODE"), Optional.of("stack trace of " + from));

        TransitionResult.Accepted blocked = accept(before, failure);

        WorkflowState state = blocked.state();
        assertThat(blocked.to()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(state.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(state.error()).contains(new BlockingError("it broke in " + from,
                List.of("FIRST_CODE", "SECOND_CODE"), Optional.of("stack trace of " + from)));
        assertThat(state.previousStatus()).as("the failed status").contains(from);
        assertThat(state.revision()).isEqualTo(before.revision() + 1);
        assertThat(state.lockedSettings()).isEqualTo(before.lockedSettings());
        assertThat(state.beadProgress()).isEqualTo(before.beadProgress());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("waysToBlock")
    void aFailureWithoutCodesOrDiagnosticsIsRecordedAsSuch(TicketStatus from, TicketEventType type) {
        TicketEvent failure = new TicketEvent.Failure(type, "plain failure", List.of(), Optional.empty());

        WorkflowState state = accept(stateIn(from), failure).state();

        assertThat(state.error()).contains(new BlockingError("plain failure", List.of(), Optional.empty()));
    }

    // --- leaving BLOCKED_ERROR ------------------------------------------------------------------------------------

    static Stream<Arguments> waysOutOfABlock() {
        return Stream.of(
                Arguments.of(TicketEventType.RETRY, TicketStatus.CODING, ErrorResolution.RETRIED),
                Arguments.of(TicketEventType.CONTINUE, TicketStatus.CODING, ErrorResolution.CONTINUED),
                Arguments.of(TicketEventType.CANCEL, TicketStatus.CANCELED, ErrorResolution.CANCELED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysOutOfABlock")
    void leavingBlockedErrorClearsTheErrorAndRecordsHow(TicketEventType type, TicketStatus to,
            ErrorResolution resolution) {
        WorkflowState blocked = blockedIn(Optional.of(TicketStatus.CODING));

        TransitionResult.Accepted left = accept(blocked, signal(type));

        WorkflowState state = left.state();
        assertThat(left.to()).isEqualTo(to);
        assertThat(state.status()).isEqualTo(to);
        assertThat(state.error()).isEmpty();
        assertThat(state.lastResolution()).contains(resolution);
        assertThat(state.previousStatus()).contains(TicketStatus.BLOCKED_ERROR);
        assertThat(state.revision()).isEqualTo(blocked.revision() + 1);
        assertThat(state.lockedSettings()).isEqualTo(blocked.lockedSettings());
        assertThat(state.beadProgress()).isEqualTo(blocked.beadProgress());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TicketEventType.class, names = {"RETRY", "CONTINUE"})
    void resumingReturnsToTheFailedStatusFromEveryResumableStatus(TicketEventType type) {
        for (TicketStatus failedIn : TicketStatus.values()) {
            if (failedIn.compareTo(TicketStatus.CLEANING_ENV) > 0) {
                continue; // COMPLETED, CANCELED, BLOCKED_ERROR are not resumable: see TicketStateMachineTest
            }
            TransitionResult.Accepted resumed = accept(blockedIn(Optional.of(failedIn)), signal(type));
            assertThat(resumed.to()).as("%s after failing in %s", type, failedIn).isEqualTo(failedIn);
            assertThat(resumed.state().error()).isEmpty();
            assertThat(resumed.state().previousStatus()).contains(TicketStatus.BLOCKED_ERROR);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TicketEventType.class, names = {"RETRY", "CONTINUE"})
    void resumingWithoutAKnownFailedStatusIsRejectedWithAReason(TicketEventType type) {
        TransitionResult result = TicketStateMachine.apply(blockedIn(Optional.empty()), signal(type));

        assertThat(result).isInstanceOf(TransitionResult.Rejected.class);
        TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
        assertThat(rejected.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(rejected.event()).isEqualTo(type);
        assertThat(rejected.reason()).isNotBlank().contains(type.name());
    }

    @Test
    void aBlockAndARetryInTheMiddleOfCodingCountTwoRevisions() {
        WorkflowState coding = codingWith(new BeadProgress(1, 3));
        TicketEvent beadError = new TicketEvent.Failure(TicketEventType.BEAD_ERROR, "Bead execution failed",
                List.of("CODING_FAILED"), Optional.of("tests red"));

        WorkflowState blocked = accept(coding, beadError).state();
        WorkflowState retried = accept(blocked, signal(TicketEventType.RETRY)).state();
        WorkflowState done = accept(retried, new TicketEvent.BeadComplete(new BeadProgress(3, 3))).state();

        assertThat(blocked.previousStatus()).contains(TicketStatus.CODING);
        assertThat(retried.status()).isEqualTo(TicketStatus.CODING);
        assertThat(retried.lastResolution()).contains(ErrorResolution.RETRIED);
        assertThat(retried.beadProgress()).isEqualTo(new BeadProgress(1, 3));
        assertThat(done.status()).isEqualTo(TicketStatus.RUNNING_FINAL_TEST);
        assertThat(done.revision()).isEqualTo(coding.revision() + 3);
    }

    // --- the happy path -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "manual QA {0}")
    @ValueSource(booleans = {false, true})
    void theHappyPathRunsFromDraftToCompletedCountingEveryStatusChange(boolean manualQa) {
        LockedSettings locked = settings(manualQa);
        List<TicketEvent> events = new ArrayList<>(List.of(
                new TicketEvent.Start(locked),
                signal(TicketEventType.RELEVANT_FILES_READY),
                signal(TicketEventType.QUESTIONS_READY),
                signal(TicketEventType.WINNER_SELECTED),
                signal(TicketEventType.READY),
                signal(TicketEventType.BATCH_ANSWERED),
                signal(TicketEventType.BATCH_ANSWERED),
                signal(TicketEventType.INTERVIEW_COMPLETE),
                signal(TicketEventType.COVERAGE_CLEAN),
                signal(TicketEventType.APPROVE),
                signal(TicketEventType.DRAFTS_READY),
                signal(TicketEventType.WINNER_SELECTED),
                signal(TicketEventType.REFINED),
                signal(TicketEventType.COVERAGE_CLEAN),
                signal(TicketEventType.APPROVE),
                signal(TicketEventType.DRAFTS_READY),
                signal(TicketEventType.WINNER_SELECTED),
                signal(TicketEventType.REFINED),
                signal(TicketEventType.COVERAGE_LIMIT_REACHED),
                signal(TicketEventType.EXPANDED),
                signal(TicketEventType.APPROVE),
                signal(TicketEventType.CHECKS_PASSED),
                signal(TicketEventType.EXECUTION_SETUP_PLAN_READY),
                signal(TicketEventType.APPROVE_EXECUTION_SETUP_PLAN),
                signal(TicketEventType.EXECUTION_SETUP_READY),
                new TicketEvent.BeadComplete(new BeadProgress(1, 3)),
                new TicketEvent.BeadComplete(new BeadProgress(2, 3)),
                new TicketEvent.BeadComplete(new BeadProgress(3, 3)),
                signal(TicketEventType.TESTS_PASSED)));
        if (manualQa) {
            events.add(signal(TicketEventType.QA_CHECKLIST_READY));
            events.add(signal(TicketEventType.MANUAL_QA_COMPLETE));
        }
        events.addAll(List.of(
                signal(TicketEventType.INTEGRATION_DONE),
                signal(TicketEventType.PULL_REQUEST_READY),
                signal(TicketEventType.MERGE_COMPLETE),
                signal(TicketEventType.CLEANUP_DONE)));

        List<TicketStatus> expectedVisits = new ArrayList<>(List.of(TicketStatus.DRAFT,
                TicketStatus.SCANNING_RELEVANT_FILES, TicketStatus.COUNCIL_DELIBERATING,
                TicketStatus.COUNCIL_VOTING_INTERVIEW, TicketStatus.COMPILING_INTERVIEW,
                TicketStatus.WAITING_INTERVIEW_ANSWERS, TicketStatus.VERIFYING_INTERVIEW_COVERAGE,
                TicketStatus.WAITING_INTERVIEW_APPROVAL, TicketStatus.DRAFTING_PRD, TicketStatus.COUNCIL_VOTING_PRD,
                TicketStatus.REFINING_PRD, TicketStatus.VERIFYING_PRD_COVERAGE, TicketStatus.WAITING_PRD_APPROVAL,
                TicketStatus.DRAFTING_BEADS, TicketStatus.COUNCIL_VOTING_BEADS, TicketStatus.REFINING_BEADS,
                TicketStatus.VERIFYING_BEADS_COVERAGE, TicketStatus.EXPANDING_BEADS,
                TicketStatus.WAITING_BEADS_APPROVAL, TicketStatus.PRE_FLIGHT_CHECK,
                TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL, TicketStatus.PREPARING_EXECUTION_ENV,
                TicketStatus.CODING, TicketStatus.RUNNING_FINAL_TEST));
        if (manualQa) {
            expectedVisits.add(TicketStatus.GENERATING_QA_CHECKLIST);
            expectedVisits.add(TicketStatus.WAITING_MANUAL_QA);
        }
        expectedVisits.addAll(List.of(TicketStatus.INTEGRATING_CHANGES, TicketStatus.CREATING_PULL_REQUEST,
                TicketStatus.WAITING_PR_REVIEW, TicketStatus.CLEANING_ENV, TicketStatus.COMPLETED));

        WorkflowState state = WorkflowState.initial();
        List<TicketStatus> visited = new ArrayList<>(List.of(state.status()));
        int statusChanges = 0;
        for (TicketEvent event : events) {
            TransitionResult.Accepted accepted = accept(state, event);
            WorkflowState next = accepted.state();
            if (accepted.entered()) {
                statusChanges++;
                visited.add(next.status());
                assertThat(next.previousStatus()).as("after %s", event.type()).contains(state.status());
            } else {
                assertThat(next.previousStatus()).as("after %s", event.type()).isEqualTo(state.previousStatus());
            }
            assertThat(next.revision()).as("revision after %s", event.type()).isEqualTo(statusChanges);
            assertThat(next.lockedSettings()).as("settings after %s", event.type()).contains(locked);
            assertThat(next.error()).isEmpty();
            state = next;
        }

        assertThat(visited).containsExactlyElementsOf(expectedVisits);
        assertThat(state.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(state.previousStatus()).contains(TicketStatus.CLEANING_ENV);
        assertThat(state.revision()).isEqualTo(expectedVisits.size() - 1).isEqualTo(manualQa ? 30 : 28);
    }
}

package dev.loopwright.domain.workflow;

import static dev.loopwright.domain.workflow.TicketEventType.ALL_BEADS_DONE;
import static dev.loopwright.domain.workflow.TicketEventType.APPROVE;
import static dev.loopwright.domain.workflow.TicketEventType.APPROVE_EXECUTION_SETUP_PLAN;
import static dev.loopwright.domain.workflow.TicketEventType.BATCH_ANSWERED;
import static dev.loopwright.domain.workflow.TicketEventType.BEAD_COMPLETE;
import static dev.loopwright.domain.workflow.TicketEventType.BEAD_ERROR;
import static dev.loopwright.domain.workflow.TicketEventType.CANCEL;
import static dev.loopwright.domain.workflow.TicketEventType.CHECKS_FAILED;
import static dev.loopwright.domain.workflow.TicketEventType.CHECKS_PASSED;
import static dev.loopwright.domain.workflow.TicketEventType.CLEANUP_DONE;
import static dev.loopwright.domain.workflow.TicketEventType.CLOSE_UNMERGED_COMPLETE;
import static dev.loopwright.domain.workflow.TicketEventType.CONTINUE;
import static dev.loopwright.domain.workflow.TicketEventType.COVERAGE_CLEAN;
import static dev.loopwright.domain.workflow.TicketEventType.COVERAGE_LIMIT_REACHED;
import static dev.loopwright.domain.workflow.TicketEventType.DRAFTS_READY;
import static dev.loopwright.domain.workflow.TicketEventType.ERROR;
import static dev.loopwright.domain.workflow.TicketEventType.EXECUTION_SETUP_FAILED;
import static dev.loopwright.domain.workflow.TicketEventType.EXECUTION_SETUP_PLAN_FAILED;
import static dev.loopwright.domain.workflow.TicketEventType.EXECUTION_SETUP_PLAN_READY;
import static dev.loopwright.domain.workflow.TicketEventType.EXECUTION_SETUP_READY;
import static dev.loopwright.domain.workflow.TicketEventType.EXPANDED;
import static dev.loopwright.domain.workflow.TicketEventType.GAPS_FOUND;
import static dev.loopwright.domain.workflow.TicketEventType.INIT_FAILED;
import static dev.loopwright.domain.workflow.TicketEventType.INTEGRATION_DONE;
import static dev.loopwright.domain.workflow.TicketEventType.INTERVIEW_COMPLETE;
import static dev.loopwright.domain.workflow.TicketEventType.INTERVIEW_REVISED;
import static dev.loopwright.domain.workflow.TicketEventType.MANUAL_QA_COMPLETE;
import static dev.loopwright.domain.workflow.TicketEventType.MANUAL_QA_FIXES_CREATED;
import static dev.loopwright.domain.workflow.TicketEventType.MANUAL_QA_SKIPPED;
import static dev.loopwright.domain.workflow.TicketEventType.MERGE_COMPLETE;
import static dev.loopwright.domain.workflow.TicketEventType.PRD_REVISED;
import static dev.loopwright.domain.workflow.TicketEventType.PULL_REQUEST_READY;
import static dev.loopwright.domain.workflow.TicketEventType.QA_CHECKLIST_READY;
import static dev.loopwright.domain.workflow.TicketEventType.QUESTIONS_READY;
import static dev.loopwright.domain.workflow.TicketEventType.READY;
import static dev.loopwright.domain.workflow.TicketEventType.REFINED;
import static dev.loopwright.domain.workflow.TicketEventType.RELEVANT_FILES_READY;
import static dev.loopwright.domain.workflow.TicketEventType.RETRY;
import static dev.loopwright.domain.workflow.TicketEventType.SKIP_ALL_TO_APPROVAL;
import static dev.loopwright.domain.workflow.TicketEventType.START;
import static dev.loopwright.domain.workflow.TicketEventType.TESTS_FAILED;
import static dev.loopwright.domain.workflow.TicketEventType.TESTS_PASSED;
import static dev.loopwright.domain.workflow.TicketEventType.WINNER_SELECTED;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.blockedIn;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.codingWith;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.eventOf;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.settings;
import static dev.loopwright.domain.workflow.TicketStateMachineFixtures.stateIn;
import static dev.loopwright.domain.workflow.TicketStatus.BLOCKED_ERROR;
import static dev.loopwright.domain.workflow.TicketStatus.CANCELED;
import static dev.loopwright.domain.workflow.TicketStatus.CLEANING_ENV;
import static dev.loopwright.domain.workflow.TicketStatus.CODING;
import static dev.loopwright.domain.workflow.TicketStatus.COMPILING_INTERVIEW;
import static dev.loopwright.domain.workflow.TicketStatus.COMPLETED;
import static dev.loopwright.domain.workflow.TicketStatus.COUNCIL_DELIBERATING;
import static dev.loopwright.domain.workflow.TicketStatus.COUNCIL_VOTING_BEADS;
import static dev.loopwright.domain.workflow.TicketStatus.COUNCIL_VOTING_INTERVIEW;
import static dev.loopwright.domain.workflow.TicketStatus.COUNCIL_VOTING_PRD;
import static dev.loopwright.domain.workflow.TicketStatus.CREATING_PULL_REQUEST;
import static dev.loopwright.domain.workflow.TicketStatus.DRAFT;
import static dev.loopwright.domain.workflow.TicketStatus.DRAFTING_BEADS;
import static dev.loopwright.domain.workflow.TicketStatus.DRAFTING_PRD;
import static dev.loopwright.domain.workflow.TicketStatus.EXPANDING_BEADS;
import static dev.loopwright.domain.workflow.TicketStatus.GENERATING_QA_CHECKLIST;
import static dev.loopwright.domain.workflow.TicketStatus.INTEGRATING_CHANGES;
import static dev.loopwright.domain.workflow.TicketStatus.PREPARING_EXECUTION_ENV;
import static dev.loopwright.domain.workflow.TicketStatus.PRE_FLIGHT_CHECK;
import static dev.loopwright.domain.workflow.TicketStatus.REFINING_BEADS;
import static dev.loopwright.domain.workflow.TicketStatus.REFINING_PRD;
import static dev.loopwright.domain.workflow.TicketStatus.RUNNING_FINAL_TEST;
import static dev.loopwright.domain.workflow.TicketStatus.SCANNING_RELEVANT_FILES;
import static dev.loopwright.domain.workflow.TicketStatus.VERIFYING_BEADS_COVERAGE;
import static dev.loopwright.domain.workflow.TicketStatus.VERIFYING_INTERVIEW_COVERAGE;
import static dev.loopwright.domain.workflow.TicketStatus.VERIFYING_PRD_COVERAGE;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_BEADS_APPROVAL;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_INTERVIEW_ANSWERS;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_INTERVIEW_APPROVAL;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_MANUAL_QA;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_PRD_APPROVAL;
import static dev.loopwright.domain.workflow.TicketStatus.WAITING_PR_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every (status, event) pair against an expected table written by hand from the workflow specification
 * (looptroop-workflow.md §1.1, §1.3, §1.4) with Loopwright's amendments: dead GAPS_FOUND transitions dropped,
 * REGENERATE_EXECUTION_SETUP_PLAN gone, ERROR from every non-terminal status except DRAFT and BLOCKED_ERROR,
 * CANCEL from every non-terminal status, RETRY/CONTINUE back to a resumable previous status.
 *
 * <p>The table below is deliberately independent of {@code TransitionTable}: it is the contract, the
 * implementation is what is checked against it. A pair missing from a row is expected to be rejected.
 */
class TicketStateMachineTest {

    /** The three guarded decisions of §1.1/§1.4. */
    private enum Guard {
        /** CODING + BEAD_COMPLETE: the event's progress has completed ≥ total and total > 0. */
        ALL_BEADS_COMPLETE,
        /** RUNNING_FINAL_TEST + TESTS_PASSED: the locked settings have manual QA enabled. */
        MANUAL_QA_ENABLED,
        /** BLOCKED_ERROR + RETRY/CONTINUE: previousStatus is one of DRAFT … CLEANING_ENV. */
        RESUMABLE_PREVIOUS_STATUS,
        /** BLOCKED_ERROR + a revision: previousStatus is one of the revision's restart … WAITING_BEADS_APPROVAL. */
        FAILED_IN_REVISED_PLANNING
    }

    /** Either a fixed target or a guarded decision whose branches are expanded into cases below. */
    private record Outcome(TicketStatus to, Guard guard) {
    }

    /** One concrete application of an event: empty {@code expected} means "must be rejected". */
    private record Case(String label, WorkflowState state, TicketEvent event, Optional<TicketStatus> expected) {
    }

    /**
     * The events of §1.3 minus REGENERATE_EXECUTION_SETUP_PLAN, plus our explicit planning restarts (§1.8 forces
     * the reference's actor instead), written out so a new constant is noticed.
     */
    private static final List<TicketEventType> EVENTS_IN_THE_SPECIFICATION = List.of(START, INIT_FAILED,
            RELEVANT_FILES_READY, QUESTIONS_READY, WINNER_SELECTED, READY, BATCH_ANSWERED, INTERVIEW_COMPLETE,
            SKIP_ALL_TO_APPROVAL, COVERAGE_CLEAN, GAPS_FOUND, COVERAGE_LIMIT_REACHED, DRAFTS_READY, REFINED, EXPANDED,
            APPROVE, CHECKS_PASSED, CHECKS_FAILED, EXECUTION_SETUP_PLAN_READY, EXECUTION_SETUP_PLAN_FAILED,
            APPROVE_EXECUTION_SETUP_PLAN, EXECUTION_SETUP_READY, EXECUTION_SETUP_FAILED, BEAD_COMPLETE, ALL_BEADS_DONE,
            BEAD_ERROR, TESTS_PASSED, TESTS_FAILED, QA_CHECKLIST_READY, MANUAL_QA_COMPLETE, MANUAL_QA_SKIPPED,
            MANUAL_QA_FIXES_CREATED, INTEGRATION_DONE, PULL_REQUEST_READY, MERGE_COMPLETE, CLOSE_UNMERGED_COMPLETE,
            CLEANUP_DONE, INTERVIEW_REVISED, PRD_REVISED, CANCEL, RETRY, CONTINUE, ERROR);

    /** Statuses a blocked ticket may be sent back to (§1.4: "DRAFT … CLEANING_ENV"). */
    private static final Set<TicketStatus> RESUMABLE = EnumSet.range(DRAFT, CLEANING_ENV);

    private static final Map<TicketStatus, Map<TicketEventType, Outcome>> EXPECTED = expectedTable();

    private static Map<TicketStatus, Map<TicketEventType, Outcome>> expectedTable() {
        Table t = new Table();
        t.row(DRAFT)
                .on(START, SCANNING_RELEVANT_FILES)
                .on(INIT_FAILED, BLOCKED_ERROR)
                .on(CANCEL, CANCELED); // no ERROR from DRAFT: INIT_FAILED instead
        t.row(SCANNING_RELEVANT_FILES)
                .on(RELEVANT_FILES_READY, COUNCIL_DELIBERATING)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(COUNCIL_DELIBERATING)
                .on(QUESTIONS_READY, COUNCIL_VOTING_INTERVIEW)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(COUNCIL_VOTING_INTERVIEW)
                .on(WINNER_SELECTED, COMPILING_INTERVIEW)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(COMPILING_INTERVIEW)
                .on(READY, WAITING_INTERVIEW_ANSWERS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_INTERVIEW_ANSWERS)
                .on(BATCH_ANSWERED, WAITING_INTERVIEW_ANSWERS) // self
                .on(INTERVIEW_COMPLETE, VERIFYING_INTERVIEW_COVERAGE)
                .on(SKIP_ALL_TO_APPROVAL, WAITING_INTERVIEW_APPROVAL)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(VERIFYING_INTERVIEW_COVERAGE)
                .on(COVERAGE_CLEAN, WAITING_INTERVIEW_APPROVAL)
                .on(GAPS_FOUND, WAITING_INTERVIEW_ANSWERS)
                .on(COVERAGE_LIMIT_REACHED, WAITING_INTERVIEW_APPROVAL)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_INTERVIEW_APPROVAL)
                .on(APPROVE, DRAFTING_PRD)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(DRAFTING_PRD)
                .on(DRAFTS_READY, COUNCIL_VOTING_PRD)
                .on(INTERVIEW_REVISED, DRAFTING_PRD)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(COUNCIL_VOTING_PRD)
                .on(WINNER_SELECTED, REFINING_PRD)
                .on(INTERVIEW_REVISED, DRAFTING_PRD)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(REFINING_PRD)
                .on(REFINED, VERIFYING_PRD_COVERAGE)
                .on(INTERVIEW_REVISED, DRAFTING_PRD)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(VERIFYING_PRD_COVERAGE) // GAPS_FOUND dropped (dead in the reference)
                .on(COVERAGE_CLEAN, WAITING_PRD_APPROVAL)
                .on(COVERAGE_LIMIT_REACHED, WAITING_PRD_APPROVAL)
                .on(INTERVIEW_REVISED, DRAFTING_PRD)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_PRD_APPROVAL)
                .on(APPROVE, DRAFTING_BEADS)
                .on(INTERVIEW_REVISED, DRAFTING_PRD)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(DRAFTING_BEADS)
                .on(DRAFTS_READY, COUNCIL_VOTING_BEADS)
                .on(INTERVIEW_REVISED, DRAFTING_PRD).on(PRD_REVISED, DRAFTING_BEADS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(COUNCIL_VOTING_BEADS)
                .on(WINNER_SELECTED, REFINING_BEADS)
                .on(INTERVIEW_REVISED, DRAFTING_PRD).on(PRD_REVISED, DRAFTING_BEADS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(REFINING_BEADS)
                .on(REFINED, VERIFYING_BEADS_COVERAGE)
                .on(INTERVIEW_REVISED, DRAFTING_PRD).on(PRD_REVISED, DRAFTING_BEADS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(VERIFYING_BEADS_COVERAGE) // GAPS_FOUND dropped (dead in the reference)
                .on(COVERAGE_CLEAN, EXPANDING_BEADS)
                .on(COVERAGE_LIMIT_REACHED, EXPANDING_BEADS)
                .on(INTERVIEW_REVISED, DRAFTING_PRD).on(PRD_REVISED, DRAFTING_BEADS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(EXPANDING_BEADS)
                .on(EXPANDED, WAITING_BEADS_APPROVAL)
                .on(INTERVIEW_REVISED, DRAFTING_PRD).on(PRD_REVISED, DRAFTING_BEADS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_BEADS_APPROVAL)
                .on(APPROVE, PRE_FLIGHT_CHECK)
                .on(INTERVIEW_REVISED, DRAFTING_PRD).on(PRD_REVISED, DRAFTING_BEADS)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(PRE_FLIGHT_CHECK)
                .on(CHECKS_PASSED, WAITING_EXECUTION_SETUP_APPROVAL)
                .on(CHECKS_FAILED, BLOCKED_ERROR)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_EXECUTION_SETUP_APPROVAL)
                .on(EXECUTION_SETUP_PLAN_READY, WAITING_EXECUTION_SETUP_APPROVAL) // self
                .on(APPROVE_EXECUTION_SETUP_PLAN, PREPARING_EXECUTION_ENV)
                .on(EXECUTION_SETUP_PLAN_FAILED, BLOCKED_ERROR)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(PREPARING_EXECUTION_ENV)
                .on(EXECUTION_SETUP_READY, CODING)
                .on(EXECUTION_SETUP_FAILED, BLOCKED_ERROR)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(CODING)
                .guarded(BEAD_COMPLETE, Guard.ALL_BEADS_COMPLETE) // RUNNING_FINAL_TEST, else CODING (self)
                .on(ALL_BEADS_DONE, RUNNING_FINAL_TEST)
                .on(BEAD_ERROR, BLOCKED_ERROR)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(RUNNING_FINAL_TEST)
                .guarded(TESTS_PASSED, Guard.MANUAL_QA_ENABLED) // GENERATING_QA_CHECKLIST, else INTEGRATING_CHANGES
                .on(TESTS_FAILED, BLOCKED_ERROR)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(GENERATING_QA_CHECKLIST)
                .on(QA_CHECKLIST_READY, WAITING_MANUAL_QA)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_MANUAL_QA)
                .on(MANUAL_QA_COMPLETE, INTEGRATING_CHANGES)
                .on(MANUAL_QA_SKIPPED, INTEGRATING_CHANGES)
                .on(MANUAL_QA_FIXES_CREATED, CODING)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(INTEGRATING_CHANGES)
                .on(INTEGRATION_DONE, CREATING_PULL_REQUEST)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(CREATING_PULL_REQUEST)
                .on(PULL_REQUEST_READY, WAITING_PR_REVIEW)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(WAITING_PR_REVIEW)
                .on(MERGE_COMPLETE, CLEANING_ENV)
                .on(CLOSE_UNMERGED_COMPLETE, CLEANING_ENV)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(CLEANING_ENV)
                .on(CLEANUP_DONE, COMPLETED)
                .on(ERROR, BLOCKED_ERROR).on(CANCEL, CANCELED);
        t.row(COMPLETED); // final: accepts nothing
        t.row(CANCELED); // final: accepts nothing
        t.row(BLOCKED_ERROR) // no ERROR while already blocked
                .guarded(RETRY, Guard.RESUMABLE_PREVIOUS_STATUS)
                .guarded(CONTINUE, Guard.RESUMABLE_PREVIOUS_STATUS)
                .guarded(INTERVIEW_REVISED, Guard.FAILED_IN_REVISED_PLANNING)
                .guarded(PRD_REVISED, Guard.FAILED_IN_REVISED_PLANNING)
                .on(CANCEL, CANCELED);
        return t.build();
    }

    static Stream<Arguments> everyStatusAndEvent() {
        return Arrays.stream(TicketStatus.values())
                .flatMap(status -> Arrays.stream(TicketEventType.values()).map(type -> Arguments.of(status, type)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndEvent")
    void everyStatusAndEventPairBehavesAsTheSpecificationSays(TicketStatus status, TicketEventType type) {
        List<Case> cases = casesFor(status, type);
        assertThat(cases).as("cases for %s + %s", status, type).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            assertThat(c.state().status()).as("fixture for %s", c.label()).isEqualTo(status);
            assertThat(c.event().type()).as("fixture for %s", c.label()).isEqualTo(type);
            check(softly, status, type, c);
        }
        softly.assertAll();
    }

    @Test
    void theCartesianProductCoversEveryPairExactlyOnce() {
        List<Arguments> pairs = everyStatusAndEvent().toList();
        Set<List<Object>> distinct = new HashSet<>();
        for (Arguments pair : pairs) {
            distinct.add(List.of(pair.get()));
        }
        int expectedPairs = TicketStatus.values().length * TicketEventType.values().length;
        assertThat(pairs).hasSize(expectedPairs);
        assertThat(distinct).hasSize(expectedPairs);
        // 33 statuses of §1.2 × 41 events of §1.3 (without REGENERATE_EXECUTION_SETUP_PLAN) + 2 planning restarts.
        assertThat(expectedPairs).isEqualTo(33 * 43);
    }

    @Test
    void theExpectedTableKnowsEveryStatusAndEveryEvent() {
        assertThat(EXPECTED.keySet())
                .as("every TicketStatus needs its own row in the expected table, even an empty one")
                .containsExactlyInAnyOrder(TicketStatus.values());
        assertThat(EVENTS_IN_THE_SPECIFICATION)
                .as("a new TicketEventType must be added to the specification list and to the table")
                .containsExactlyInAnyOrder(TicketEventType.values())
                .doesNotHaveDuplicates();
    }

    @Test
    void theExpectedTableFollowsTheAmendedBlanketRules() {
        // Cross-checks the hand-written rows against the blanket rules, so a typo in one row cannot slip through.
        for (TicketStatus status : TicketStatus.values()) {
            Map<TicketEventType, Outcome> row = EXPECTED.get(status);
            if (status.isTerminal()) {
                assertThat(row).as(status + " is final").isEmpty();
                continue;
            }
            assertThat(row.get(CANCEL)).as(status + " + CANCEL").isEqualTo(new Outcome(CANCELED, null));
            boolean errorAllowed = status != DRAFT && status != BLOCKED_ERROR;
            assertThat(row.containsKey(ERROR)).as(status + " + ERROR allowed").isEqualTo(errorAllowed);
        }
        assertThat(EXPECTED.get(VERIFYING_PRD_COVERAGE)).doesNotContainKey(GAPS_FOUND);
        assertThat(EXPECTED.get(VERIFYING_BEADS_COVERAGE)).doesNotContainKey(GAPS_FOUND);
    }

    @Test
    void theGuardedPairsAreExpandedIntoEveryBranch() {
        assertThat(casesFor(CODING, BEAD_COMPLETE)).extracting(Case::expected)
                .contains(Optional.of(CODING), Optional.of(RUNNING_FINAL_TEST));
        assertThat(casesFor(RUNNING_FINAL_TEST, TESTS_PASSED)).extracting(Case::expected)
                .contains(Optional.of(GENERATING_QA_CHECKLIST), Optional.of(INTEGRATING_CHANGES));
        for (TicketEventType resume : List.of(RETRY, CONTINUE)) {
            List<Case> cases = casesFor(BLOCKED_ERROR, resume);
            assertThat(cases).extracting(Case::expected).contains(Optional.empty());
            for (TicketStatus previous : RESUMABLE) {
                assertThat(cases).extracting(Case::expected).contains(Optional.of(previous));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void check(SoftAssertions softly, TicketStatus status, TicketEventType type, Case c) {
        TransitionResult result = TicketStateMachine.apply(c.state(), c.event());
        String pair = status + " + " + type + " [" + c.label() + "]";
        String expectation = c.expected().map(to -> "accepted → " + to).orElse("rejected");
        String description = pair + ": expected " + expectation + ", actual " + result;
        if (c.expected().isEmpty()) {
            softly.assertThat(result).as(description).isInstanceOf(TransitionResult.Rejected.class);
            if (result instanceof TransitionResult.Rejected rejected) {
                softly.assertThat(rejected.status()).as(pair + " rejected status").isEqualTo(status);
                softly.assertThat(rejected.event()).as(pair + " rejected event").isEqualTo(type);
                softly.assertThat(rejected.reason()).as(pair + " rejection reason").isNotBlank().contains(type.name());
            }
            return;
        }
        TicketStatus to = c.expected().get();
        softly.assertThat(result).as(description).isInstanceOf(TransitionResult.Accepted.class);
        if (!(result instanceof TransitionResult.Accepted accepted)) {
            return;
        }
        softly.assertThat(accepted.from()).as(pair + " from").isEqualTo(status);
        softly.assertThat(accepted.to()).as(description).isEqualTo(to);
        WorkflowState next = accepted.state();
        softly.assertThat(next.status()).as(pair + " new state's status").isEqualTo(to);
        softly.assertThat(next.error().isPresent()).as(pair + " error recorded").isEqualTo(to == BLOCKED_ERROR);
        if (to == status && !type.restartsPlanning()) {
            softly.assertThat(accepted.entered()).as(pair + " self-transition").isFalse();
            softly.assertThat(next.previousStatus()).as(pair + " previousStatus on self-transition")
                    .isEqualTo(c.state().previousStatus());
            softly.assertThat(next.revision()).as(pair + " revision on self-transition")
                    .isEqualTo(c.state().revision());
        } else {
            softly.assertThat(accepted.entered()).as(pair + " status change").isTrue();
            softly.assertThat(next.previousStatus()).as(pair + " previousStatus").contains(status);
            softly.assertThat(next.revision()).as(pair + " revision").isEqualTo(c.state().revision() + 1);
        }
    }

    private static List<Case> casesFor(TicketStatus status, TicketEventType type) {
        Outcome outcome = EXPECTED.getOrDefault(status, Map.of()).get(type);
        if (outcome == null) {
            return List.of(new Case("no transition", stateIn(status), eventOf(type), Optional.empty()));
        }
        if (outcome.guard() == null) {
            return List.of(new Case("unguarded", stateIn(status), eventOf(type), Optional.of(outcome.to())));
        }
        switch (outcome.guard()) {
            case ALL_BEADS_COMPLETE:
                return allBeadsCompleteCases();
            case MANUAL_QA_ENABLED:
                return manualQaCases();
            case RESUMABLE_PREVIOUS_STATUS:
                return resumeCases(type);
            case FAILED_IN_REVISED_PLANNING:
                return revisionCases(type);
            default:
                throw new IllegalStateException("unknown guard " + outcome.guard());
        }
    }

    /** completed ≥ total and total > 0, judged on the progress the event carries. */
    private static List<Case> allBeadsCompleteCases() {
        return List.of(
                beadCase("2/3 done", new BeadProgress(1, 3), new BeadProgress(2, 3), CODING),
                beadCase("3/3 done", new BeadProgress(2, 3), new BeadProgress(3, 3), RUNNING_FINAL_TEST),
                beadCase("0/0: an empty plan is never complete", BeadProgress.NONE, BeadProgress.NONE, CODING),
                beadCase("0/1 done", BeadProgress.NONE, new BeadProgress(0, 1), CODING),
                beadCase("1/1 done", BeadProgress.NONE, new BeadProgress(1, 1), RUNNING_FINAL_TEST),
                beadCase("event says 2/3 although the state said 3/3", new BeadProgress(3, 3), new BeadProgress(2, 3),
                        CODING),
                beadCase("event says 3/3 although the state said 0/0", BeadProgress.NONE, new BeadProgress(3, 3),
                        RUNNING_FINAL_TEST));
    }

    private static Case beadCase(String label, BeadProgress before, BeadProgress reported, TicketStatus to) {
        return new Case(label, codingWith(before), new TicketEvent.BeadComplete(reported), Optional.of(to));
    }

    private static List<Case> manualQaCases() {
        TicketEvent passed = new TicketEvent.Signal(TESTS_PASSED);
        return List.of(
                new Case("manual QA on", stateIn(RUNNING_FINAL_TEST, Optional.of(settings(true))), passed,
                        Optional.of(GENERATING_QA_CHECKLIST)),
                new Case("manual QA off", stateIn(RUNNING_FINAL_TEST, Optional.of(settings(false))), passed,
                        Optional.of(INTEGRATING_CHANGES)),
                new Case("no locked settings", stateIn(RUNNING_FINAL_TEST, Optional.empty()), passed,
                        Optional.of(INTEGRATING_CHANGES)));
    }

    private static List<Case> resumeCases(TicketEventType type) {
        List<Case> cases = new ArrayList<>();
        for (TicketStatus previous : TicketStatus.values()) {
            Optional<TicketStatus> expected = RESUMABLE.contains(previous) ? Optional.of(previous) : Optional.empty();
            cases.add(new Case("previous status " + previous, blockedIn(Optional.of(previous)),
                    new TicketEvent.Signal(type), expected));
        }
        cases.add(new Case("previous status absent", blockedIn(Optional.empty()), new TicketEvent.Signal(type),
                Optional.empty()));
        return cases;
    }

    private static List<Case> revisionCases(TicketEventType type) {
        TicketStatus restartAt = type == INTERVIEW_REVISED ? DRAFTING_PRD : DRAFTING_BEADS;
        Set<TicketStatus> invalidated = EnumSet.range(restartAt, WAITING_BEADS_APPROVAL);
        List<Case> cases = new ArrayList<>();
        for (TicketStatus previous : TicketStatus.values()) {
            Optional<TicketStatus> expected = invalidated.contains(previous) ? Optional.of(restartAt) : Optional.empty();
            cases.add(new Case("previous status " + previous, blockedIn(Optional.of(previous)),
                    new TicketEvent.Signal(type), expected));
        }
        cases.add(new Case("previous status absent", blockedIn(Optional.empty()), new TicketEvent.Signal(type),
                Optional.empty()));
        return cases;
    }

    /** A tiny builder that refuses duplicate rows or cells, so the hand-written table stays unambiguous. */
    private static final class Table {
        private final Map<TicketStatus, Map<TicketEventType, Outcome>> rows = new EnumMap<>(TicketStatus.class);

        Row row(TicketStatus status) {
            if (rows.containsKey(status)) {
                throw new IllegalStateException("row " + status + " declared twice");
            }
            Map<TicketEventType, Outcome> cells = new EnumMap<>(TicketEventType.class);
            rows.put(status, cells);
            return new Row(status, cells);
        }

        Map<TicketStatus, Map<TicketEventType, Outcome>> build() {
            Map<TicketStatus, Map<TicketEventType, Outcome>> copy = new EnumMap<>(TicketStatus.class);
            rows.forEach((status, cells) -> copy.put(status, Map.copyOf(cells)));
            return copy;
        }
    }

    private record Row(TicketStatus status, Map<TicketEventType, Outcome> cells) {
        Row on(TicketEventType event, TicketStatus to) {
            return put(event, new Outcome(to, null));
        }

        Row guarded(TicketEventType event, Guard guard) {
            return put(event, new Outcome(null, guard));
        }

        private Row put(TicketEventType event, Outcome outcome) {
            if (cells.put(event, outcome) != null) {
                throw new IllegalStateException(status + " + " + event + " declared twice");
            }
            return this;
        }
    }
}

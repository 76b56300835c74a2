package dev.loopwright.domain.workflow;

import static dev.loopwright.domain.workflow.TicketEventType.*;
import static dev.loopwright.domain.workflow.TicketStatus.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow's legal moves as data. Rules for the same (status, event) are tried in order; the
 * first whose guard holds wins, so a guarded rule comes before its fallback.
 *
 * <p>Left out on purpose, because the reference declares them but never takes them: GAPS_FOUND from
 * the PRD and beads coverage checks (those loops revise internally and only ever finish clean or at
 * their limit) and REGENERATE_EXECUTION_SETUP_PLAN (regeneration is a user action, not an event).
 */
public final class TransitionTable {
    private static final Map<TicketStatus, Map<TicketEventType, List<TransitionRule>>> RULES = build();

    private TransitionTable() {
    }

    /** The rules for one status and event, in the order they are tried; empty when the event is not allowed. */
    public static List<TransitionRule> rulesFor(TicketStatus from, TicketEventType event) {
        return RULES.getOrDefault(from, Map.of()).getOrDefault(event, List.of());
    }

    /** Every rule of the table. */
    public static List<TransitionRule> all() {
        List<TransitionRule> all = new ArrayList<>();
        RULES.values().forEach(byEvent -> byEvent.values().forEach(all::addAll));
        return Collections.unmodifiableList(all);
    }

    private static Map<TicketStatus, Map<TicketEventType, List<TransitionRule>>> build() {
        Builder b = new Builder();
        b.on(DRAFT, START, SCANNING_RELEVANT_FILES);
        b.on(DRAFT, INIT_FAILED, BLOCKED_ERROR);
        b.on(SCANNING_RELEVANT_FILES, RELEVANT_FILES_READY, COUNCIL_DELIBERATING);
        b.on(COUNCIL_DELIBERATING, QUESTIONS_READY, COUNCIL_VOTING_INTERVIEW);
        b.on(COUNCIL_VOTING_INTERVIEW, WINNER_SELECTED, COMPILING_INTERVIEW);
        b.on(COMPILING_INTERVIEW, READY, WAITING_INTERVIEW_ANSWERS);
        b.on(WAITING_INTERVIEW_ANSWERS, BATCH_ANSWERED, WAITING_INTERVIEW_ANSWERS);
        b.on(WAITING_INTERVIEW_ANSWERS, INTERVIEW_COMPLETE, VERIFYING_INTERVIEW_COVERAGE);
        b.on(WAITING_INTERVIEW_ANSWERS, SKIP_ALL_TO_APPROVAL, WAITING_INTERVIEW_APPROVAL);
        b.on(VERIFYING_INTERVIEW_COVERAGE, COVERAGE_CLEAN, WAITING_INTERVIEW_APPROVAL);
        b.on(VERIFYING_INTERVIEW_COVERAGE, GAPS_FOUND, WAITING_INTERVIEW_ANSWERS);
        b.on(VERIFYING_INTERVIEW_COVERAGE, COVERAGE_LIMIT_REACHED, WAITING_INTERVIEW_APPROVAL);
        b.on(WAITING_INTERVIEW_APPROVAL, APPROVE, DRAFTING_PRD);
        b.on(DRAFTING_PRD, DRAFTS_READY, COUNCIL_VOTING_PRD);
        b.on(COUNCIL_VOTING_PRD, WINNER_SELECTED, REFINING_PRD);
        b.on(REFINING_PRD, REFINED, VERIFYING_PRD_COVERAGE);
        b.on(VERIFYING_PRD_COVERAGE, COVERAGE_CLEAN, WAITING_PRD_APPROVAL);
        b.on(VERIFYING_PRD_COVERAGE, COVERAGE_LIMIT_REACHED, WAITING_PRD_APPROVAL);
        b.on(WAITING_PRD_APPROVAL, APPROVE, DRAFTING_BEADS);
        b.on(DRAFTING_BEADS, DRAFTS_READY, COUNCIL_VOTING_BEADS);
        b.on(COUNCIL_VOTING_BEADS, WINNER_SELECTED, REFINING_BEADS);
        b.on(REFINING_BEADS, REFINED, VERIFYING_BEADS_COVERAGE);
        b.on(VERIFYING_BEADS_COVERAGE, COVERAGE_CLEAN, EXPANDING_BEADS);
        b.on(VERIFYING_BEADS_COVERAGE, COVERAGE_LIMIT_REACHED, EXPANDING_BEADS);
        b.on(EXPANDING_BEADS, EXPANDED, WAITING_BEADS_APPROVAL);
        b.on(WAITING_BEADS_APPROVAL, APPROVE, PRE_FLIGHT_CHECK);
        b.on(PRE_FLIGHT_CHECK, CHECKS_PASSED, WAITING_EXECUTION_SETUP_APPROVAL);
        b.on(PRE_FLIGHT_CHECK, CHECKS_FAILED, BLOCKED_ERROR);
        b.on(WAITING_EXECUTION_SETUP_APPROVAL, EXECUTION_SETUP_PLAN_READY, WAITING_EXECUTION_SETUP_APPROVAL);
        b.on(WAITING_EXECUTION_SETUP_APPROVAL, APPROVE_EXECUTION_SETUP_PLAN, PREPARING_EXECUTION_ENV);
        b.on(WAITING_EXECUTION_SETUP_APPROVAL, EXECUTION_SETUP_PLAN_FAILED, BLOCKED_ERROR);
        b.on(PREPARING_EXECUTION_ENV, EXECUTION_SETUP_READY, CODING);
        b.on(PREPARING_EXECUTION_ENV, EXECUTION_SETUP_FAILED, BLOCKED_ERROR);
        b.on(CODING, BEAD_COMPLETE, Guard.ALL_BEADS_COMPLETE, RUNNING_FINAL_TEST);
        b.on(CODING, BEAD_COMPLETE, CODING);
        b.on(CODING, ALL_BEADS_DONE, RUNNING_FINAL_TEST);
        b.on(CODING, BEAD_ERROR, BLOCKED_ERROR);
        b.on(RUNNING_FINAL_TEST, TESTS_PASSED, Guard.MANUAL_QA_ENABLED, GENERATING_QA_CHECKLIST);
        b.on(RUNNING_FINAL_TEST, TESTS_PASSED, INTEGRATING_CHANGES);
        b.on(RUNNING_FINAL_TEST, TESTS_FAILED, BLOCKED_ERROR);
        b.on(GENERATING_QA_CHECKLIST, QA_CHECKLIST_READY, WAITING_MANUAL_QA);
        b.on(WAITING_MANUAL_QA, MANUAL_QA_COMPLETE, INTEGRATING_CHANGES);
        b.on(WAITING_MANUAL_QA, MANUAL_QA_SKIPPED, INTEGRATING_CHANGES);
        b.on(WAITING_MANUAL_QA, MANUAL_QA_FIXES_CREATED, CODING);
        b.on(INTEGRATING_CHANGES, INTEGRATION_DONE, CREATING_PULL_REQUEST);
        b.on(CREATING_PULL_REQUEST, PULL_REQUEST_READY, WAITING_PR_REVIEW);
        b.on(WAITING_PR_REVIEW, MERGE_COMPLETE, CLEANING_ENV);
        b.on(WAITING_PR_REVIEW, CLOSE_UNMERGED_COMPLETE, CLEANING_ENV);
        b.on(CLEANING_ENV, CLEANUP_DONE, COMPLETED);

        for (TicketStatus status : TicketStatus.values()) {
            if (status.isTerminal()) {
                continue;
            }
            b.on(status, CANCEL, CANCELED);
            // DRAFT reports its only failure (workspace creation) as INIT_FAILED; a blocked ticket cannot fail again.
            if (status != DRAFT && status != BLOCKED_ERROR) {
                b.on(status, ERROR, BLOCKED_ERROR);
            }
        }
        for (PlanningRevision revision : PlanningRevision.values()) {
            for (TicketStatus invalidated : revision.invalidated()) {
                b.on(invalidated, revision.event(), revision.restartAt());
            }
            b.on(BLOCKED_ERROR, revision.event(), Guard.FAILED_IN_REVISED_PLANNING, revision.restartAt());
        }
        for (TicketStatus target : TicketStatus.values()) {
            if (target.isResumable()) {
                b.on(BLOCKED_ERROR, RETRY, Guard.PREVIOUS_STATUS_IS_TARGET, target);
                b.on(BLOCKED_ERROR, CONTINUE, Guard.PREVIOUS_STATUS_IS_TARGET, target);
            }
        }
        return b.freeze();
    }

    private static final class Builder {
        private final Map<TicketStatus, Map<TicketEventType, List<TransitionRule>>> rules =
                new EnumMap<>(TicketStatus.class);

        void on(TicketStatus from, TicketEventType event, TicketStatus to) {
            on(from, event, Guard.ALWAYS, to);
        }

        void on(TicketStatus from, TicketEventType event, Guard guard, TicketStatus to) {
            rules.computeIfAbsent(from, s -> new EnumMap<>(TicketEventType.class))
                    .computeIfAbsent(event, e -> new ArrayList<>())
                    .add(new TransitionRule(from, event, guard, to));
        }

        Map<TicketStatus, Map<TicketEventType, List<TransitionRule>>> freeze() {
            Map<TicketStatus, Map<TicketEventType, List<TransitionRule>>> frozen = new EnumMap<>(TicketStatus.class);
            rules.forEach((status, byEvent) -> {
                Map<TicketEventType, List<TransitionRule>> events = new EnumMap<>(TicketEventType.class);
                byEvent.forEach((event, list) -> events.put(event, List.copyOf(list)));
                frozen.put(status, Collections.unmodifiableMap(events));
            });
            return Collections.unmodifiableMap(frozen);
        }
    }
}

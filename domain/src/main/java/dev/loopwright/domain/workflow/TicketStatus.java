package dev.loopwright.domain.workflow;

import static dev.loopwright.domain.workflow.KanbanColumn.DONE;
import static dev.loopwright.domain.workflow.KanbanColumn.IN_PROGRESS;
import static dev.loopwright.domain.workflow.KanbanColumn.NEEDS_INPUT;
import static dev.loopwright.domain.workflow.KanbanColumn.TODO;

import java.util.Optional;

/**
 * Every status a ticket can be in, declared in workflow order: the ordinal is the position in the
 * linear workflow, which "before execution" and "at or past" comparisons rely on.
 */
public enum TicketStatus {
    DRAFT("Backlog", PhaseGroup.TODO, TODO, UiView.DRAFT, true, false, null, null,
            "The ticket is written but not started. Title, description and priority can still change;"
                    + " starting it locks the models and planning settings."),
    SCANNING_RELEVANT_FILES("Scanning Relevant Files", PhaseGroup.DISCOVERY, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The main implementer reads the repository and lists the files that matter for this ticket,"
                    + " so later prompts carry focused context instead of the whole tree."),
    COUNCIL_DELIBERATING("Council Drafting Questions", PhaseGroup.INTERVIEW, IN_PROGRESS, UiView.COUNCIL, true, true, null, null,
            "Each council model independently drafts the interview questions it would ask before planning."),
    COUNCIL_VOTING_INTERVIEW("Voting on Questions", PhaseGroup.INTERVIEW, IN_PROGRESS, UiView.COUNCIL, true, true, null, null,
            "Council members score the anonymised question drafts on a shared rubric; the highest total wins."),
    COMPILING_INTERVIEW("Refining Interview", PhaseGroup.INTERVIEW, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The winning model merges the best ideas of the other drafts into one question list and"
                    + " accounts for every change it makes."),
    WAITING_INTERVIEW_ANSWERS("Interviewing", PhaseGroup.INTERVIEW, NEEDS_INPUT, UiView.INTERVIEW_QA, true, false, null, ProgressKind.QUESTIONS,
            "The user answers the interview in small batches; the interviewer adapts follow-ups to the answers."),
    VERIFYING_INTERVIEW_COVERAGE("Coverage Check (Interview)", PhaseGroup.INTERVIEW, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The answers are checked against the ticket; gaps turn into a bounded round of follow-up questions."),
    WAITING_INTERVIEW_APPROVAL("Approving Interview", PhaseGroup.INTERVIEW, NEEDS_INPUT, UiView.APPROVAL, true, false, ReviewArtifactType.INTERVIEW, null,
            "The user reviews, edits and approves the interview record that the specification will build on."),
    DRAFTING_PRD("Council Drafting Specs", PhaseGroup.PRD, IN_PROGRESS, UiView.COUNCIL, true, true, null, null,
            "Each council model fills the skipped answers for itself and drafts a product requirements document."),
    COUNCIL_VOTING_PRD("Voting on Specs", PhaseGroup.PRD, IN_PROGRESS, UiView.COUNCIL, true, true, null, null,
            "Council members score the anonymised specification drafts; the highest total wins."),
    REFINING_PRD("Refining Specs", PhaseGroup.PRD, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The winning model improves its specification with ideas from the other drafts, listing each change."),
    VERIFYING_PRD_COVERAGE("Coverage Check (PRD)", PhaseGroup.PRD, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The specification is audited against the answers and revised in versions until clean or the pass limit."),
    WAITING_PRD_APPROVAL("Approving Specs", PhaseGroup.PRD, NEEDS_INPUT, UiView.APPROVAL, true, false, ReviewArtifactType.PRD, null,
            "The user reviews, edits and approves the specification that the bead plan will implement."),
    DRAFTING_BEADS("Council Drafting Blueprint", PhaseGroup.BEADS, IN_PROGRESS, UiView.COUNCIL, true, true, null, null,
            "Each council model splits the specification into small beads with acceptance criteria and test commands."),
    COUNCIL_VOTING_BEADS("Voting on Blueprint", PhaseGroup.BEADS, IN_PROGRESS, UiView.COUNCIL, true, true, null, null,
            "Council members score the anonymised bead blueprints; the highest total wins."),
    REFINING_BEADS("Refining Blueprint", PhaseGroup.BEADS, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The winning model refines its blueprint with ideas from the alternatives, keeping order and ids."),
    VERIFYING_BEADS_COVERAGE("Coverage Check (Beads)", PhaseGroup.BEADS, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The blueprint is audited against the specification and revised until every requirement is covered."),
    EXPANDING_BEADS("Expanding Blueprint", PhaseGroup.BEADS, IN_PROGRESS, UiView.COUNCIL, true, false, null, null,
            "The blueprint becomes full bead records: dependencies, target files and labels, with ids owned by us."),
    WAITING_BEADS_APPROVAL("Approving Blueprint", PhaseGroup.BEADS, NEEDS_INPUT, UiView.APPROVAL, true, false, ReviewArtifactType.BEADS, null,
            "The user reviews, edits and approves the bead plan; it is the contract for implementation."),
    PRE_FLIGHT_CHECK("Checking Readiness", PhaseGroup.PRE_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, true, false, null, null,
            "Checks that the repository, the model runtime, the models and the bead graph are ready for coding."),
    WAITING_EXECUTION_SETUP_APPROVAL("Approving Workspace Setup", PhaseGroup.PRE_IMPLEMENTATION, NEEDS_INPUT, UiView.APPROVAL, true, false,
            ReviewArtifactType.EXECUTION_SETUP_PLAN, null,
            "A plan for preparing the working copy (dependencies, probes, hooks) waits for the user's approval"
                    + " before any command runs."),
    PREPARING_EXECUTION_ENV("Preparing Workspace Runtime", PhaseGroup.PRE_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false, null, null,
            "The approved setup plan runs in the ticket's working copy and must leave nothing to commit."),
    CODING("Implementing", PhaseGroup.IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false, null, ProgressKind.BEADS,
            "Beads are implemented one by one by a coding agent, each retried with fresh context until its own"
                    + " tests pass, then committed."),
    RUNNING_FINAL_TEST("Testing Implementation", PhaseGroup.POST_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false, null, null,
            "The full set of test commands runs on the finished branch."),
    GENERATING_QA_CHECKLIST("Preparing Manual QA", PhaseGroup.POST_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false,
            ReviewArtifactType.MANUAL_QA_CHECKLIST, null,
            "A checklist for a human tester is written from the specification and the delivered beads."),
    WAITING_MANUAL_QA("Manual QA", PhaseGroup.POST_IMPLEMENTATION, NEEDS_INPUT, UiView.MANUAL_QA, false, false,
            ReviewArtifactType.MANUAL_QA_CHECKLIST, null,
            "A human works through the checklist and either accepts the change or files fixes as new beads."),
    INTEGRATING_CHANGES("Preparing Final Commit", PhaseGroup.POST_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false, null, null,
            "The bead commits are squashed into one integration commit on the ticket branch."),
    CREATING_PULL_REQUEST("Creating Pull Request", PhaseGroup.POST_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false, null, null,
            "The ticket branch is pushed and a pull request is opened for review."),
    WAITING_PR_REVIEW("Reviewing Pull Request", PhaseGroup.POST_IMPLEMENTATION, NEEDS_INPUT, UiView.CODING, false, false, null, null,
            "The pull request waits for the user to merge it or close it unmerged."),
    CLEANING_ENV("Cleaning Up", PhaseGroup.POST_IMPLEMENTATION, IN_PROGRESS, UiView.CODING, false, false, null, null,
            "Temporary runtime files and the ticket's working copy are removed."),
    COMPLETED("Done", PhaseGroup.DONE, DONE, UiView.DONE, false, false, null, null,
            "The ticket is finished. Nothing runs any more."),
    CANCELED("Canceled", PhaseGroup.DONE, DONE, UiView.CANCELED, false, false, null, null,
            "The ticket was canceled. Nothing runs any more."),
    BLOCKED_ERROR("Error", PhaseGroup.ERRORS, NEEDS_INPUT, UiView.ERROR, false, false, null, null,
            "A phase failed. The ticket remembers where it stopped and can be retried, continued or canceled.");

    private final String label;
    private final PhaseGroup group;
    private final KanbanColumn kanbanColumn;
    private final UiView uiView;
    private final boolean editable;
    private final boolean multiModelLogs;
    private final ReviewArtifactType reviewArtifact;
    private final ProgressKind progressKind;
    private final String description;

    TicketStatus(String label, PhaseGroup group, KanbanColumn kanbanColumn, UiView uiView, boolean editable,
            boolean multiModelLogs, ReviewArtifactType reviewArtifact, ProgressKind progressKind, String description) {
        this.label = label;
        this.group = group;
        this.kanbanColumn = kanbanColumn;
        this.uiView = uiView;
        this.editable = editable;
        this.multiModelLogs = multiModelLogs;
        this.reviewArtifact = reviewArtifact;
        this.progressKind = progressKind;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public PhaseGroup group() {
        return group;
    }

    public KanbanColumn kanbanColumn() {
        return kanbanColumn;
    }

    public UiView uiView() {
        return uiView;
    }

    /** Whether the ticket's planning inputs may still be edited in this status. */
    public boolean editable() {
        return editable;
    }

    /** Whether several council models write logs side by side in this status. */
    public boolean multiModelLogs() {
        return multiModelLogs;
    }

    public Optional<ReviewArtifactType> reviewArtifact() {
        return Optional.ofNullable(reviewArtifact);
    }

    public Optional<ProgressKind> progressKind() {
        return Optional.ofNullable(progressKind);
    }

    public String description() {
        return description;
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELED;
    }

    /** Statuses a blocked ticket can be sent back to: every working status from DRAFT to CLEANING_ENV. */
    public boolean isResumable() {
        return compareTo(CLEANING_ENV) <= 0;
    }

    /** PRE_FLIGHT_CHECK … CLEANING_ENV: at most one ticket per project may be here at a time. */
    public boolean isInExecutionBand() {
        return compareTo(PRE_FLIGHT_CHECK) >= 0 && compareTo(CLEANING_ENV) <= 0;
    }

    /** Planning artifacts may be edited (and planning restarted) only before execution starts. */
    public boolean isBeforeExecution() {
        return compareTo(PRE_FLIGHT_CHECK) < 0;
    }

    /** Phases whose artifacts are versioned by phase attempts; coding keeps its own per-bead history. */
    public boolean isAttemptTracked() {
        return group != PhaseGroup.IMPLEMENTATION && group != PhaseGroup.DONE && group != PhaseGroup.ERRORS;
    }
}

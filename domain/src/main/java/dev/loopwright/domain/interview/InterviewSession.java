package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.ModelId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live interview: every question known so far, the answers given, the batch waiting for the user and
 * what was asked before. It is a snapshot that is stored after each step, so a restart resumes exactly
 * here; every operation returns a new session and leaves this one untouched.
 *
 * @param winnerModel the council model that won the interview vote and conducts the interview
 * @param maxInitialQuestions the question count locked when the ticket started
 * @param maxFollowUps the coverage follow-up budget, see {@link #followUpBudget(int, int)}
 * @param answers by question id, in question order
 */
public record InterviewSession(
        ModelId winnerModel,
        int maxInitialQuestions,
        int maxFollowUps,
        List<InterviewQuestion> questions,
        Map<String, InterviewAnswer> answers,
        Optional<InterviewBatch> currentBatch,
        List<SubmittedBatch> batchHistory,
        List<FollowUpRound> followUpRounds,
        Optional<Instant> completedAt,
        Instant updatedAt) {

    public InterviewSession {
        Violations violations = new Violations();
        violations.required("winnerModel", winnerModel);
        if (maxInitialQuestions < 0) {
            violations.add("maxInitialQuestions", "maxInitialQuestions must be at least 0, got " + maxInitialQuestions);
        }
        if (maxFollowUps < 0) {
            violations.add("maxFollowUps", "maxFollowUps must be at least 0, got " + maxFollowUps);
        }
        questions = FieldChecks.list(violations, "questions", questions);
        currentBatch = FieldChecks.orEmpty(currentBatch);
        batchHistory = FieldChecks.list(violations, "batchHistory", batchHistory);
        followUpRounds = FieldChecks.list(violations, "followUpRounds", followUpRounds);
        completedAt = FieldChecks.orEmpty(completedAt);
        violations.required("updatedAt", updatedAt);

        Map<String, InterviewQuestion> byId = checkQuestions(violations, questions);
        answers = checkAnswers(violations, questions, byId, answers);
        checkCurrentBatch(violations, byId, answers, currentBatch, completedAt, batchHistory);
        checkHistory(violations, byId, batchHistory);
        checkRounds(violations, byId, followUpRounds);
        violations.throwIfAny();
    }

    /** A fresh interview over the council's compiled questions, before the first batch is asked. */
    public static InterviewSession start(ModelId winnerModel, int maxInitialQuestions, int followUpBudgetPercent,
            List<InterviewQuestion> compiledQuestions, Instant now) {
        Violations violations = new Violations();
        for (InterviewQuestion question : compiledQuestions) {
            if (question.source() != QuestionSource.COMPILED) {
                violations.add("questions", "question " + question.id() + " seeds the interview, so its source must be"
                        + " compiled, not " + question.source().wireName());
            }
        }
        violations.throwIfAny();
        return new InterviewSession(winnerModel, maxInitialQuestions,
                followUpBudget(maxInitialQuestions, followUpBudgetPercent), compiledQuestions, Map.of(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), now);
    }

    /**
     * How many coverage follow-up questions an interview of {@code maxInitialQuestions} may add:
     * {@code floor(n × percent / 100)}, at least 1.
     * <p>
     * The reference returns at least 1 even at 0 %, so a user who turned follow-ups off still got one. We
     * return 0 when the percentage is 0, because 0 % is how a user says "no follow-ups" and a setting that
     * cannot be switched off is a surprise. Any positive percentage still grants at least one question, so a
     * small interview is never left without a chance to close a gap.
     */
    public static int followUpBudget(int maxInitialQuestions, int percent) {
        Violations violations = new Violations();
        if (maxInitialQuestions < 0) {
            violations.add("maxInitialQuestions", "maxInitialQuestions must be at least 0, got " + maxInitialQuestions);
        }
        violations.range("coverageFollowUpBudgetPercent", percent, 0, 100, "percent");
        violations.throwIfAny();
        if (percent == 0) {
            return 0;
        }
        return (int) Math.max(1, (long) maxInitialQuestions * percent / 100);
    }

    // ---- operations -------------------------------------------------------------------------------------

    /**
     * Puts {@code batch} before the user. Questions new to the session are added (follow-ups to their round);
     * a question already known may be rephrased but keeps its source and round, and is not asked again once
     * answered. A coverage batch reopens a completed interview, since it is how coverage asks for more.
     */
    public InterviewSession presentBatch(InterviewBatch batch, Instant now) {
        Objects.requireNonNull(batch, "batch");
        currentBatch.ifPresent(waiting -> {
            throw new IllegalStateException("batch " + waiting.batchNumber() + " is still waiting for answers");
        });
        if (isComplete() && batch.source() != BatchSource.COVERAGE) {
            throw new IllegalStateException("the interview is complete; only a coverage batch can reopen it");
        }
        Violations violations = new Violations();
        int last = lastBatchNumber();
        if (batch.batchNumber() <= last) {
            violations.add("batchNumber", "batchNumber must be greater than " + last
                    + ", the last submitted batch, got " + batch.batchNumber());
        }
        List<InterviewQuestion> merged = new ArrayList<>(questions);
        List<FollowUpRound> rounds = new ArrayList<>(followUpRounds);
        for (InterviewQuestion asked : batch.questions()) {
            int index = indexOf(merged, asked.id());
            if (index < 0) {
                merged.add(asked);
                if (asked.isFollowUp()) {
                    addToRound(rounds, asked);
                }
                continue;
            }
            InterviewQuestion known = merged.get(index);
            if (known.source() != asked.source() || !known.followUpRound().equals(asked.followUpRound())) {
                violations.add("questions", "question " + asked.id() + " was already asked as " + describe(known)
                        + ", not as " + describe(asked));
            } else if (answers.containsKey(asked.id())) {
                violations.add("questions", "question " + asked.id()
                        + " is already answered; edit the answer instead of asking again");
            } else {
                merged.set(index, asked);
            }
        }
        violations.throwIfAny();
        Optional<Instant> completed = batch.source() == BatchSource.COVERAGE ? Optional.empty() : completedAt;
        return new InterviewSession(winnerModel, maxInitialQuestions, maxFollowUps, merged, answers,
                Optional.of(batch), batchHistory, rounds, completed, now);
    }

    /**
     * Records the user's answers to the current batch: every question of the batch gets an answer, and one
     * the user left blank (no text, nothing selected) is recorded as skipped. Naming a question outside the
     * batch is an error, as is selecting an option the question does not offer. Answering a coverage batch
     * completes the interview: coverage asks all its follow-ups at once and has nothing more to add.
     */
    public InterviewSession answerCurrentBatch(Map<String, AnswerSubmission> submissions, Instant now) {
        InterviewBatch batch = currentBatch.orElseThrow(
                () -> new IllegalStateException("there is no batch waiting for answers"));
        Objects.requireNonNull(submissions, "submissions");
        Violations violations = new Violations();
        for (String questionId : new TreeSet<>(submissions.keySet())) {
            if (!batch.contains(questionId)) {
                violations.add("answers", "question " + questionId + " is not in batch " + batch.batchNumber());
            }
        }
        Map<String, InterviewAnswer> recorded = new LinkedHashMap<>(answers);
        for (InterviewQuestion question : batch.questions()) {
            AnswerSubmission submission = submissions.get(question.id());
            InterviewAnswer answer = InterviewAnswer.fromUser(
                    submission == null ? AnswerSubmission.EMPTY : submission, now);
            violations.addAll(answer.violationsAgainst(question));
            recorded.put(question.id(), answer);
        }
        violations.throwIfAny();
        List<SubmittedBatch> history = new ArrayList<>(batchHistory);
        history.add(SubmittedBatch.of(batch, now));
        Optional<Instant> completed = batch.source() == BatchSource.COVERAGE ? Optional.of(now) : completedAt;
        return new InterviewSession(winnerModel, maxInitialQuestions, maxFollowUps, questions, recorded,
                Optional.empty(), history, followUpRounds, completed, now);
    }

    /**
     * Changes an answer already given or skipped. A blank edit skips the question; text on a skipped question
     * un-skips it. Unlike the reference, selected options are part of the edit and survive it.
     */
    public InterviewSession editAnswer(String questionId, AnswerSubmission edit, Instant now) {
        Objects.requireNonNull(edit, "edit");
        InterviewQuestion question = question(questionId).orElseThrow(
                () -> ValidationException.of("questionId", "unknown question " + questionId));
        if (!answers.containsKey(questionId)) {
            throw ValidationException.of("questionId", "question " + questionId
                    + " has not been answered or skipped yet, so there is no answer to edit");
        }
        InterviewAnswer answer = InterviewAnswer.fromUser(edit, now);
        answer.checkAgainst(question);
        Map<String, InterviewAnswer> recorded = new LinkedHashMap<>(answers);
        recorded.put(questionId, answer);
        return new InterviewSession(winnerModel, maxInitialQuestions, maxFollowUps, questions, recorded,
                currentBatch, batchHistory, followUpRounds, completedAt, now);
    }

    /**
     * Ends the interview at once: records what the user entered for the current batch (if there is one),
     * marks every question still without an answer as skipped, and completes the session.
     */
    public InterviewSession skipAllRemaining(Map<String, AnswerSubmission> currentBatchSubmissions, Instant now) {
        Objects.requireNonNull(currentBatchSubmissions, "currentBatchSubmissions");
        InterviewSession session = this;
        if (currentBatch.isPresent()) {
            session = answerCurrentBatch(currentBatchSubmissions, now);
        } else if (!currentBatchSubmissions.isEmpty()) {
            throw ValidationException.of("answers", "there is no batch waiting for answers, so none can be recorded");
        } else if (isComplete()) {
            throw new IllegalStateException("the interview is already complete");
        }
        Map<String, InterviewAnswer> recorded = new LinkedHashMap<>(session.answers);
        for (InterviewQuestion question : questions) {
            recorded.putIfAbsent(question.id(), InterviewAnswer.skipped(Optional.of(now)));
        }
        return new InterviewSession(winnerModel, maxInitialQuestions, maxFollowUps, questions, recorded,
                Optional.empty(), session.batchHistory, followUpRounds, Optional.of(now), now);
    }

    public InterviewSession skipAllRemaining(Instant now) {
        return skipAllRemaining(Map.of(), now);
    }

    /**
     * Marks the interview complete once the interviewer has nothing more to ask. Completing twice returns the
     * same session, so a step repeated after a restart does no harm.
     */
    public InterviewSession complete(Instant now) {
        currentBatch.ifPresent(waiting -> {
            throw new IllegalStateException("batch " + waiting.batchNumber() + " is still waiting for answers");
        });
        if (isComplete()) {
            return this;
        }
        return new InterviewSession(winnerModel, maxInitialQuestions, maxFollowUps, questions, answers,
                Optional.empty(), batchHistory, followUpRounds, Optional.of(now), now);
    }

    // ---- queries ----------------------------------------------------------------------------------------

    public boolean isComplete() {
        return completedAt.isPresent();
    }

    public Optional<InterviewQuestion> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** Every question id, in the order the questions were added. */
    public List<String> questionIds() {
        return questions.stream().map(InterviewQuestion::id).toList();
    }

    public Optional<InterviewAnswer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** How the question shows in the interview view; the current batch wins over an older answer. */
    public QuestionStatus statusOf(String questionId) {
        if (question(questionId).isEmpty()) {
            throw ValidationException.of("questionId", "unknown question " + questionId);
        }
        if (currentBatch.map(batch -> batch.contains(questionId)).orElse(false)) {
            return QuestionStatus.CURRENT;
        }
        InterviewAnswer answer = answers.get(questionId);
        if (answer == null) {
            return QuestionStatus.PENDING;
        }
        return answer.skipped() ? QuestionStatus.SKIPPED : QuestionStatus.ANSWERED;
    }

    /** Questions with no answer yet, in question order (those in the current batch included). */
    public List<String> unansweredQuestionIds() {
        return questions.stream().map(InterviewQuestion::id).filter(id -> !answers.containsKey(id)).toList();
    }

    /** The number of the last submitted batch, 0 before the first. */
    public int lastBatchNumber() {
        return batchHistory.isEmpty() ? 0 : batchHistory.get(batchHistory.size() - 1).batchNumber();
    }

    /** The next round number for follow-ups from {@code source}: rounds are numbered per source. */
    public int nextRoundNumber(BatchSource source) {
        return followUpRounds.stream().filter(round -> round.source() == source)
                .mapToInt(FollowUpRound::roundNumber).max().orElse(0) + 1;
    }

    /** Coverage follow-ups asked so far; the interviewer's own follow-ups do not use this budget. */
    public int coverageFollowUpsUsed() {
        return followUpRounds.stream().filter(round -> round.source() == BatchSource.COVERAGE)
                .mapToInt(round -> round.questionIds().size()).sum();
    }

    public int coverageFollowUpsRemaining() {
        return Math.max(0, maxFollowUps - coverageFollowUpsUsed());
    }

    // ---- checks -----------------------------------------------------------------------------------------

    private static Map<String, InterviewQuestion> checkQuestions(Violations violations,
            List<InterviewQuestion> questions) {
        Set<String> repeated = FieldChecks.duplicates(questions.stream().map(InterviewQuestion::id).toList());
        if (!repeated.isEmpty()) {
            violations.add("questions", "question ids must be unique; repeated: " + String.join(", ", repeated));
        }
        Map<String, InterviewQuestion> byId = new LinkedHashMap<>();
        questions.forEach(question -> byId.putIfAbsent(question.id(), question));
        return byId;
    }

    /** Copies the answers in question order, so whatever is written from them comes out the same each time. */
    private static Map<String, InterviewAnswer> checkAnswers(Violations violations, List<InterviewQuestion> questions,
            Map<String, InterviewQuestion> byId, Map<String, InterviewAnswer> answers) {
        if (answers == null) {
            violations.add("answers", "answers is required");
            return Map.of();
        }
        for (String questionId : new TreeSet<>(answers.keySet())) {
            if (!byId.containsKey(questionId)) {
                violations.add("answers", "answers names unknown question " + questionId);
            }
        }
        Map<String, InterviewAnswer> ordered = new LinkedHashMap<>();
        for (InterviewQuestion question : byId.values()) {
            InterviewAnswer answer = answers.get(question.id());
            if (answer != null) {
                violations.addAll(answer.violationsAgainst(question));
                ordered.put(question.id(), answer);
            } else if (answers.containsKey(question.id())) {
                violations.add("answers", "the answer to question " + question.id() + " is missing");
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static void checkCurrentBatch(Violations violations, Map<String, InterviewQuestion> byId,
            Map<String, InterviewAnswer> answers, Optional<InterviewBatch> currentBatch,
            Optional<Instant> completedAt, List<SubmittedBatch> history) {
        if (currentBatch.isEmpty()) {
            return;
        }
        InterviewBatch batch = currentBatch.get();
        if (completedAt.isPresent()) {
            violations.add("currentBatch", "a completed interview has no batch waiting for answers");
        }
        for (String questionId : batch.questionIds()) {
            if (!byId.containsKey(questionId)) {
                violations.add("currentBatch", "batch " + batch.batchNumber() + " asks unknown question " + questionId);
            } else if (answers.containsKey(questionId)) {
                violations.add("currentBatch", "batch " + batch.batchNumber() + " asks question " + questionId
                        + ", which is already answered");
            }
        }
        if (!history.isEmpty() && batch.batchNumber() <= history.get(history.size() - 1).batchNumber()) {
            violations.add("currentBatch", "the current batch number must be greater than the last submitted one");
        }
    }

    private static void checkHistory(Violations violations, Map<String, InterviewQuestion> byId,
            List<SubmittedBatch> history) {
        int previous = 0;
        for (SubmittedBatch submitted : history) {
            if (submitted.batchNumber() <= previous) {
                violations.add("batchHistory", "batchHistory must be in increasing batch order; batch "
                        + submitted.batchNumber() + " follows batch " + previous);
            }
            previous = submitted.batchNumber();
            for (String questionId : submitted.questionIds()) {
                if (!byId.containsKey(questionId)) {
                    violations.add("batchHistory", "batch " + submitted.batchNumber() + " names unknown question "
                            + questionId);
                }
            }
        }
    }

    private static void checkRounds(Violations violations, Map<String, InterviewQuestion> byId,
            List<FollowUpRound> rounds) {
        Set<String> repeated = FieldChecks.duplicates(rounds.stream()
                .map(round -> round.source().wireName() + " round " + round.roundNumber()).toList());
        if (!repeated.isEmpty()) {
            violations.add("followUpRounds", "follow-up rounds must be unique per source; repeated: "
                    + String.join(", ", repeated));
        }
        for (FollowUpRound round : rounds) {
            for (String questionId : round.questionIds()) {
                if (!byId.containsKey(questionId)) {
                    violations.add("followUpRounds", round.source().wireName() + " round " + round.roundNumber()
                            + " names unknown question " + questionId);
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static int indexOf(List<InterviewQuestion> questions, String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }

    private static void addToRound(List<FollowUpRound> rounds, InterviewQuestion question) {
        BatchSource source = question.source() == QuestionSource.COVERAGE_FOLLOW_UP
                ? BatchSource.COVERAGE : BatchSource.INTERVIEWER;
        int number = question.followUpRound().orElseThrow();
        for (int i = 0; i < rounds.size(); i++) {
            FollowUpRound round = rounds.get(i);
            if (round.source() == source && round.roundNumber() == number) {
                rounds.set(i, round.with(question.id()));
                return;
            }
        }
        rounds.add(new FollowUpRound(number, source, List.of(question.id())));
    }

    private static String describe(InterviewQuestion question) {
        return question.source().wireName()
                + question.followUpRound().map(round -> " (round " + round + ")").orElse("");
    }
}

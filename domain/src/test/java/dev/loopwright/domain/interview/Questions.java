package dev.loopwright.domain.interview;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Small builders for interview tests. */
final class Questions {
    private Questions() {
    }

    static List<QuestionOption> options(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new QuestionOption("opt" + i, "Option " + i)).toList();
    }

    static InterviewQuestion choice(String id, AnswerType type, int optionCount) {
        return new InterviewQuestion(id, "Which one?", InterviewPhase.STRUCTURE, Optional.of(QuestionPriority.HIGH),
                Optional.of("drives the data model"), QuestionSource.COMPILED, Optional.empty(), type,
                options(optionCount));
    }

    static InterviewQuestion compiled(String id) {
        return InterviewQuestion.compiled(id, InterviewPhase.FOUNDATION, "What is " + id + " about?");
    }

    static InterviewQuestion followUp(String id, QuestionSource source, int round) {
        return new InterviewQuestion(id, "And " + id + "?", InterviewPhase.ASSEMBLY, Optional.empty(),
                Optional.empty(), source, Optional.of(round), AnswerType.FREE_TEXT, List.of());
    }

    static InterviewQuestion finalFreeForm(String id) {
        return new InterviewQuestion(id, "Anything else to add?", InterviewPhase.ASSEMBLY, Optional.empty(),
                Optional.empty(), QuestionSource.FINAL_FREE_FORM, Optional.empty(), AnswerType.FREE_TEXT, List.of());
    }

    static InterviewBatch batch(int number, InterviewQuestion... questions) {
        return new InterviewBatch(number, List.of(questions), new BatchProgress(number, number + 2), false, "",
                BatchSource.INTERVIEWER, Optional.empty());
    }

    static InterviewBatch finalBatch(int number, InterviewQuestion question) {
        return new InterviewBatch(number, List.of(question), new BatchProgress(number, number), true, "Last one.",
                BatchSource.INTERVIEWER, Optional.empty());
    }

    static InterviewBatch coverageBatch(int number, int round, InterviewQuestion... questions) {
        return new InterviewBatch(number, List.of(questions), new BatchProgress(number, number + questions.length),
                false, "", BatchSource.COVERAGE, Optional.of(round));
    }
}

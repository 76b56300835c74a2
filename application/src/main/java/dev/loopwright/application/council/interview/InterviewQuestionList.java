package dev.loopwright.application.council.interview;

import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.QuestionSource;
import java.util.List;

/** The council's interview questions: compiled free-text questions in phase order, ids unique. */
public record InterviewQuestionList(List<InterviewQuestion> questions) {
    public InterviewQuestionList {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("an interview has at least one question");
        }
        if (questions.stream().map(InterviewQuestion::id).distinct().count() != questions.size()) {
            throw new IllegalArgumentException("question ids must be unique");
        }
        if (questions.stream().anyMatch(question -> question.source() != QuestionSource.COMPILED)) {
            throw new IllegalArgumentException("the council compiles questions; follow-ups come later");
        }
    }
}

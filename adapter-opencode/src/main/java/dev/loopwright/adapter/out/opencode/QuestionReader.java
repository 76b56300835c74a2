package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads OpenCode's {@code QuestionRequest}: {@code {id, sessionID, questions: [{question, header, options}]}}. */
final class QuestionReader {
    private QuestionReader() {
    }

    static PendingQuestion read(JsonNode request, Path directory) {
        List<PendingQuestion.Question> questions = new ArrayList<>();
        for (JsonNode question : request.path("questions")) {
            List<String> options = new ArrayList<>();
            question.path("options").forEach(option -> options.add(option.path("label").asText()));
            questions.add(new PendingQuestion.Question(question.path("question").asText(),
                    question.path("header").asText(""), options, question.path("multiple").asBoolean(false)));
        }
        return new PendingQuestion(request.path("id").asText(), request.path("sessionID").asText(), directory,
                questions);
    }
}

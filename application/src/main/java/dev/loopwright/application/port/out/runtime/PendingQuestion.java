package dev.loopwright.application.port.out.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The agent stopped to ask the user something; it waits until the question is answered or rejected. */
public record PendingQuestion(String id, String sessionId, Path directory, List<Question> questions) {
    public PendingQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(directory, "directory");
        questions = List.copyOf(questions);
    }

    /** One question with the labels the user may pick; {@code multiple} allows more than one. */
    public record Question(String text, String header, List<String> options, boolean multiple) {
        public Question {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(header, "header");
            options = List.copyOf(options);
        }
    }
}

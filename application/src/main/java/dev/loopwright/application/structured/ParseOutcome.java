package dev.loopwright.application.structured;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** What became of a model's reply: a document with the repairs it needed, or a classified failure. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Failed {

    /** @param warnings one line per repair or recovery applied, in order; empty when the reply was clean */
    record Parsed(JsonNode document, List<String> warnings) implements ParseOutcome {
        public Parsed {
            Objects.requireNonNull(document, "document");
            warnings = List.copyOf(warnings);
        }
    }

    record Failed(FailureClass failure, String message) implements ParseOutcome {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Decides the retry: a corrective prompt for what the model got wrong, a plain resend for the rest. */
    enum FailureClass {
        /** Nothing came back: resend. */
        EMPTY_RESPONSE(false),
        /** The model repeated our prompt instead of answering: resend. */
        PROMPT_ECHO(false),
        /** No candidate parsed as YAML or JSON with the expected keys: tell the model what was wrong. */
        NOT_PARSEABLE(true),
        /** The reply is longer than any artifact we ask for (a runaway generation): ask for a concise answer. */
        OUTPUT_TOO_LARGE(true);

        private final boolean corrective;

        FailureClass(boolean corrective) {
            this.corrective = corrective;
        }

        /** Whether the retry should explain the error to the model rather than resend the prompt. */
        public boolean corrective() {
            return corrective;
        }
    }
}

package dev.loopwright.application.interview;

import dev.loopwright.domain.interview.InterviewBatch;
import dev.loopwright.domain.interview.InterviewSummary;
import java.util.Objects;

/** What the interviewer answered one turn with, validated against the session: the next batch, or the end. */
sealed interface Turn permits Turn.Ask, Turn.Finish {

    /** The next questions for the author, already checked to fit the session. */
    record Ask(InterviewBatch batch) implements Turn {
        public Ask {
            Objects.requireNonNull(batch, "batch");
        }
    }

    /** The interviewer has nothing more to ask; only the summary fields of its closing output are kept. */
    record Finish(InterviewSummary summary) implements Turn {
        public Finish {
            Objects.requireNonNull(summary, "summary");
        }
    }
}

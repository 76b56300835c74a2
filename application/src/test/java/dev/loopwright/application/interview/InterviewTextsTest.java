package dev.loopwright.application.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.AnswerType;
import dev.loopwright.domain.interview.BatchProgress;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.InterviewBatch;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.InterviewSummary;
import dev.loopwright.domain.interview.QuestionOption;
import dev.loopwright.domain.interview.QuestionPriority;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stored session JSON and the canonical interview YAML read back exactly what was written. */
class InterviewTextsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static InterviewSession session() {
        InterviewSession started = InterviewSession.start(new ModelId("openai/gpt-5"), 3, 50,
                List.of(InterviewQuestion.compiled("Q01", InterviewPhase.FOUNDATION, "Who: owners or staff?")), NOW);
        InterviewQuestion followUp = new InterviewQuestion("FU1", "Which format?", InterviewPhase.ASSEMBLY,
                Optional.of(QuestionPriority.HIGH), Optional.of("Dates vary"), QuestionSource.PROMPT_FOLLOW_UP,
                Optional.of(1), AnswerType.MULTIPLE_CHOICE,
                List.of(new QuestionOption("yes", "yes"), new QuestionOption("opt2", "42")));
        return started.presentBatch(new InterviewBatch(1, List.of(started.questions().get(0), followUp),
                        new BatchProgress(1, 2), false, "first", BatchSource.INTERVIEWER, Optional.empty()), NOW)
                .answerCurrentBatch(Map.of("Q01", AnswerSubmission.text("true"),
                        "FU1", AnswerSubmission.choice(List.of("yes", "opt2"), "null\nand: more")), NOW.plusSeconds(5));
    }

    @Test
    void theSessionSnapshotRoundTrips() {
        InterviewSession session = session();

        assertThat(SessionJson.read(SessionJson.write(session))).isEqualTo(session);
        InterviewSession complete = session.complete(NOW.plusSeconds(9));
        assertThat(SessionJson.read(SessionJson.write(complete))).isEqualTo(complete);
    }

    @Test
    void theCanonicalYamlRoundTripsEvenForTextThatLooksLikeOtherTypes() {
        InterviewDocument document = InterviewDocument.fromSession(ExternalId.parse("SHOP-1"),
                session().complete(NOW.plusSeconds(9)), new InterviewSummary(List.of("no"), List.of("1.5"),
                        List.of(), "~"));
        String yaml = InterviewYaml.write(document);

        InterviewDocument read = InterviewYaml.read(yaml, ExternalId.parse("SHOP-1"));

        assertThat(read).isEqualTo(document);
        assertThat(InterviewYaml.write(read)).isEqualTo(yaml);
        InterviewDocument approved = document.approve("user", NOW.plusSeconds(20));
        assertThat(InterviewYaml.read(InterviewYaml.write(approved), ExternalId.parse("SHOP-1"))).isEqualTo(approved);
    }
}

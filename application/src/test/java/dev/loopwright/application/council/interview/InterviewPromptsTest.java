package dev.loopwright.application.council.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.InMemoryArtifactRepository;
import dev.loopwright.application.fake.InMemoryPhaseAttemptRepository;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.domain.council.Rubric;
import org.junit.jupiter.api.Test;

class InterviewPromptsTest {
    private final InterviewCouncil council = new InterviewCouncil(new InMemoryPhaseAttemptRepository(),
            new InMemoryArtifactRepository(new InMemoryPhaseAttemptRepository()));

    @Test
    void eachPromptComesFromItsResourceWithAnOutputFormatTheReaderChecks() {
        PromptSpec draft = council.draftPrompt(TestSettings.locked());
        PromptSpec vote = council.votePrompt();
        PromptSpec refine = council.refinePrompt(TestSettings.locked());

        assertThat(draft.phase()).isEqualTo(PromptPhase.INTERVIEW_DRAFT);
        assertThat(draft.task()).contains("Ask at most 50 questions").doesNotContain("{{");
        assertThat(draft.instructions()).hasSize(6);
        assertThat(draft.outputFormat()).contains("questions:", "id:", "phase:", "question:");
        assertThat(refine.outputFormat()).contains("questions:", "changes:", "before:", "after:", "inspired_by:");
        assertThat(vote.phase()).isEqualTo(PromptPhase.INTERVIEW_VOTE);
        // The categories a voter is told to use are exactly the rubric's, the keys the scorecard reader expects.
        Rubric.INTERVIEW.categories().forEach(category -> {
            assertThat(vote.outputFormat()).contains(category + ": 0");
            assertThat(vote.instructions()).anySatisfy(line -> assertThat(line).startsWith(category + ":"));
        });
    }
}

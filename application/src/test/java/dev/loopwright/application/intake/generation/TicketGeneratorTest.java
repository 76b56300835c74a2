package dev.loopwright.application.intake.generation;

import static dev.loopwright.application.fake.ScriptedModelRuntime.fail;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.TicketGenerationException;
import dev.loopwright.application.fake.InMemoryProfileRepository;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.SourceType;
import org.junit.jupiter.api.Test;

class TicketGeneratorTest {
    private static final ModelId MAIN = new ModelId("scripted/main");
    private static final String GOOD = "title: Fix the CTA colour\npriority: critical\nlabels: [bug]\ndescription: |\n"
            + "  ## Summary\n  Grey on Safari.\n\n  ## Acceptance Criteria\n  - Blue on Safari\n";
    private static final GenerationSource SOURCE = new GenerationSource(SourceType.FEEDBACK, "fb-001",
            "CTA button is grey", Optional.of("On my iPhone the buy button is grey."),
            Map.of("type", "bug", "page_url", "https://shop.example/checkout"),
            List.of(new GenerationSource.Comment("Ann", "Also on iPad.", Optional.of(Instant.parse(
                    "2025-06-20T10:00:00Z")))));

    private final InMemoryProfileRepository profiles = new InMemoryProfileRepository();
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private final TicketGenerator generator = new TicketGenerator(profiles, runtime, new PromptBuilder(100_000),
            Path.of("."));

    private void profileWithRetries(int retries) {
        Profile defaults = Profile.defaults();
        profiles.save(new Profile(Optional.of(MAIN), Optional.of("high"), List.of(), Map.of(), false,
                defaults.gitHookPolicy(), defaults.settings().with(Map.of(IntSetting.STRUCTURED_RETRY_COUNT, retries))));
    }

    @Test
    void theMainImplementerWritesTheTicketFromTheItemAndItsComments() {
        profileWithRetries(1);
        runtime.on(MAIN, reply(GOOD));
        Generation generation = generator.generate(SOURCE);
        assertThat(generation.ticket().priority()).isEqualTo(DevTicketPriority.CRITICAL);
        assertThat(generation.model()).isEqualTo(MAIN);
        assertThat(generation.attempts()).isEqualTo(1);
        String prompt = runtime.prompts().get(0).text();
        assertThat(prompt).contains("Feedback item fb-001: CTA button is grey", "page_url: https://shop.example/checkout",
                "On my iPhone the buy button is grey.", "Comment 1 by Ann", "Also on iPad.", "## Expected Output Format");
    }

    @Test
    void anInvalidTicketGetsACorrectivePromptNamingTheProblemsInTheSameSession() {
        profileWithRetries(1);
        runtime.on(MAIN, reply("title: T\npriority: urgent\ndescription: no sections\n"), reply(GOOD));
        Generation generation = generator.generate(SOURCE);
        assertThat(generation.attempts()).isEqualTo(2);
        List<ScriptedModelRuntime.Prompted> prompts = runtime.prompts();
        assertThat(prompts.get(1).text()).startsWith("Your ticket could not be used")
                .contains("priority 'urgent'", "no '## Summary' section", "title: \"Fix the checkout button");
        assertThat(prompts.get(1).sessionId()).isEqualTo(prompts.get(0).sessionId());
    }

    @Test
    void anEmptyReplyOrAFailedCallIsResentInAFreshSession() {
        profileWithRetries(2);
        runtime.on(MAIN, reply(""), fail(RuntimeFailureKind.PROVIDER_OVERLOADED), reply(GOOD));
        Generation generation = generator.generate(SOURCE);
        assertThat(generation.attempts()).isEqualTo(3);
        List<ScriptedModelRuntime.Prompted> prompts = runtime.prompts();
        assertThat(prompts).extracting(ScriptedModelRuntime.Prompted::text).allMatch(text -> text.equals(
                prompts.get(0).text()));
        assertThat(prompts).extracting(ScriptedModelRuntime.Prompted::sessionId).doesNotHaveDuplicates();
    }

    @Test
    void garbageOnEveryAttemptFailsAfterTheBoundedRetries() {
        profileWithRetries(2);
        runtime.on(MAIN, reply("I cannot help with that."));
        assertThatThrownBy(() -> generator.generate(SOURCE)).isInstanceOf(TicketGenerationException.class)
                .hasMessage("AI generation failed")
                .satisfies(e -> assertThat(((TicketGenerationException) e).attempts()).isEqualTo(3));
        assertThat(runtime.prompts()).hasSize(3);
    }

    @Test
    void withoutAMainImplementerNothingIsAsked() {
        assertThatThrownBy(() -> generator.generate(SOURCE)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("main implementer");
        profiles.save(Profile.defaults());
        assertThatThrownBy(() -> generator.generate(SOURCE)).isInstanceOf(ConflictException.class);
        assertThat(runtime.prompts()).isEmpty();
    }

    @Test
    void longThreadsKeepOnlyTheLatestComments() {
        List<GenerationSource.Comment> comments = new java.util.ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            comments.add(new GenerationSource.Comment("u" + i, "comment " + i, Optional.empty()));
        }
        String text = SourceText.render(new GenerationSource(SourceType.BOARD_CARD, "card-1", "T", Optional.empty(),
                Map.of(), comments));
        assertThat(text).startsWith("# Board card card-1: T").contains("(5 older comments left out)",
                "Comment 45 by u45", "(no description)").doesNotContain("Comment 5 by");
    }
}

package dev.loopwright.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProfileTest {
    private static final ModelId MAIN = new ModelId("openai/gpt-5");

    private static List<ModelId> models(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new ModelId("vendor/model-" + i)).toList();
    }

    private static Profile profile(List<ModelId> members, int quorum) {
        return new Profile(Optional.of(MAIN), Optional.empty(), members, Map.of(), false,
                GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults().with(Map.of(IntSetting.MIN_COUNCIL_QUORUM, quorum)));
    }

    @Test
    void defaultsHaveNoModelsAndEveryDefaultSetting() {
        Profile defaults = Profile.defaults();
        assertThat(defaults.mainImplementer()).isEmpty();
        assertThat(defaults.councilMembers()).isEmpty();
        assertThat(defaults.gitHookPolicy()).isEqualTo(GitHookPolicy.VALIDATE_EXPLICITLY);
        assertThat(defaults.manualQaEnabled()).isFalse();
        for (IntSetting setting : IntSetting.values()) {
            assertThat(defaults.setting(setting)).isEqualTo(setting.defaultValue());
        }
    }

    @Test
    void theCouncilMayHoldTenDistinctModelsButNotEleven() {
        assertThat(profile(models(9), 2).councilMembers()).hasSize(9);
        assertThatThrownBy(() -> profile(models(10), 2))
                .hasMessage("the council can have at most 10 distinct models, the main implementer included; got 11");
    }

    @Test
    void namingTheMainImplementerAgainDoesNotCountTwice() {
        List<ModelId> members = new ArrayList<>(models(9));
        members.add(MAIN);
        assertThat(profile(members, 2).councilMembers()).hasSize(10);
    }

    @Test
    void theQuorumCannotExceedTheCouncil() {
        assertThat(profile(models(2), 3).setting(IntSetting.MIN_COUNCIL_QUORUM)).isEqualTo(3);
        assertThatThrownBy(() -> profile(models(1), 3))
                .hasMessage("minCouncilQuorum (3) cannot exceed the council size (2)");
    }

    @Test
    void variantsMayNameModelsOutsideTheProfilesCouncil() {
        Profile profile = new Profile(Optional.of(MAIN), Optional.of("high"), models(1),
                Map.of(new ModelId("other/model"), "low"), false, GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults());
        assertThat(profile.councilMemberVariants()).containsEntry(new ModelId("other/model"), "low");
        assertThatThrownBy(() -> new Profile(Optional.of(MAIN), Optional.empty(), models(1),
                Map.of(new ModelId("other/model"), ""), false, GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("councilMemberVariants", "councilMemberVariants must be between 1 and 64 characters")));
    }

    @Test
    void aVariantIsOneToSixtyFourCharacters() {
        assertThat(new Profile(Optional.of(MAIN), Optional.of("x".repeat(64)), List.of(), Map.of(), false,
                GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults()).mainImplementerVariant()).isPresent();
        assertThatThrownBy(() -> new Profile(Optional.of(MAIN), Optional.of("x".repeat(65)), List.of(), Map.of(),
                false, GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults()))
                .hasMessage("mainImplementerVariant must be between 1 and 64 characters");
    }

    @Test
    void modelIdsNameAProviderAndAModel() {
        assertThat(new ModelId("anthropic/claude-sonnet-4").provider()).isEqualTo("anthropic");
        assertThat(new ModelId("openrouter/meta/llama-4").model()).isEqualTo("meta/llama-4");
        for (String bad : new String[] {"gpt-5", "/gpt", "openai/", "open ai/gpt", ""}) {
            assertThatThrownBy(() -> new ModelId(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("provider/model");
        }
        assertThat(new ModelId("p/" + "m".repeat(198)).value()).hasSize(200);
        assertThatThrownBy(() -> new ModelId("p/" + "m".repeat(199))).isInstanceOf(ValidationException.class);
    }

    @Test
    void theCouncilPutsTheMainImplementerFirstWithoutRepeats() {
        List<ModelId> others = models(2);
        assertThat(Council.compose(MAIN, List.of(others.get(0), MAIN, others.get(1), others.get(0))))
                .containsExactly(MAIN, others.get(0), others.get(1));
        assertThatThrownBy(() -> Council.compose(MAIN, List.of(MAIN)))
                .hasMessageContaining("between 2 and 10 distinct models").hasMessageEndingWith("got 1");
        assertThat(Council.compose(MAIN, models(9))).hasSize(10);
        assertThatThrownBy(() -> Council.compose(MAIN, models(10))).hasMessageEndingWith("got 11");
    }

    @Test
    void gitHookPoliciesUseTheirWireNames() {
        assertThat(GitHookPolicy.fromWireName("use_on_internal_commits")).isEqualTo(GitHookPolicy.USE_ON_INTERNAL_COMMITS);
        assertThatThrownBy(() -> GitHookPolicy.fromWireName("sometimes"))
                .hasMessage("gitHookPolicy must be one of validate_explicitly, use_on_internal_commits,"
                        + " ignore_internal_only");
    }
}

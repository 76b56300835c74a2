package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.IntSettings;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class ProfileRepositoryContract extends RepositoryContract {

    @Test
    void anEmptyStoreHasNoProfile() {
        assertThat(repositories.profiles().find()).isEmpty();
    }

    @Test
    void aSavedProfileComesBackEqual() {
        ModelId main = new ModelId("openai/gpt-5");
        ModelId other = new ModelId("anthropic/claude-sonnet-4");
        Profile profile = new Profile(Optional.of(main), Optional.of("high"), List.of(other), Map.of(other, "low"),
                true, GitHookPolicy.IGNORE_INTERNAL_ONLY, IntSettings.defaults().with(Map.of(
                        IntSetting.MAX_ITERATIONS, 0, IntSetting.COUNCIL_RESPONSE_TIMEOUT, 3_600_000)));
        repositories.profiles().save(profile);
        assertThat(repositories.profiles().find()).contains(profile);
    }

    @Test
    void savingAgainReplacesTheProfile() {
        repositories.profiles().save(Profile.defaults());
        Profile changed = new Profile(Optional.empty(), Optional.empty(), List.of(), Map.of(), false,
                GitHookPolicy.USE_ON_INTERNAL_COMMITS, IntSettings.defaults());
        repositories.profiles().save(changed);
        assertThat(repositories.profiles().find()).contains(changed);
    }
}

package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.fake.InMemoryProfileRepository;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.ProfileChanges;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
    private final ModelId main = new ModelId("openai/gpt-5");
    private final ModelId other = new ModelId("anthropic/claude-sonnet-4");
    private final ProfileService service = new ProfileService(new InMemoryProfileRepository(),
            new FixedCatalogModelRuntime(List.of(main, other)));

    private ProfileChanges models() {
        return new ProfileChanges(Change.set(main), Change.set("high"), Optional.of(List.of(other)),
                Optional.of(Map.of(other, "low")), Optional.empty(), Optional.empty(),
                Map.of(IntSetting.COUNCIL_RESPONSE_TIMEOUT, 60_000));
    }

    @Test
    void thereIsNoProfileUntilOneIsCreated() {
        assertThat(service.get()).isEmpty();
        Profile created = service.create(models());
        assertThat(service.get()).contains(created);
        assertThat(created.mainImplementer()).contains(main);
        assertThat(created.setting(IntSetting.COUNCIL_RESPONSE_TIMEOUT)).isEqualTo(60_000);
        assertThat(created.setting(IntSetting.MAX_ITERATIONS)).isEqualTo(5);
    }

    @Test
    void aSecondCreateIsAConflict() {
        service.create(ProfileChanges.NONE);
        assertThatThrownBy(() -> service.create(models())).isInstanceOf(ConflictException.class)
                .hasMessage("Profile already exists. Use PATCH to update.");
    }

    @Test
    void updatingNeedsAProfile() {
        assertThatThrownBy(() -> service.update(models())).isInstanceOf(NotFoundException.class)
                .hasMessage("No profile found");
    }

    @Test
    void anUpdateKeepsWhatItDoesNotName() {
        service.create(models());
        Profile updated = service.update(new ProfileChanges(Change.keep(), Change.clear(), Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty(), Map.of(IntSetting.MAX_ITERATIONS, 0)));
        assertThat(updated.mainImplementer()).contains(main);
        assertThat(updated.mainImplementerVariant()).isEmpty();
        assertThat(updated.councilMembers()).containsExactly(other);
        assertThat(updated.manualQaEnabled()).isTrue();
        assertThat(updated.setting(IntSetting.MAX_ITERATIONS)).isZero();
        assertThat(updated.setting(IntSetting.COUNCIL_RESPONSE_TIMEOUT)).isEqualTo(60_000);
    }

    @Test
    void anInvalidUpdateIsRejectedAndStoresNothing() {
        Profile created = service.create(models());
        assertThatThrownBy(() -> service.update(new ProfileChanges(Change.keep(), Change.keep(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(IntSetting.COUNCIL_RESPONSE_TIMEOUT, 9_999, IntSetting.MAX_ITERATIONS, 21))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
        assertThat(service.get()).contains(created);
    }

    @Test
    void modelsMustBeConnectedWhenTheRuntimeCanBeAsked() {
        ProfileChanges disconnected = new ProfileChanges(Change.set(new ModelId("mistral/large")), Change.keep(),
                Optional.of(List.of(other, new ModelId("xai/grok"))), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());

        assertThatThrownBy(() -> service.create(disconnected)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not connected in OpenCode: mistral/large, xai/grok");
        assertThat(service.get()).as("nothing was saved").isEmpty();
    }

    @Test
    void withTheRuntimeDownTheProfileIsSavedUnchecked() {
        ProfileService offline = new ProfileService(new InMemoryProfileRepository(),
                FixedCatalogModelRuntime.unreachable());

        assertThat(offline.create(models()).mainImplementer()).contains(main);
    }
}

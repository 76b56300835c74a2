package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.CreateProfileUseCase;
import dev.loopwright.application.port.in.GetProfileUseCase;
import dev.loopwright.application.port.in.ProfileChanges;
import dev.loopwright.application.port.in.UpdateProfileUseCase;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.IntSettings;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single profile: created once, then updated. Models it names must be connected in the model runtime when
 * the runtime can be asked; when it cannot, the profile is still saved, since Start checks the models again.
 */
public final class ProfileService implements GetProfileUseCase, CreateProfileUseCase, UpdateProfileUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileService.class);

    private final ProfileRepository profiles;
    private final ModelRuntime runtime;

    public ProfileService(ProfileRepository profiles, ModelRuntime runtime) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Optional<Profile> get() {
        return profiles.find();
    }

    @Override
    public Profile create(ProfileChanges settings) {
        if (profiles.find().isPresent()) {
            throw new ConflictException("Profile already exists. Use PATCH to update.");
        }
        requireConnected(settings);
        Profile created = apply(Profile.defaults(), settings);
        profiles.save(created);
        return created;
    }

    @Override
    public Profile update(ProfileChanges changes) {
        Profile current = profiles.find().orElseThrow(() -> new NotFoundException("No profile found"));
        requireConnected(changes);
        Profile updated = apply(current, changes);
        profiles.save(updated);
        return updated;
    }

    private void requireConnected(ProfileChanges changes) {
        List<ModelId> named = new ArrayList<>();
        if (changes.mainImplementer() instanceof Change.Set<ModelId> main) {
            named.add(main.value());
        }
        changes.councilMembers().ifPresent(named::addAll);
        if (named.isEmpty()) {
            return;
        }
        ModelCatalog catalog;
        try {
            catalog = runtime.catalog();
        } catch (ModelRuntimeException e) {
            LOG.info("Saving the profile without checking its models: {}", e.getMessage());
            return;
        }
        List<String> missing = named.stream().filter(model -> !catalog.isConnected(model)).map(ModelId::value)
                .distinct().toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("models", "These models are not connected in OpenCode: "
                    + String.join(", ", missing));
        }
    }

    private static Profile apply(Profile current, ProfileChanges changes) {
        IntSettings settings = current.settings().with(changes.settings());
        return new Profile(
                changes.mainImplementer().applyTo(current.mainImplementer()),
                changes.mainImplementerVariant().applyTo(current.mainImplementerVariant()),
                changes.councilMembers().orElse(current.councilMembers()),
                changes.councilMemberVariants().orElse(current.councilMemberVariants()),
                changes.manualQaEnabled().orElse(current.manualQaEnabled()),
                changes.gitHookPolicy().orElse(current.gitHookPolicy()),
                settings);
    }
}

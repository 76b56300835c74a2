package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.CreateProfileUseCase;
import dev.loopwright.application.port.in.GetProfileUseCase;
import dev.loopwright.application.port.in.ProfileChanges;
import dev.loopwright.application.port.in.UpdateProfileUseCase;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.domain.profile.IntSettings;
import dev.loopwright.domain.profile.Profile;
import java.util.Objects;
import java.util.Optional;

/** The single profile: created once, then updated. */
public final class ProfileService implements GetProfileUseCase, CreateProfileUseCase, UpdateProfileUseCase {

    private final ProfileRepository profiles;

    public ProfileService(ProfileRepository profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
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
        Profile created = apply(Profile.defaults(), settings);
        profiles.save(created);
        return created;
    }

    @Override
    public Profile update(ProfileChanges changes) {
        Profile current = profiles.find().orElseThrow(() -> new NotFoundException("No profile found"));
        Profile updated = apply(current, changes);
        profiles.save(updated);
        return updated;
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

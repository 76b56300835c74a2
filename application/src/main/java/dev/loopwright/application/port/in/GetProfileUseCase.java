package dev.loopwright.application.port.in;

import dev.loopwright.domain.profile.Profile;
import java.util.Optional;

/** Reads the profile, if one was created. */
public interface GetProfileUseCase {

    Optional<Profile> get();
}

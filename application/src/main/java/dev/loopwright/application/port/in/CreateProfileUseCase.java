package dev.loopwright.application.port.in;

import dev.loopwright.domain.profile.Profile;

/** Creates the profile from the defaults and the given settings; a second create is a conflict. */
public interface CreateProfileUseCase {

    Profile create(ProfileChanges settings);
}

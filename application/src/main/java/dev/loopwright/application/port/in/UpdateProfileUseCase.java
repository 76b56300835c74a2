package dev.loopwright.application.port.in;

import dev.loopwright.domain.profile.Profile;

/** Changes settings of the existing profile; throws NotFoundException when there is none. */
public interface UpdateProfileUseCase {

    Profile update(ProfileChanges changes);
}

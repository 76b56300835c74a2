package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Member;

/** Adds a person to an organisation with a role (administration). */
public interface AddMemberUseCase {

    Member addMember(AddMemberCommand command);
}

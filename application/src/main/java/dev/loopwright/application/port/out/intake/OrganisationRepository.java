package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import java.util.List;
import java.util.Optional;

/** Organisations and their members. A user id is unique within its organisation. */
public interface OrganisationRepository {

    Organisation create(Organisation organisation);

    Optional<Organisation> findById(OrganisationId id);

    /** Throws {@link dev.loopwright.application.error.ConflictException} when the user id is taken in the organisation. */
    Member addMember(Member member);

    Optional<Member> findMember(OrganisationId organisation, MemberId userId);

    /** By display name. */
    List<Member> members(OrganisationId organisation);
}

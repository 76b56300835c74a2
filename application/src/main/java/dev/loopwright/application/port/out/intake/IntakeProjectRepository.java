package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.WidgetKey;
import java.util.List;
import java.util.Optional;

/** Intake projects and which members have access to each, always read within one organisation. */
public interface IntakeProjectRepository {

    IntakeProject create(IntakeProject project);

    Optional<IntakeProject> findById(OrganisationId organisation, IntakeProjectId id);

    /** The project a widget key belongs to, in any organisation: the widget knows no organisation. */
    Optional<IntakeProject> findByWidgetKey(WidgetKey key);

    /** By name, then id. */
    Page<IntakeProject> list(OrganisationId organisation, PageRequest page);

    int count(OrganisationId organisation);

    /** Gives a member access to a project; granting it twice is a no-op. */
    void grantAccess(OrganisationId organisation, IntakeProjectId project, MemberId member);

    /** The members with access to the project, by display name. */
    List<Member> members(OrganisationId organisation, IntakeProjectId project);
}

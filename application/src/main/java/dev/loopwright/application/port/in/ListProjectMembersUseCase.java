package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import java.util.List;

/** The members with access to a project (for resolving @mentions), by display name. */
public interface ListProjectMembersUseCase {

    List<Member> listProjectMembers(ApiCaller caller, IntakeProjectId id);
}

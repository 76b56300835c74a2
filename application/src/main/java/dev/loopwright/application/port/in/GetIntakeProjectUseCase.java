package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;

/** One intake project of the caller's organisation; {@link dev.loopwright.application.error.NotFoundException} otherwise. */
public interface GetIntakeProjectUseCase {

    IntakeProject getProject(ApiCaller caller, IntakeProjectId id);
}

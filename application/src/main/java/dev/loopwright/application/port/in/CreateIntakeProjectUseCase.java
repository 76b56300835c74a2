package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.IntakeProject;

/** Creates a website or board project under a client, within the plan's project quota (administration). */
public interface CreateIntakeProjectUseCase {

    IntakeProject createProject(CreateIntakeProjectCommand command);
}

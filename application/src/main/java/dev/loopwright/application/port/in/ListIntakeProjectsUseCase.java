package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;

/** Lists the caller's organisation's intake projects (websites and boards) across all its clients, by name. */
public interface ListIntakeProjectsUseCase {

    Page<IntakeProject> listProjects(ApiCaller caller, PageRequest page);
}

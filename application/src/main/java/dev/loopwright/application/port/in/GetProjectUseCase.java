package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;

/** Reads one project; throws NotFoundException when there is none. */
public interface GetProjectUseCase {

    Project get(ProjectId id);
}

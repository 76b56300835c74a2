package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.Project;

/** Changes a project's presentation and overrides; they apply to tickets started afterwards. */
public interface UpdateProjectUseCase {

    Project update(UpdateProjectCommand command);
}

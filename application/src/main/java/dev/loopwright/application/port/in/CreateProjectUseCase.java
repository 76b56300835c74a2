package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.Project;

/** Attaches a git repository as a project. Shortnames and folders are unique across projects. */
public interface CreateProjectUseCase {

    Project create(CreateProjectCommand command);
}

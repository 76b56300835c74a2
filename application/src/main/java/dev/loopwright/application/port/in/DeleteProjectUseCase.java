package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.ProjectId;

/** Removes a project; refused while any of its tickets is running (not DRAFT, COMPLETED or CANCELED). */
public interface DeleteProjectUseCase {

    void delete(ProjectId id);
}

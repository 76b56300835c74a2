package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.Project;
import java.util.List;

/** Lists every project, by name. */
public interface ListProjectsUseCase {

    List<Project> list();
}

package dev.loopwright.application.port.out;

import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores projects and hands out their ticket numbers. */
public interface ProjectRepository {

    /** What a project is created from; the store assigns the id. */
    record NewProject(Shortname shortname, Path folderPath, ProjectDetails details, ProjectOverrides overrides,
            Instant createdAt) {
        public NewProject {
            Objects.requireNonNull(shortname, "shortname");
            Objects.requireNonNull(folderPath, "folderPath");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(overrides, "overrides");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    Project create(NewProject project);

    Optional<Project> findById(ProjectId id);

    Optional<Project> findByShortname(Shortname shortname);

    Optional<Project> findByFolder(Path folderPath);

    /** All projects, ordered by name. */
    List<Project> findAll();

    /** Saves changed details and overrides; the shortname, folder and counter are not changed here. */
    void update(Project project);

    boolean delete(ProjectId id);

    /**
     * Atomically increments and returns the project's ticket counter, so concurrent creates never share a
     * number. Throws {@link dev.loopwright.application.error.NotFoundException} for an unknown project.
     */
    int nextTicketNumber(ProjectId id);
}

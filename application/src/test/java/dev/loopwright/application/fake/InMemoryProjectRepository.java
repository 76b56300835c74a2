package dev.loopwright.application.fake;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.Shortname;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The project port kept in memory, for tests. */
public final class InMemoryProjectRepository implements ProjectRepository {
    private final Map<ProjectId, Project> projects = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Project create(NewProject project) {
        ProjectId id = new ProjectId(ids.incrementAndGet());
        Project created = new Project(id, project.shortname(), project.folderPath(), project.details(),
                project.overrides(), 0, project.createdAt(), project.createdAt());
        projects.put(id, created);
        return created;
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public Optional<Project> findByShortname(Shortname shortname) {
        return projects.values().stream().filter(p -> p.shortname().equals(shortname)).findFirst();
    }

    @Override
    public Optional<Project> findByFolder(Path folderPath) {
        Path normalized = folderPath.toAbsolutePath().normalize();
        return projects.values().stream().filter(p -> p.folderPath().equals(normalized)).findFirst();
    }

    @Override
    public List<Project> findAll() {
        return projects.values().stream()
                .sorted(Comparator.comparing((Project p) -> p.details().name()).thenComparing(p -> p.id().value()))
                .toList();
    }

    @Override
    public void update(Project project) {
        projects.computeIfPresent(project.id(), (id, stored) -> new Project(id, stored.shortname(),
                stored.folderPath(), project.details(), project.overrides(), stored.ticketCounter(),
                stored.createdAt(), project.updatedAt()));
    }

    @Override
    public boolean delete(ProjectId id) {
        return projects.remove(id) != null;
    }

    @Override
    public int nextTicketNumber(ProjectId id) {
        Project updated = projects.computeIfPresent(id, (key, stored) -> new Project(key, stored.shortname(),
                stored.folderPath(), stored.details(), stored.overrides(), stored.ticketCounter() + 1,
                stored.createdAt(), stored.updatedAt()));
        if (updated == null) {
            throw NotFoundException.project(id);
        }
        return updated.ticketCounter();
    }
}

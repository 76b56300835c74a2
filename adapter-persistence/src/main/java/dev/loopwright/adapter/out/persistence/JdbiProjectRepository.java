package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.Shortname;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Projects, with the ticket counter advanced atomically in SQL. */
final class JdbiProjectRepository implements ProjectRepository {
    private static final String COLUMNS = "id, shortname, folder_path, name, icon, color, overrides, ticket_counter,"
            + " created_at, updated_at";

    private final Database db;

    JdbiProjectRepository(Database db) {
        this.db = db;
    }

    @Override
    public Project create(NewProject project) {
        String now = Timestamps.format(project.createdAt());
        long id = db.write(h -> h.createUpdate("INSERT INTO projects (shortname, folder_path, name, icon, color,"
                        + " overrides, ticket_counter, created_at, updated_at) VALUES (:shortname, :folder, :name, :icon,"
                        + " :color, :overrides, 0, :now, :now)")
                .bind("shortname", project.shortname().value())
                .bind("folder", project.folderPath().toAbsolutePath().normalize().toString())
                .bind("name", project.details().name())
                .bind("icon", project.details().icon())
                .bind("color", project.details().color())
                .bind("overrides", SettingsDocuments.overrides(project.overrides()))
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return findById(new ProjectId(id)).orElseThrow();
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return findOne("id = :value", id.value());
    }

    @Override
    public Optional<Project> findByShortname(Shortname shortname) {
        return findOne("shortname = :value", shortname.value());
    }

    @Override
    public Optional<Project> findByFolder(Path folderPath) {
        return findOne("folder_path = :value", folderPath.toAbsolutePath().normalize().toString());
    }

    private Optional<Project> findOne(String condition, Object value) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM projects WHERE " + condition)
                .bind("value", value).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Project> findAll() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM projects ORDER BY name, id")
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public void update(Project project) {
        db.write(h -> h.createUpdate("UPDATE projects SET name = :name, icon = :icon, color = :color,"
                        + " overrides = :overrides, updated_at = :updated WHERE id = :id")
                .bind("name", project.details().name())
                .bind("icon", project.details().icon())
                .bind("color", project.details().color())
                .bind("overrides", SettingsDocuments.overrides(project.overrides()))
                .bind("updated", Timestamps.format(project.updatedAt()))
                .bind("id", project.id().value())
                .execute());
    }

    @Override
    public boolean delete(ProjectId id) {
        return db.write(h -> h.createUpdate("DELETE FROM projects WHERE id = :id").bind("id", id.value()).execute()) > 0;
    }

    @Override
    public int nextTicketNumber(ProjectId id) {
        return db.write(h -> h.createQuery("UPDATE projects SET ticket_counter = ticket_counter + 1 WHERE id = :id"
                        + " RETURNING ticket_counter")
                .bind("id", id.value()).mapTo(Integer.class).findOne())
                .orElseThrow(() -> NotFoundException.project(id));
    }

    private static Project map(ResultSet rs) throws SQLException {
        return new Project(new ProjectId(rs.getLong("id")), new Shortname(rs.getString("shortname")),
                Path.of(rs.getString("folder_path")),
                new ProjectDetails(rs.getString("name"), rs.getString("icon"), rs.getString("color")),
                SettingsDocuments.overrides(rs.getString("overrides")), rs.getInt("ticket_counter"),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}

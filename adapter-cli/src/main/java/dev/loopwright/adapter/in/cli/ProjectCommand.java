package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwright project}: the git repositories tickets are worked on in. */
@Command(name = "project", mixinStandardHelpOptions = true, description = "Attach, list, show and remove projects.",
        footer = {"", "Examples:", "  loopwright project add Shop --shortname SHOP --path ~/src/shop",
                "  loopwright project list --json"})
public final class ProjectCommand implements Runnable {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    public ProjectCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        throw MissingSubcommand.of(spec);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Attach a git repository as a project.")
    int add(@Parameters(paramLabel = "NAME", description = "The project's name.") String name,
            @Option(names = "--shortname", required = true, paramLabel = "ABC",
                    description = "2–10 capital letters; ticket ids start with it (SHOP-1).") String shortname,
            @Option(names = "--path", required = true, paramLabel = "DIR",
                    description = "The repository's folder.") Path folder,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("name", name).put("shortname", shortname)
                .put("folderPath", folder.toAbsolutePath().normalize().toString());
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode project = server.api().post("/api/projects", body);
            new Printer(spec, output).print(project, p -> p.line("Project " + project.path("id").asText() + " "
                    + project.path("shortname").asText() + " attached: " + project.path("folderPath").asText()));
        }
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the projects.")
    int list(@Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode projects = server.api().get("/api/projects");
            new Printer(spec, output).print(projects, p -> {
                if (projects.isEmpty()) {
                    p.line("No projects yet: loopwright project add NAME --shortname ABC --path DIR");
                }
                projects.forEach(project -> p.line(project.path("id").asText() + "  "
                        + project.path("shortname").asText() + "  " + project.path("name").asText() + "  "
                        + project.path("folderPath").asText()));
            });
        }
        return ExitCodes.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one project.")
    int show(@Parameters(paramLabel = "ID", description = "The project's number.") int id,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode project = server.api().get("/api/projects/" + id);
            new Printer(spec, output).print(project, p -> project.fields().forEachRemaining(field ->
                    p.line(field.getKey() + ": " + (field.getValue().isValueNode() ? field.getValue().asText()
                            : field.getValue().toString()))));
        }
        return ExitCodes.OK;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Detach a project (its repository is left as it is).")
    int remove(@Parameters(paramLabel = "ID", description = "The project's number.") int id,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode answer = server.api().delete("/api/projects/" + id);
            new Printer(spec, output).print(answer, p -> p.line("Project " + id + " removed"));
        }
        return ExitCodes.OK;
    }
}

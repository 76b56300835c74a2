package dev.loopwright.application.port.in;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/** Attach a git repository as a project. */
public record CreateProjectCommand(Shortname shortname, Path folder, ProjectDetails details,
        ProjectOverrides overrides) {

    public CreateProjectCommand {
        Objects.requireNonNull(shortname, "shortname");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(overrides, "overrides");
    }

    /** Builds the command from raw input, reporting every invalid field at once. */
    public static CreateProjectCommand of(String name, String shortname, String folder, String icon, String color,
            ProjectOverrides overrides) {
        Violations violations = new Violations();
        Shortname validShortname = violations.capture(() -> new Shortname(shortname));
        ProjectDetails details = violations.capture(() -> ProjectDetails.of(name, icon, color));
        Path path = null;
        if (violations.required("folderPath", folder)) {
            path = violations.capture(() -> absoluteFolder(folder));
        }
        violations.throwIfAny();
        return new CreateProjectCommand(validShortname, path, details, overrides);
    }

    private static Path absoluteFolder(String folder) {
        Violations violations = new Violations();
        violations.notBlank("folderPath", folder);
        violations.throwIfAny();
        try {
            return Path.of(folder.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw ValidationException.of("folderPath",
                    "folderPath is not a valid path: " + e.getReason());
        }
    }
}

package dev.loopwright.adapter.out.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Loopwright keeps its database and files: the {@code --data-dir} flag, else {@code LOOPWRIGHT_DATA_DIR},
 * else {@code $XDG_DATA_HOME/loopwright}, else {@code ~/.local/share/loopwright} (the XDG default).
 */
public record DataDirectory(Path path, Source source) {
    public static final String ENVIRONMENT_VARIABLE = "LOOPWRIGHT_DATA_DIR";
    public static final String DATABASE_FILE = "loopwright.db";

    /** Which rule chose the directory, for the startup log. */
    public enum Source { FLAG, ENVIRONMENT, XDG_DATA_HOME, HOME }

    public DataDirectory {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        path = path.toAbsolutePath().normalize();
    }

    public static DataDirectory resolve(Optional<Path> flag, Map<String, String> environment, Path home) {
        if (flag.isPresent()) {
            return new DataDirectory(flag.get(), Source.FLAG);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataDirectory(Path.of(fromEnvironment), Source.ENVIRONMENT);
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataDirectory(Path.of(xdg, "loopwright"), Source.XDG_DATA_HOME);
        }
        return new DataDirectory(home.resolve(".local/share/loopwright"), Source.HOME);
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_FILE);
    }
}

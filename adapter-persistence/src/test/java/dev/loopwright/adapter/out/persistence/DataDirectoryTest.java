package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void theFlagWinsOverEverything() {
        DataDirectory dir = DataDirectory.resolve(Optional.of(Path.of("/srv/lw")),
                Map.of("LOOPWRIGHT_DATA_DIR", "/env/lw", "XDG_DATA_HOME", "/xdg"), HOME);
        assertThat(dir).isEqualTo(new DataDirectory(Path.of("/srv/lw"), DataDirectory.Source.FLAG));
        assertThat(dir.databaseFile()).isEqualTo(Path.of("/srv/lw/loopwright.db"));
    }

    @Test
    void thenTheEnvironmentVariable() {
        assertThat(DataDirectory.resolve(Optional.empty(),
                Map.of("LOOPWRIGHT_DATA_DIR", "/env/lw", "XDG_DATA_HOME", "/xdg"), HOME).path())
                .isEqualTo(Path.of("/env/lw"));
    }

    @Test
    void thenXdgDataHomeWhenAbsolute() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), HOME))
                .isEqualTo(new DataDirectory(Path.of("/xdg/loopwright"), DataDirectory.Source.XDG_DATA_HOME));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), HOME).source())
                .isEqualTo(DataDirectory.Source.HOME);
    }

    @Test
    void elseTheXdgDefaultUnderHome() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("LOOPWRIGHT_DATA_DIR", " "), HOME))
                .isEqualTo(new DataDirectory(Path.of("/home/ada/.local/share/loopwright"), DataDirectory.Source.HOME));
    }
}

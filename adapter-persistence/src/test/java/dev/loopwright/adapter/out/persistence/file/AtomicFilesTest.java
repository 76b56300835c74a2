package dev.loopwright.adapter.out.persistence.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesAndReplacesWithoutLeavingTemporaryFiles() throws Exception {
        Path target = folder.resolve("nested/prd.yaml");
        AtomicFiles.write(target, "v1".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "version two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("version two");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}

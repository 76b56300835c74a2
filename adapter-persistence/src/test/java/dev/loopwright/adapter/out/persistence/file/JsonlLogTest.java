package dev.loopwright.adapter.out.persistence.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlLogTest {
    @TempDir
    Path folder;

    @Test
    void recordsAreReadBackInOrder() throws Exception {
        JsonlLog log = new JsonlLog(folder.resolve("logs/execution-log.jsonl"));
        assertThat(log.read()).isEmpty();
        log.append("{\"n\":1}");
        log.append("{\"n\":2,\"text\":\"é\"}");
        assertThat(log.read()).containsExactly("{\"n\":1}", "{\"n\":2,\"text\":\"é\"}");
    }

    @Test
    void aThreadInterruptedWhileTheEngineStopsStillWritesItsLine() throws Exception {
        JsonlLog log = new JsonlLog(folder.resolve("execution-log.jsonl"));
        log.append("{\"n\":1}");

        Thread.currentThread().interrupt();
        try {
            log.append("{\"n\":2,\"message\":\"cancelled\"}");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
        }

        assertThat(log.read()).containsExactly("{\"n\":1}", "{\"n\":2,\"message\":\"cancelled\"}");
    }

    @Test
    void aTornLastLineIsCutOffOnReadAndBeforeTheNextAppend() throws Exception {
        Path file = folder.resolve("execution-log.jsonl");
        JsonlLog log = new JsonlLog(file);
        log.append("{\"n\":1}");
        Files.write(file, "{\"n\":2,\"tru".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        assertThat(log.read()).containsExactly("{\"n\":1}");
        assertThat(Files.readString(file)).isEqualTo("{\"n\":1}\n");

        Files.write(file, "{\"torn".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        log.append("{\"n\":3}");
        assertThat(Files.readString(file)).isEqualTo("{\"n\":1}\n{\"n\":3}\n");
    }

    @Test
    void aFileWithOnlyATornLineBecomesEmpty() throws Exception {
        Path file = folder.resolve("execution-log.jsonl");
        Files.writeString(file, "{\"half");
        assertThat(new JsonlLog(file).read()).isEmpty();
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aRecordIsOneLine() {
        assertThatThrownBy(() -> new JsonlLog(folder.resolve("x.jsonl")).append("{}\n{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

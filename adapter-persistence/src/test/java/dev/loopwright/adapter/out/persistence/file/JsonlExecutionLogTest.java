package dev.loopwright.adapter.out.persistence.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExecutionLogTest {
    private static final TicketId ONE = new TicketId(1);
    private static final TicketId TWO = new TicketId(2);

    @TempDir
    Path folder;

    @Test
    void linesComeBackInOrderPerTicketAcrossInstances() {
        LogLine first = line(ONE, "scan started", 1);
        LogLine second = line(ONE, "scan finished: \"3\" files\nand more", 2);
        new JsonlExecutionLog(folder).append(first);
        new JsonlExecutionLog(folder).append(line(TWO, "other ticket", 3));
        new JsonlExecutionLog(folder).append(second);

        assertThat(new JsonlExecutionLog(folder).read(ONE)).containsExactly(first, second);
        assertThat(new JsonlExecutionLog(folder).read(new TicketId(3))).isEmpty();
    }

    @Test
    void deletingRemovesOnlyThatTicketsLog() {
        JsonlExecutionLog log = new JsonlExecutionLog(folder);
        log.append(line(ONE, "a", 1));
        log.append(line(TWO, "b", 2));

        assertThat(log.delete(ONE)).isTrue();
        assertThat(log.delete(ONE)).isFalse();
        assertThat(log.read(ONE)).isEmpty();
        assertThat(log.read(TWO)).hasSize(1);
    }

    @Test
    void anUnreadableLineIsSkippedAndTheRestIsKept() throws Exception {
        JsonlExecutionLog log = new JsonlExecutionLog(folder);
        log.append(line(ONE, "before", 1));
        Files.writeString(folder.resolve("1").resolve(JsonlExecutionLog.FILE_NAME),
                "{\"at\":\"yesterday\",\"phase\":\"NOPE\"}\n", StandardOpenOption.APPEND);
        log.append(line(ONE, "after", 2));

        assertThat(log.read(ONE)).extracting(LogLine::message).containsExactly("before", "after");
    }

    private static LogLine line(TicketId ticket, String message, long second) {
        return new LogLine(ticket, TicketStatus.SCANNING_RELEVANT_FILES, LogLine.Level.INFO, message,
                Instant.ofEpochSecond(1_700_000_000L + second));
    }
}

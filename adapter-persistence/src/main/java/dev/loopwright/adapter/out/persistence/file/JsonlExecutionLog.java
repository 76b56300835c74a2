package dev.loopwright.adapter.out.persistence.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.error.PersistenceException;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each ticket's log as {@code <folder>/<ticket id>/execution-log.jsonl}, outside the ticket's working copy so that
 * removing the working copy keeps the log unless it is deleted on purpose. A line that cannot be read back (written
 * by a newer version, or damaged) is skipped rather than hiding the rest of the log.
 */
public final class JsonlExecutionLog implements ExecutionLog {
    static final String FILE_NAME = "execution-log.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;
    /** One writer per file, so appends to the same log never interleave. */
    private final Map<TicketId, JsonlLog> logs = new ConcurrentHashMap<>();

    public JsonlExecutionLog(Path folder) {
        this.folder = folder;
    }

    @Override
    public void append(LogLine line) {
        JsonlLog log = logOf(line.ticketId());
        try {
            log.append(MAPPER.writeValueAsString(new Entry(line.at().toString(), line.phase().name(),
                    line.level().name(), line.message())));
        } catch (IOException e) {
            throw new PersistenceException("Could not append to the log of ticket " + line.ticketId(), e);
        }
    }

    @Override
    public List<LogLine> read(TicketId ticketId) {
        List<String> records;
        try {
            records = logOf(ticketId).read();
        } catch (IOException e) {
            throw new PersistenceException("Could not read the log of ticket " + ticketId, e);
        }
        List<LogLine> lines = new ArrayList<>();
        for (String record : records) {
            try {
                Entry entry = MAPPER.readValue(record, Entry.class);
                lines.add(new LogLine(ticketId, TicketStatus.valueOf(entry.phase()),
                        LogLine.Level.valueOf(entry.level()), entry.message(), Instant.parse(entry.at())));
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // skipped: see the class comment
            }
        }
        return lines;
    }

    @Override
    public boolean delete(TicketId ticketId) {
        JsonlLog log = logOf(ticketId);
        synchronized (log) {
            try {
                return Files.deleteIfExists(fileOf(ticketId));
            } catch (IOException e) {
                throw new PersistenceException("Could not delete the log of ticket " + ticketId, e);
            }
        }
    }

    private JsonlLog logOf(TicketId ticketId) {
        return logs.computeIfAbsent(ticketId, id -> new JsonlLog(fileOf(id)));
    }

    private Path fileOf(TicketId ticketId) {
        return folder.resolve(ticketId.toString()).resolve(FILE_NAME);
    }

    private record Entry(String at, String phase, String level, String message) {
    }
}

package dev.loopwright.adapter.out.persistence.file;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only log with one JSON document per line (e.g. {@code execution-log.jsonl}). A process killed
 * while appending can leave a last line without its newline; that torn line is cut off when the log is read
 * or appended to, so the file always ends on a whole record.
 */
public final class JsonlLog {
    private final Path file;

    public JsonlLog(Path file) {
        this.file = file;
    }

    /**
     * Appends one record and forces it to disk. Plain {@link RandomAccessFile} I/O rather than a channel: a phase
     * interrupted while the engine stops still gets its last line written, where a channel would close on the
     * interrupt and lose it.
     */
    public synchronized void append(String jsonLine) throws IOException {
        if (jsonLine.indexOf('\n') >= 0 || jsonLine.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a JSONL record is one line");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "rw")) {
            long end = wholeRecordsEnd(log);
            log.setLength(end);
            log.seek(end);
            log.write((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
            log.getFD().sync();
        }
    }

    /** The whole records, in order; a torn last line is removed from the file. */
    public synchronized List<String> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "rw")) {
            long end = wholeRecordsEnd(log);
            if (end < log.length()) {
                log.setLength(end);
                log.getFD().sync();
            }
        }
        List<String> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                records.add(line);
            }
        }
        return records;
    }

    /** The length of the file up to and including its last newline. */
    private static long wholeRecordsEnd(RandomAccessFile log) throws IOException {
        for (long position = log.length() - 1; position >= 0; position--) {
            log.seek(position);
            if (log.read() == '\n') {
                return position + 1;
            }
        }
        return 0;
    }
}

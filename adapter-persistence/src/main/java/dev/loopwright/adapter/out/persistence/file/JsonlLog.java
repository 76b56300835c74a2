package dev.loopwright.adapter.out.persistence.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /** Appends one record and forces it to disk. The line must not contain a newline. */
    public synchronized void append(String jsonLine) throws IOException {
        if (jsonLine.indexOf('\n') >= 0 || jsonLine.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a JSONL record is one line");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            long end = wholeRecordsEnd(channel);
            channel.truncate(end);
            ByteBuffer buffer = ByteBuffer.wrap((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
            long position = end;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        }
    }

    /** The whole records, in order; a torn last line is removed from the file. */
    public synchronized List<String> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            long end = wholeRecordsEnd(channel);
            if (end < channel.size()) {
                channel.truncate(end);
                channel.force(false);
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
    private static long wholeRecordsEnd(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long position = size - 1; position >= 0; position--) {
            one.clear();
            channel.read(one, position);
            if (one.get(0) == '\n') {
                return position + 1;
            }
        }
        return 0;
    }
}

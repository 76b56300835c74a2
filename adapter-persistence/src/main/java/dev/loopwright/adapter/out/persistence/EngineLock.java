package dev.loopwright.adapter.out.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One workflow engine per data directory: two would run the same ticket's phases twice. The lock is an operating
 * system file lock, so it is released when its holder stops or is killed, and never has to be cleaned up by hand.
 * The holder publishes its HTTP address next to it, so a command line can talk to the running server instead.
 */
public final class EngineLock implements AutoCloseable {
    static final String LOCK_FILE = "engine.lock";
    static final String ADDRESS_FILE = "server-address";
    /**
     * The locks this process holds, by data directory. Closing any channel on a locked file releases the process's
     * lock on it (POSIX record locks), so while this process holds a directory its lock file is never opened again.
     */
    private static final Map<Path, EngineLock> HELD = new ConcurrentHashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private volatile Optional<URI> address = Optional.empty();

    private EngineLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data directory's lock, or fails naming the running server when another engine holds it. */
    public static synchronized EngineLock acquire(Path dataDirectory) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        EngineLock mine = HELD.get(key);
        if (mine != null) {
            throw new DataDirectoryInUseException(dataDirectory, mine.address);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dataDirectory, readAddress(dataDirectory));
            }
            // An address left by a holder that was killed is stale: this process is the engine now.
            Files.deleteIfExists(dataDirectory.resolve(ADDRESS_FILE));
            EngineLock acquired = new EngineLock(key, channel, lock);
            HELD.put(key, acquired);
            return acquired;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not lock the data directory " + dataDirectory, e);
        }
    }

    /** The address of the server holding the data directory's lock, if one is running and has published it. */
    public static synchronized Optional<URI> runningServer(Path dataDirectory) {
        EngineLock mine = HELD.get(dataDirectory.toAbsolutePath().normalize());
        if (mine != null) {
            return mine.address;
        }
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = tryLock(channel);
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return readAddress(dataDirectory);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Tells command lines where this engine's server listens; written whole or not at all. */
    public void publishAddress(URI address) {
        Path target = folder.resolve(ADDRESS_FILE);
        Path temporary = folder.resolve(ADDRESS_FILE + ".tmp");
        try {
            Files.writeString(temporary, address.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            this.address = Optional.of(address);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not publish the server address in " + folder, e);
        }
    }

    @Override
    public void close() {
        synchronized (EngineLock.class) {
            if (!HELD.remove(folder, this)) {
                return;
            }
        }
        try {
            Files.deleteIfExists(folder.resolve(ADDRESS_FILE));
        } catch (IOException ignored) {
            // a stale address is ignored by readers once the lock is free
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    /** Null when another process holds the lock (this process's own locks are known without asking). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    private static Optional<URI> readAddress(Path dataDirectory) {
        try {
            String text = Files.readString(dataDirectory.resolve(ADDRESS_FILE), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(URI.create(text));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}

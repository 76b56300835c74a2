package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineLockTest {
    @TempDir
    Path data;

    @Test
    void aSecondEngineIsRefusedWithTheRunningServersAddressUntilTheFirstStops() {
        URI address = URI.create("http://127.0.0.1:4321");
        try (EngineLock first = EngineLock.acquire(data)) {
            first.publishAddress(address);

            assertThat(EngineLock.runningServer(data)).contains(address);
            assertThatThrownBy(() -> EngineLock.acquire(data)).isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("already running").hasMessageContaining(address.toString())
                    .satisfies(e -> assertThat(((DataDirectoryInUseException) e).runningServer()).contains(address));
        }

        assertThat(EngineLock.runningServer(data)).isEmpty();
        EngineLock.acquire(data).close();
    }

    @Test
    void aKilledHoldersLockIsFreeAndItsAddressForgotten() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Holder.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("locked");
            assertThat(EngineLock.runningServer(data)).contains(URI.create("http://127.0.0.1:9"));
            assertThatThrownBy(() -> EngineLock.acquire(data)).isInstanceOf(DataDirectoryInUseException.class);

            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(EngineLock.runningServer(data)).isEmpty();
        try (EngineLock taken = EngineLock.acquire(data)) {
            assertThat(EngineLock.runningServer(data)).as("the dead holder's address is gone").isEmpty();
        }
    }

    @Test
    void lookingAtTheDirectoryFromTheHoldingProcessKeepsItLockedForOtherProcesses() throws Exception {
        try (EngineLock held = EngineLock.acquire(data)) {
            held.publishAddress(URI.create("http://127.0.0.1:4321"));
            // Each of these would release an OS lock if it opened and closed the lock file again.
            assertThat(EngineLock.runningServer(data)).isPresent();
            assertThatThrownBy(() -> EngineLock.acquire(data)).isInstanceOf(DataDirectoryInUseException.class);

            assertThat(probeFromAnotherProcess()).isEqualTo("busy http://127.0.0.1:4321");
        }
        assertThat(probeFromAnotherProcess()).isEqualTo("acquired");
    }

    private String probeFromAnotherProcess() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Prober.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = output.readLine();
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return line;
        }
    }

    /** Another process trying to take the lock once. */
    public static final class Prober {
        public static void main(String[] args) {
            try (EngineLock lock = EngineLock.acquire(Path.of(args[0]))) {
                System.out.println("acquired");
            } catch (DataDirectoryInUseException e) {
                System.out.println("busy " + e.runningServer().map(URI::toString).orElse("?"));
            }
        }
    }

    /** Another process holding the lock until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            EngineLock lock = EngineLock.acquire(Path.of(args[0]));
            lock.publishAddress(URI.create("http://127.0.0.1:9"));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}

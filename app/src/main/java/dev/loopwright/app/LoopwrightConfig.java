package dev.loopwright.app;

import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.github.GitHubSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ModelRuntime;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What an embedded {@link Loopwright} runs on: where its data lives, which model runtime runs the prompts, and who
 * hears of every ticket event.
 *
 * @param runtime the models: an OpenCode server ({@link #openCode}) or the caller's own implementation
 * @param listeners hear every ticket notification (status changes, log lines, progress), on the publisher's thread
 * @param github where delivered tickets become pull requests; empty delivers every ticket locally
 * @param dataSource the caller's own SQLite database for Loopwright's tables; empty opens {@code loopwright.db} in the
 *     data directory, which keeps everything else (logs, the engine lock) either way
 */
public record LoopwrightConfig(DataDirectory dataDirectory, ModelRuntime runtime, Clock clock,
        StreamSettings streamSettings, List<EventPublisher> listeners, Optional<GitHubSettings> github,
        Optional<DataSource> dataSource) {

    public LoopwrightConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(streamSettings, "streamSettings");
        listeners = List.copyOf(listeners);
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The database in the data directory. */
    public LoopwrightConfig(DataDirectory dataDirectory, ModelRuntime runtime, Clock clock,
            StreamSettings streamSettings, List<EventPublisher> listeners, Optional<GitHubSettings> github) {
        this(dataDirectory, runtime, clock, streamSettings, listeners, github, Optional.empty());
    }

    /**
     * Data in {@code dataDirectory}, models through {@code runtime}, the system clock, no listeners yet, and GitHub
     * as the environment configures it ({@link GitHubSettings#fromEnvironment}).
     */
    public static LoopwrightConfig of(Path dataDirectory, ModelRuntime runtime) {
        return new LoopwrightConfig(new DataDirectory(dataDirectory, DataDirectory.Source.FLAG), runtime,
                Clock.systemUTC(), StreamSettings.DEFAULT, List.of(), GitHubSettings.fromEnvironment(System.getenv()));
    }

    /** The models of the OpenCode server at {@code address} (e.g. {@code opencode serve --port 4096}). */
    public static ModelRuntime openCode(URI address) {
        return OpenCodeConnection.at(address, System.getenv()).runtime();
    }

    public LoopwrightConfig withListener(EventPublisher listener) {
        List<EventPublisher> more = new ArrayList<>(listeners);
        more.add(Objects.requireNonNull(listener, "listener"));
        return new LoopwrightConfig(dataDirectory, runtime, clock, streamSettings, more, github, dataSource);
    }

    public LoopwrightConfig withClock(Clock newClock) {
        return new LoopwrightConfig(dataDirectory, runtime, newClock, streamSettings, listeners, github, dataSource);
    }

    public LoopwrightConfig withGitHub(Optional<GitHubSettings> settings) {
        return new LoopwrightConfig(dataDirectory, runtime, clock, streamSettings, listeners, settings, dataSource);
    }

    public LoopwrightConfig withStreamSettings(StreamSettings settings) {
        return new LoopwrightConfig(dataDirectory, runtime, clock, settings, listeners, github, dataSource);
    }

    /**
     * Loopwright's tables in the SQLite database behind {@code source} (your own pool, say) instead of the data
     * directory's {@code loopwright.db}. Opening checks it and refuses what Loopwright cannot run on
     * ({@code SqliteStore.open(DataSource, Clock)}); closing it stays with you.
     */
    public LoopwrightConfig withDataSource(DataSource source) {
        return new LoopwrightConfig(dataDirectory, runtime, clock, streamSettings, listeners, github,
                Optional.of(source));
    }
}

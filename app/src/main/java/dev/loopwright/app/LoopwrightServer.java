package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpApi;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.in.http.TicketStreams;
import dev.loopwright.adapter.out.git.JGitRepositoryInspector;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ModelRuntime;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Wires storage, git and the use cases to the HTTP adapter and runs it: the server's composition root. */
public final class LoopwrightServer implements AutoCloseable {
    private final Javalin javalin;
    private final SqliteStore store;
    private final EventPublisher events;
    private final WorkflowEngine workflow;

    private LoopwrightServer(Javalin javalin, SqliteStore store, EventPublisher events, WorkflowEngine workflow) {
        this.javalin = javalin;
        this.store = store;
        this.events = events;
        this.workflow = workflow;
    }

    /**
     * Opens (and migrates) the database first, so a bad data directory fails before the port is taken.
     * {@code runtime} answers the model routes; the caller owns it.
     */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime) {
        Clock clock = Clock.systemUTC();
        StartupFacts facts = new StartupFacts(Files.exists(dataDirectory.databaseFile()),
                dataDirectory.databaseFile().toString(), dataDirectory.path().toString(), dataDirectory.source().name());
        SqliteStore store = SqliteStore.open(dataDirectory.databaseFile(), clock);
        TicketStreams streams = new TicketStreams(streamSettings, clock);
        EventFanOut events = new EventFanOut(List.of(streams));
        JGitWorkspace git = new JGitWorkspace();
        Services services = new Services(store, facts, git, new JGitRepositoryInspector(),
                Path.of(System.getProperty("user.home")), events, clock, runtime);
        WorkflowEngine workflow = WorkflowEngine.create(store, services.transitions, services.interview, runtime,
                git, events, clock, services.executionSetup);
        events.subscribe(workflow.runner());
        LoopwrightServer server = new LoopwrightServer(new HttpApi(services.http(), security, streams, clock)
                .start(settings), store, events, workflow);
        // Only once the server listens: resumed phases publish to the live streams like any other.
        workflow.runner().recover();
        return server;
    }

    /** Where ticket notifications go (the live streams among them): the workflow publishes here. */
    public EventPublisher events() {
        return events;
    }

    public SqliteStore store() {
        return store;
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        workflow.close();
    }

    @Override
    public void close() {
        stop();
    }
}

package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpApi;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.in.http.TicketStreams;
import dev.loopwright.adapter.in.http.v1.V1GenerationRoutes;
import dev.loopwright.adapter.out.git.JGitRepositoryInspector;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.EngineLock;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.adapter.out.persistence.file.JsonlExecutionLog;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.event.TicketNotification;
import io.javalin.Javalin;
import java.net.URI;
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
    private final EngineLock lock;

    private LoopwrightServer(Javalin javalin, SqliteStore store, EventPublisher events, WorkflowEngine workflow,
            EngineLock lock) {
        this.javalin = javalin;
        this.store = store;
        this.events = events;
        this.workflow = workflow;
        this.lock = lock;
    }

    /**
     * Locks the data directory (one engine per directory, see {@link EngineLock}) and opens (and migrates) the
     * database first, so a busy or bad data directory fails before the port is taken.
     * {@code runtime} answers the model routes; the caller owns it.
     */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime) {
        return start(settings, dataDirectory, security, streamSettings, runtime, Clock.systemUTC());
    }

    /** As above, with the clock every service, stream and rate limit reads (tests move it instead of waiting). */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime, Clock clock) {
        EngineLock lock = EngineLock.acquire(dataDirectory.path());
        try {
            LoopwrightServer server = start(settings, dataDirectory, security, streamSettings, runtime, clock, lock);
            lock.publishAddress(URI.create("http://" + reachableHost(settings.host()) + ":" + server.port()));
            return server;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime, Clock clock, EngineLock lock) {
        StartupFacts facts = new StartupFacts(Files.exists(dataDirectory.databaseFile()),
                dataDirectory.databaseFile().toString(), dataDirectory.path().toString(), dataDirectory.source().name());
        SqliteStore store = SqliteStore.open(dataDirectory.databaseFile(), clock);
        TicketStreams streams = new TicketStreams(streamSettings, clock);
        ExecutionLog log = new JsonlExecutionLog(dataDirectory.path().resolve("logs"));
        EventPublisher logRecorder = notification -> {
            if (notification instanceof TicketNotification.LogLine line) {
                log.append(line);
            }
        };
        EventFanOut events = new EventFanOut(List.of(streams, logRecorder));
        JGitWorkspace git = new JGitWorkspace();
        Services services = new Services(store, facts, git, new JGitRepositoryInspector(),
                Path.of(System.getProperty("user.home")), events, log, clock, runtime);
        WorkflowEngine workflow = WorkflowEngine.create(store, services.transitions, services.interview, runtime,
                git, events, clock, services.executionSetup);
        events.subscribe(workflow.runner());
        TicketBridge bridge = new TicketBridge(store, services.intake, services.tickets, runtime, dataDirectory.path(),
                clock);
        events.subscribe(bridge.follower);
        // Status changes made while the server was down (a ticket completed, then a restart) are applied now.
        bridge.follower.catchUp();
        LoopwrightServer server = new LoopwrightServer(new HttpApi(services.http(), security, streams, clock)
                .mount(services.intake.developerApi(clock).extend(new V1GenerationRoutes(bridge.http())::register)).mount(bridge.mcp::mount)
                .start(settings), store, events, workflow, lock);
        // Only once the server listens: resumed phases publish to the live streams like any other.
        workflow.runner().recover();
        return server;
    }

    /** A server bound to every interface is reached on loopback by a command line on the same machine. */
    private static String reachableHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return HttpServerSettings.LOOPBACK;
        }
        return host.contains(":") ? "[" + host + "]" : host;
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
        lock.close();
    }

    @Override
    public void close() {
        stop();
    }
}

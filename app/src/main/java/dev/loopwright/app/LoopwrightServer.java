package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpApi;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.in.http.TicketStreams;
import dev.loopwright.adapter.in.http.v1.V1GenerationRoutes;
import dev.loopwright.adapter.out.git.JGitRepositoryInspector;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.github.GitHubRestPullRequestHost;
import dev.loopwright.adapter.out.github.GitHubSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.adapter.out.persistence.file.JsonlExecutionLog;
import dev.loopwright.adapter.out.shell.BashCommandRunner;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.event.TicketNotification;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
        return start(settings, dataDirectory, security, streamSettings, runtime, Clock.systemUTC());
    }

    /**
     * As above, with the clock every service, stream and rate limit reads (tests move it instead of waiting). GitHub
     * pull requests are opened when the environment names a token ({@value GitHubSettings#TOKEN_VARIABLE}, else
     * {@value GitHubSettings#FALLBACK_TOKEN_VARIABLE}; API at {@value GitHubSettings#API_URL_VARIABLE}).
     */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime, Clock clock) {
        return start(settings, dataDirectory, security, streamSettings, runtime, clock,
                GitHubSettings.fromEnvironment(System.getenv()));
    }

    /** As above, with GitHub configured explicitly: empty delivers every ticket locally. */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime, Clock clock,
            Optional<GitHubSettings> github) {
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
                Path.of(System.getProperty("user.home")), events, log, clock, runtime, new BashCommandRunner(),
                github.map(GitHubRestPullRequestHost::new));
        WorkflowEngine workflow = WorkflowEngine.create(store, services.transitions, services.interview, runtime,
                git, events, clock, services.executionSetup, services.delivery);
        events.subscribe(workflow.runner());
        TicketBridge bridge = new TicketBridge(store, services.intake, services.tickets, runtime, dataDirectory.path(),
                clock);
        events.subscribe(bridge.follower);
        // Status changes made while the server was down (a ticket completed, then a restart) are applied now.
        bridge.follower.catchUp();
        LoopwrightServer server = new LoopwrightServer(new HttpApi(services.http(), security, streams, clock)
                .mount(services.intake.developerApi(clock).extend(new V1GenerationRoutes(bridge.http())::register)).mount(bridge.mcp::mount)
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

package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpApi;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpUseCases;
import dev.loopwright.adapter.in.http.TicketStreams;
import dev.loopwright.adapter.in.http.v1.V1GenerationRoutes;
import dev.loopwright.adapter.out.git.JGitRepositoryInspector;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.github.GitHubRestPullRequestHost;
import dev.loopwright.adapter.out.persistence.EngineLock;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.adapter.out.persistence.file.JsonlExecutionLog;
import dev.loopwright.adapter.out.shell.BashCommandRunner;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.event.TicketNotification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loopwright inside your own application: storage, git, the workflow engine and every use case, with no HTTP server
 * of its own. {@link #useCases()} drives it in-process; {@link #http} gives the HTTP API to mount into your Javalin
 * (or to start, as {@link LoopwrightServer} does). Holds its data directory's lock until closed.
 *
 * <pre>{@code
 * try (Loopwright loopwright = Loopwright.open(LoopwrightConfig.of(dataDir, LoopwrightConfig.openCode(opencodeUrl))
 *         .withListener(event -> System.out.println(event)))) {
 *     Project shop = loopwright.useCases().createProject().create(new CreateProjectCommand(...));
 * }
 * }</pre>
 */
public final class Loopwright implements AutoCloseable {
    private final LoopwrightConfig config;
    private final EngineLock lock;
    private final SqliteStore store;
    private final TicketStreams streams;
    private final EventFanOut events;
    private final Services services;
    private final WorkflowEngine workflow;
    private final TicketBridge bridge;

    private Loopwright(LoopwrightConfig config, EngineLock lock, SqliteStore store, TicketStreams streams,
            EventFanOut events, Services services, WorkflowEngine workflow, TicketBridge bridge) {
        this.config = config;
        this.lock = lock;
        this.store = store;
        this.streams = streams;
        this.events = events;
        this.services = services;
        this.workflow = workflow;
        this.bridge = bridge;
    }

    /**
     * Locks the data directory (one engine per directory), opens and migrates its database (or the config's
     * {@link LoopwrightConfig#withDataSource DataSource}), and resumes every unfinished ticket from what was stored.
     * The caller owns {@code config.runtime()} and the DataSource.
     */
    public static Loopwright open(LoopwrightConfig config) {
        Loopwright loopwright = openIdle(config);
        loopwright.resume();
        return loopwright;
    }

    /** Opens without resuming tickets yet: the server first starts listening, then {@link #resume()}s. */
    static Loopwright openIdle(LoopwrightConfig config) {
        EngineLock lock = EngineLock.acquire(config.dataDirectory().path());
        try {
            return compose(config, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Re-enters every unfinished ticket's status, so its work goes on from what was stored. */
    void resume() {
        workflow.runner().recover();
    }

    private static Loopwright compose(LoopwrightConfig config, EngineLock lock) {
        Path data = config.dataDirectory().path();
        Path databaseFile = config.dataDirectory().databaseFile();
        boolean fileExisted = Files.exists(databaseFile);
        SqliteStore store = config.dataSource()
                .map(source -> SqliteStore.open(source, config.clock()))
                .orElseGet(() -> SqliteStore.open(databaseFile, config.clock()));
        // A caller's database may have existed long before Loopwright's tables did: what counts is the schema.
        boolean existed = config.dataSource().isPresent() ? !store.createdSchema() : fileExisted;
        StartupFacts facts = new StartupFacts(existed, store.file().toString(), data.toString(),
                config.dataDirectory().source().name());
        TicketStreams streams = new TicketStreams(config.streamSettings(), config.clock());
        ExecutionLog log = new JsonlExecutionLog(data.resolve("logs"));
        EventPublisher logRecorder = notification -> {
            if (notification instanceof TicketNotification.LogLine line) {
                log.append(line);
            }
        };
        List<EventPublisher> listeners = new ArrayList<>(List.of(streams, logRecorder));
        listeners.addAll(config.listeners());
        EventFanOut events = new EventFanOut(listeners);
        JGitWorkspace git = new JGitWorkspace();
        Services services = new Services(store, facts, git, new JGitRepositoryInspector(),
                Path.of(System.getProperty("user.home")), events, log, config.clock(), config.runtime(),
                new BashCommandRunner(), config.github().map(GitHubRestPullRequestHost::new));
        WorkflowEngine workflow = WorkflowEngine.create(store, services.transitions, services.interview,
                config.runtime(), git, events, config.clock(), services.executionSetup, services.envSetup,
                services.coding, services.delivery);
        events.subscribe(workflow.runner());
        TicketBridge bridge = new TicketBridge(store, services.intake, services.tickets, config.runtime(), data,
                config.clock());
        events.subscribe(bridge.follower);
        // Status changes made while nothing ran (a ticket completed, then a restart) are applied now.
        bridge.follower.catchUp();
        return new Loopwright(config, lock, store, streams, events, services, workflow, bridge);
    }

    /** Every in-port use case: projects, tickets, the interview, approvals, workflow actions, intake. */
    public HttpUseCases useCases() {
        return services.http();
    }

    /**
     * The HTTP API (the {@code /api} routes, the {@code /api/v1} intake API and MCP) over this instance, to
     * {@link HttpApi#configure mount} into a host Javalin or to {@link HttpApi#start start} on its own.
     */
    public HttpApi http(HttpSecurity security) {
        return new HttpApi(services.http(), security, streams, config.clock())
                .mount(services.intake.developerApi(config.clock())
                        .extend(new V1GenerationRoutes(bridge.http())::register))
                .mount(bridge.mcp::mount);
    }

    /** Adds a listener for every ticket notification from now on. */
    public void subscribe(EventPublisher listener) {
        events.subscribe(listener);
    }

    /** Where ticket notifications go: publishing here reaches the streams, the log and every listener. */
    public EventPublisher events() {
        return events;
    }

    public SqliteStore store() {
        return store;
    }

    EngineLock lock() {
        return lock;
    }

    /** Stops the engine (running phases resume on the next open) and releases the data directory. */
    @Override
    public void close() {
        workflow.close();
        lock.close();
    }
}

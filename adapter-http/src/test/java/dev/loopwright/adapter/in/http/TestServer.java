package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.beads.Beads;
import dev.loopwright.application.beads.BeadsPorts;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.council.SoloCall;
import dev.loopwright.application.execution.CodingRecovery;
import dev.loopwright.application.execution.ExecutionLedger;
import dev.loopwright.application.execution.ExecutionSettingsSource;
import dev.loopwright.application.delivery.Delivery;
import dev.loopwright.application.delivery.DeliveryPorts;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.fake.InMemoryBeadExecutionRepository;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.service.BeadExecutionService;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.FolderRepositoryInspector;
import dev.loopwright.application.fake.InMemoryExecutionLog;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.folder.FolderEntry;
import dev.loopwright.application.interview.Interview;
import dev.loopwright.application.interview.InterviewPorts;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.prd.PrdCoverage;
import dev.loopwright.application.prd.PrdGate;
import dev.loopwright.application.prd.PrdSources;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.BeadsService;
import dev.loopwright.application.service.DeliveryService;
import dev.loopwright.application.service.DescribeWorkflowService;
import dev.loopwright.application.service.DevEventService;
import dev.loopwright.application.service.ExecutionSetupService;
import dev.loopwright.application.service.FolderService;
import dev.loopwright.application.service.InterviewService;
import dev.loopwright.application.service.ModelCatalogService;
import dev.loopwright.application.service.OpenCodeQuestionService;
import dev.loopwright.application.service.PrdService;
import dev.loopwright.application.service.ProfileService;
import dev.loopwright.application.service.ProjectService;
import dev.loopwright.application.service.StartTicketService;
import dev.loopwright.application.service.StartupStatusService;
import dev.loopwright.application.service.TicketCleanup;
import dev.loopwright.application.service.TicketHistoryService;
import dev.loopwright.application.service.TicketService;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.service.UiStateService;
import dev.loopwright.application.service.WorkflowActionService;
import dev.loopwright.application.setup.ExecutionSetup;
import dev.loopwright.application.setup.SetupPlanPorts;
import dev.loopwright.domain.profile.ModelId;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The HTTP API on a random loopback port over in-memory stores, with a small client for tests. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The runtime every test server has unless a test asks for another: two connected models. */
    static final ModelRuntime MODELS = new FixedCatalogModelRuntime(List.of(new ModelId("openai/gpt-5"),
            new ModelId("anthropic/claude-sonnet-4")));

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories repositories = InMemoryRepositories.create();
    /** The live streams; tests publish here as the application would. */
    final TicketStreams streams;
    /** The interview the routes drive; tests enter it as the phase runner would. */
    final Interview interview;
    /** The execution setup plan the routes drive; tests draft it as the phase runner would. */
    final ExecutionSetup executionSetup;
    /** The tickets' execution logs; tests append lines as the phase runner would. */
    final InMemoryExecutionLog executionLog = new InMemoryExecutionLog();
    private final Javalin javalin;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(HttpSecurity security) {
        this(security, Path.of(System.getProperty("java.io.tmpdir")));
    }

    TestServer(HttpSecurity security, Path browsingRoot) {
        this(security, browsingRoot, MODELS);
    }

    TestServer(HttpSecurity security, Path browsingRoot, ModelRuntime runtime) {
        this(security, browsingRoot, runtime, StreamSettings.DEFAULT);
    }

    TestServer(HttpSecurity security, StreamSettings streamSettings) {
        this(security, Path.of(System.getProperty("java.io.tmpdir")), MODELS, streamSettings);
    }

    TestServer(HttpSecurity security, Path browsingRoot, ModelRuntime runtime, StreamSettings streamSettings) {
        interview = interview(repositories, clock, runtime);
        executionSetup = executionSetup(repositories, clock, runtime);
        HttpUseCases useCases = useCases(repositories, clock, browsingRoot, runtime, interview, executionSetup,
                executionLog);
        streams = new TicketStreams(streamSettings, clock);
        javalin = new HttpApi(useCases, security, streams, clock).start(new HttpServerSettings("127.0.0.1", 0));
    }

    TestServer() {
        this(HttpSecurity.LOCAL_OPEN);
    }

    static HttpUseCases useCases(Repositories r, MutableClock clock) {
        return useCases(r, clock, Path.of(System.getProperty("java.io.tmpdir")), MODELS);
    }

    static HttpUseCases useCases(Repositories r, MutableClock clock, Path browsingRoot, ModelRuntime runtime) {
        return useCases(r, clock, browsingRoot, runtime, interview(r, clock, runtime));
    }

    /** Turns after answers run on the request's thread, so a test sees the next batch when the 202 arrives. */
    static Interview interview(Repositories r, MutableClock clock, ModelRuntime runtime) {
        return new Interview(new InterviewPorts(r.tickets(), r.projects(), r.attempts(), r.artifacts(), runtime,
                notification -> { }, transitions(r, clock), r.unitOfWork()), ticket -> new CouncilSettings(Duration.ofSeconds(30), 1),
                new PromptBuilder(100_000), clock, Runnable::run);
    }

    /** Regenerations run on the request's thread, so a test sees the new plan when the answer arrives. */
    static ExecutionSetup executionSetup(Repositories r, MutableClock clock, ModelRuntime runtime) {
        return new ExecutionSetup(new SetupPlanPorts(r.tickets(), r.projects(), r.attempts(), r.artifacts(), runtime,
                new FolderGitWorkspace(), notification -> { }, transitions(r, clock), r.unitOfWork()),
                ticket -> new CouncilSettings(Duration.ofSeconds(30), 1), new PromptBuilder(100_000), clock,
                Runnable::run);
    }

    static TicketTransitionService transitions(Repositories r, MutableClock clock) {
        return new TicketTransitionService(r.tickets(), r.history(), r.errors(), r.attempts(), r.unitOfWork(),
                notification -> { }, clock);
    }

    static HttpUseCases useCases(Repositories r, MutableClock clock, Path browsingRoot, ModelRuntime runtime,
            Interview interview) {
        return useCases(r, clock, browsingRoot, runtime, interview, executionSetup(r, clock, runtime),
                new InMemoryExecutionLog());
    }

    static HttpUseCases useCases(Repositories r, MutableClock clock, Path browsingRoot, ModelRuntime runtime,
            Interview interview, ExecutionSetup executionSetup, ExecutionLog log) {
        ExecutionSetupService setups = new ExecutionSetupService(r.tickets(), executionSetup);
        ProfileService profiles = new ProfileService(r.profiles(), runtime);
        ProjectService projects = new ProjectService(r.projects(), r.tickets(), new FolderGitWorkspace(), clock);
        TicketService tickets = new TicketService(r.projects(), r.tickets(), r.unitOfWork(), clock);
        UiStateService uiStates = new UiStateService(r.tickets(), r.uiStates(), clock);
        TicketHistoryService history = new TicketHistoryService(r.tickets(), r.artifacts(), r.attempts(), log);
        TicketTransitionService transitions = transitions(r, clock);
        InterviewService interviews = new InterviewService(r.tickets(), interview);
        ExecutionLedger ledger = new ExecutionLedger(beadExecutions(r), new ApprovedArtifacts(r.attempts(),
                r.artifacts()));
        WorkflowActionService actions = new WorkflowActionService(r.tickets(), r.attempts(), transitions,
                r.unitOfWork(), new TicketCleanup(r.projects(), r.artifacts(), beadExecutions(r), r.sessions(),
                        log, new FolderGitWorkspace(), r.unitOfWork()),
                new CodingRecovery(ledger, r.projects(), new FolderGitWorkspace(), runtime, clock), clock, Map.of());
        BeadExecutionService execution = new BeadExecutionService(r.tickets(), r.attempts(), r.artifacts(), ledger,
                new ExecutionSettingsSource(r.profiles(), r.projects()));
        FolderService folders = new FolderService(new FolderRepositoryInspector(), TestServer::subfolders, r.projects(),
                browsingRoot);
        ModelCatalogService models = new ModelCatalogService(runtime);
        return new HttpUseCases(new DescribeWorkflowService(), profiles, profiles, profiles, projects, projects,
                projects, projects, projects, tickets, tickets, tickets, tickets, actions, uiStates, uiStates, history,
                history, folders, folders, startup(r, clock), startup(r, clock), actions, actions,
                models, models, new StartTicketService(r.tickets(), r.projects(), r.profiles(), runtime,
                        new FolderGitWorkspace(), transitions), new DevEventService(r.tickets(), transitions),
                questions(r, runtime), questions(r, runtime),
                interviews, interviews, interviews, interviews, interviews, interviews,
                prds(r, clock, runtime), prds(r, clock, runtime), prds(r, clock, runtime), prds(r, clock, runtime),
                prds(r, clock, runtime), beads(r, clock, runtime), beads(r, clock, runtime), beads(r, clock, runtime),
                setups, setups, setups, setups, history, actions, execution, execution,
                delivery(r, clock));
    }

    private static final Map<Repositories, InMemoryBeadExecutionRepository> BEAD_EXECUTIONS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The bead execution states that go with {@code r} (they are not among the shared contract repositories). */
    static InMemoryBeadExecutionRepository beadExecutions(Repositories r) {
        return BEAD_EXECUTIONS.computeIfAbsent(r, key -> new InMemoryBeadExecutionRepository());
    }

    /**
     * Merge and close over the same stores, with a git that keeps no history: enough for the routes' refusals and
     * for closing; merging itself is tested on real repositories (the app module's end-to-end test).
     */
    static DeliveryService delivery(Repositories r, MutableClock clock) {
        Delivery delivery = new Delivery(new DeliveryPorts(r.tickets(), r.projects(), r.attempts(), r.artifacts(),
                new FolderGitWorkspace(), request -> {
                    throw new UnsupportedOperationException("no commands in HTTP tests");
                }, new FolderRepositoryInspector(), Optional.empty(), notification -> { }, transitions(r, clock)),
                ticket -> Duration.ZERO, clock);
        return new DeliveryService(r.tickets(), delivery.review());
    }

    /** The PRD gate over the same stores; its coverage fix asks {@code runtime}. */
    static PrdService prds(Repositories r, MutableClock clock, ModelRuntime runtime) {
        PrdSources sources = new PrdSources(r.attempts(), r.artifacts(), clock);
        PrdCoverage coverage = new PrdCoverage(r.tickets(), r.projects(), sources, new SoloCall(runtime),
                ticket -> new CouncilSettings(Duration.ofSeconds(30), 1), new PromptBuilder(100_000));
        return new PrdService(r.tickets(), new PrdGate(r.tickets(), transitions(r, clock), r.unitOfWork(), sources, coverage,
                clock));
    }

    /** The bead plan's gate over the same stores; tests seed the plan as the expansion would. */
    static BeadsService beads(Repositories r, MutableClock clock, ModelRuntime runtime) {
        return new BeadsService(r.tickets(), new Beads(new BeadsPorts(r.tickets(), r.projects(), r.attempts(),
                r.artifacts(), runtime, transitions(r, clock)), ticket -> new CouncilSettings(Duration.ofSeconds(30), 1),
                new PromptBuilder(100_000), clock));
    }

    private static OpenCodeQuestionService questions(Repositories r, ModelRuntime runtime) {
        return new OpenCodeQuestionService(r.tickets(), r.projects(), runtime, new FolderGitWorkspace());
    }

    private static StartupStatusService startup(Repositories r, MutableClock clock) {
        return new StartupStatusService(new StartupFacts(false, "/data/loopwright.db", "/data", "FLAG"), r.projects(),
                r.notices(), clock);
    }

    private static List<FolderEntry> subfolders(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).map(c -> new FolderEntry(c.getFileName().toString(), c))
                    .sorted(Comparator.comparing(FolderEntry::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return javalin.port();
    }

    /** A response with its JSON body parsed (null when the body is not JSON). */
    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String error() {
            return body.get("error").asText();
        }
    }

    Reply send(String method, String path, String body, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        return new Reply(response.statusCode(), json, response);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, Map.of());
    }

    Reply post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, Map.of());
    }

    Reply patch(String path, String body) throws IOException, InterruptedException {
        return send("PATCH", path, body, Map.of());
    }

    Reply put(String path, String body) throws IOException, InterruptedException {
        return send("PUT", path, body, Map.of());
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, Map.of());
    }

    @Override
    public void close() {
        javalin.stop();
    }
}

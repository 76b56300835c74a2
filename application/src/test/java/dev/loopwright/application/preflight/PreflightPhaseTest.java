package dev.loopwright.application.preflight;

import static dev.loopwright.application.fake.ApprovedBeadsFixture.bead;
import static dev.loopwright.application.fake.ApprovedBeadsFixture.jsonl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.prompt.PromptBuilder;
import java.time.Duration;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightPhaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = jsonl(bead("SHOP-1", "B1", 1), bead("SHOP-1", "B2", 2, "B1"));

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final RecordingEventPublisher log = new RecordingEventPublisher();
    private final ScriptedModelRuntime probed = new ScriptedModelRuntime().on(TestSettings.MAIN,
            ScriptedModelRuntime.reply("OK"));
    private ModelRuntime runtime = probed;
    private GitWorkspace git = new FolderGitWorkspace();
    private Project project;
    private Ticket ticket;
    private Path workingCopy;

    @BeforeEach
    void aTicketAtPreflightWithAnApprovedPlan() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        workingCopy = Files.createDirectories(git.workingCopyOf(repo, "SHOP-1"));
        project = r.projects().create(new NewProject(new Shortname("SHOP"), repo, ProjectDetails.of("Shop", null, null),
                ProjectOverrides.NONE, clock.instant()));
        ticket = newTicket("SHOP-1");
        ticket = TicketAt.status(r, ticket, TicketStatus.PRE_FLIGHT_CHECK, TestSettings.locked(), clock.instant());
        ApprovedBeadsFixture.seed(r.attempts(), r.artifacts(), ticket.id(), PLAN, clock.instant());
    }

    @Test
    void everyCheckPassesTheReportIsStoredAndEachFindingIsLogged() {
        Optional<TicketEvent> next = preflight().run(context());

        assertThat(next).contains(TicketEvent.of(TicketEventType.CHECKS_PASSED));
        JsonNode report = report();
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(names(report)).containsExactly(RuntimeChecks.CONNECTIVITY, RuntimeChecks.MAIN_IMPLEMENTER,
                WorkingCopyChecks.PRESENT, WorkingCopyChecks.CLEAN, BeadPlanChecks.APPROVAL,
                BeadPlanChecks.AVAILABLE, BeadPlanChecks.GRAPH, BeadPlanChecks.RUNNABLE, ExecutionLockCheck.NAME,
                CapabilityProbe.NAME);
        assertThat(report.path("criticalFailures")).isEmpty();
        assertThat(log.published()).filteredOn(TicketNotification.LogLine.class::isInstance)
                .extracting(line -> ((TicketNotification.LogLine) line).message())
                .contains("✓ Runnable Beads: next: B1");
    }

    @Test
    void theProbeAsksTheMainImplementerInTheWorkingCopyReadOnlyAndClosesTheSession() {
        preflight().run(context());

        assertThat(probed.prompts()).singleElement().satisfies(prompt -> {
            assertThat(prompt.model()).isEqualTo(TestSettings.MAIN);
            assertThat(prompt.text()).contains("reply with OK and nothing else");
        });
        assertThat(probed.abortedSessions()).containsExactly(probed.prompts().get(0).sessionId());
    }

    @Test
    void aProbeAnsweredWithAnythingButOkFails() {
        runtime = new ScriptedModelRuntime().on(TestSettings.MAIN, ScriptedModelRuntime.reply("Sure! OK."));

        assertThat(failedNames()).containsExactly(CapabilityProbe.NAME);
        assertThat(failure().message()).contains("the probe wanted OK, openai/gpt-5 replied: Sure! OK.");
    }

    @Test
    void aProbeThatTimesOutFails() {
        runtime = new ScriptedModelRuntime().on(TestSettings.MAIN,
                ScriptedModelRuntime.fail(RuntimeFailureKind.TIMEOUT));

        assertThat(failedNames()).containsExactly(CapabilityProbe.NAME);
    }

    @Test
    void anUnreachableRuntimeFailsConnectivityAndTheModelCheck() {
        runtime = FixedCatalogModelRuntime.unreachable();

        assertThat(failedNames()).containsExactly(RuntimeChecks.CONNECTIVITY, RuntimeChecks.MAIN_IMPLEMENTER);
    }

    @Test
    void aMainImplementerNoLongerConnectedFails() {
        runtime = new FixedCatalogModelRuntime(List.of(new ModelId("other/model")));

        assertThat(failedNames()).containsExactly(RuntimeChecks.MAIN_IMPLEMENTER);
        assertThat(failure().message()).contains("openai/gpt-5 is not among OpenCode's connected models");
    }

    @Test
    void aModelListThatTimesOutOnceIsAskedAgain() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        runtime = (ModelRuntime) Proxy.newProxyInstance(ModelRuntime.class.getClassLoader(),
                new Class<?>[] {ModelRuntime.class}, (proxy, method, args) -> {
                    if (method.getName().equals("catalog") && reads.incrementAndGet() == 1) {
                        throw new dev.loopwright.application.error.ModelRuntimeException(RuntimeFailureKind.TIMEOUT,
                                "GET /provider timed out");
                    }
                    return method.invoke(probed, args);
                });

        assertThat(preflight().run(context())).contains(TicketEvent.of(TicketEventType.CHECKS_PASSED));
        assertThat(reads.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMissingWorkingCopyFails() throws Exception {
        Files.delete(workingCopy);

        assertThat(failedNames()).containsExactly(WorkingCopyChecks.PRESENT);
    }

    @Test
    void uncommittedChangesInTheWorkingCopyFailAndAreNamed() {
        git = dirtyGit(List.of("src/app.js", "notes.txt"));

        assertThat(failedNames()).containsExactly(WorkingCopyChecks.CLEAN);
        assertThat(failure().message()).contains("2 uncommitted change(s)", "src/app.js, notes.txt");
    }

    @Test
    void aPlanThatWasNeverApprovedFails() throws Exception {
        TicketAt.status(r, ticket, TicketStatus.CANCELED, TestSettings.locked(), clock.instant());
        ticket = TicketAt.status(r, newTicket("SHOP-2"), TicketStatus.PRE_FLIGHT_CHECK, TestSettings.locked(),
                clock.instant());
        Files.createDirectories(git.workingCopyOf(project.folderPath(), "SHOP-2"));
        ApprovedBeadsFixture.store(r.attempts(), r.artifacts(), ticket.id(), PLAN, clock.instant());

        assertThat(failedNames()).containsExactly(BeadPlanChecks.APPROVAL);
    }

    @Test
    void aPlanChangedAfterItsApprovalIsNotTheApprovedOne() {
        ApprovedBeadsFixture.store(r.attempts(), r.artifacts(), ticket.id(), PLAN, clock.instant());
        ApprovedBeadsFixture.approve(r.attempts(), r.artifacts(), ticket.id(), PLAN + "\n{}", clock.instant());

        assertThat(failedNames()).containsExactly(BeadPlanChecks.AVAILABLE);
    }

    @Test
    void everyGraphProblemIsItsOwnFailure() {
        String broken = jsonl(bead("SHOP-1", "B1", 1, "B3"), bead("SHOP-1", "B2", 2, "B2"),
                bead("SHOP-1", "B3", 3, "B1"), bead("SHOP-1", "B4", 4, "GHOST"));
        reapprove(broken);

        List<String> messages = failureMessages();
        assertThat(messages).hasSize(3).anySatisfy(m -> assertThat(m).contains("B2 depends on itself"))
                .anySatisfy(m -> assertThat(m).contains("B4 depends on unknown bead GHOST"))
                .anySatisfy(m -> assertThat(m).contains("dependency cycle: B1 -> B3 -> B1"));
    }

    @Test
    void unreadableLinesAreReportedWithTheirNumbers() {
        reapprove(jsonl(bead("SHOP-1", "B1", 1), "not json", "[1]"));

        assertThat(failureMessages()).containsExactly("line 2 is not JSON: Unrecognized token 'not': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", "line 3 is not a JSON object");
    }

    @Test
    void aPlanWhereNothingCanStartFails() {
        reapprove(jsonl(bead("SHOP-1", "B1", 1).replace("\"pending\"", "\"error\""), bead("SHOP-1", "B2", 2, "B1")));

        assertThat(failedNames()).containsExactly(BeadPlanChecks.RUNNABLE);
    }

    @Test
    void anotherTicketOfTheProjectInTheExecutionBandFails() {
        TicketAt.status(r, newTicket("SHOP-2"), TicketStatus.CODING, TestSettings.locked(), clock.instant());

        assertThat(failedNames()).containsExactly(ExecutionLockCheck.NAME);
        assertThat(failure().message()).contains("Project execution is busy with SHOP-2 (CODING)");
    }

    @Test
    void allFailuresAreListedTogetherInTheBlockingEvent() throws Exception {
        Files.delete(workingCopy);
        runtime = new FixedCatalogModelRuntime(List.of(new ModelId("other/model")));

        TicketEvent.Failure failure = failure();

        assertThat(failure.type()).isEqualTo(TicketEventType.CHECKS_FAILED);
        assertThat(failure.codes()).containsExactly(PreflightPhase.FAILED);
        assertThat(failure.message()).startsWith("Pre-flight found 2 problem(s): Main Implementer Model: ")
                .contains("; Git Worktree: ");
        assertThat(failure.diagnostics()).hasValueSatisfying(lines -> assertThat(lines.split("\n"))
                .hasSize(2).allSatisfy(line -> assertThat(line).startsWith("✗ ")));
        assertThat(report().path("passed").asBoolean()).isFalse();
        assertThat(report().path("criticalFailures")).hasSize(2);
    }

    private void reapprove(String plan) {
        ApprovedBeadsFixture.store(r.attempts(), r.artifacts(), ticket.id(), plan, clock.instant());
        ApprovedBeadsFixture.approve(r.attempts(), r.artifacts(), ticket.id(), plan, clock.instant());
    }

    private Ticket newTicket(String ref) {
        return r.tickets().create(new NewTicket(project.id(), ExternalId.parse(ref),
                TicketDetails.of("Ticket " + ref, "Do it", null), clock.instant()));
    }

    private PreflightPhase preflight() {
        return new PreflightPhase(r.tickets(), r.projects(), r.attempts(), r.artifacts(), runtime, git, log, clock,
                ticket -> new CouncilSettings(Duration.ofSeconds(30), 1), new PromptBuilder(100_000));
    }

    private PhaseContext context() {
        return new PhaseContext(ticket.id(), TicketStatus.PRE_FLIGHT_CHECK, new Cancellation());
    }

    private TicketEvent.Failure failure() {
        return (TicketEvent.Failure) preflight().run(context()).orElseThrow();
    }

    private List<String> failedNames() {
        failure();
        List<String> names = new java.util.ArrayList<>();
        report().path("checks").forEach(check -> {
            if (check.path("result").asText().equals("fail")) {
                names.add(check.path("name").asText());
            }
        });
        return names;
    }

    private List<String> failureMessages() {
        failure();
        List<String> messages = new java.util.ArrayList<>();
        report().path("checks").forEach(check -> {
            if (check.path("result").asText().equals("fail")) {
                messages.add(check.path("message").asText());
            }
        });
        return messages;
    }

    private JsonNode report() {
        int attempt = r.attempts().findActive(ticket.id(), TicketStatus.PRE_FLIGHT_CHECK).orElseThrow().attemptNumber();
        try {
            return JSON.readTree(r.artifacts().findLatest(ticket.id(), TicketStatus.PRE_FLIGHT_CHECK, attempt,
                    PreflightPhase.REPORT).orElseThrow().content());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(JsonNode report) {
        List<String> names = new java.util.ArrayList<>();
        report.path("checks").forEach(check -> names.add(check.path("name").asText()));
        return names;
    }

    /** The folder workspace, reporting the given paths as modified. */
    private static GitWorkspace dirtyGit(List<String> paths) {
        FolderGitWorkspace folders = new FolderGitWorkspace();
        return (GitWorkspace) Proxy.newProxyInstance(GitWorkspace.class.getClassLoader(),
                new Class<?>[] {GitWorkspace.class}, (proxy, method, args) -> {
                    if (method.getName().equals("status")) {
                        return new WorkingCopyStatus(paths.stream().map(path -> new FileChange(path,
                                Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.MODIFIED)).toList());
                    }
                    return method.invoke(folders, args);
                });
    }
}

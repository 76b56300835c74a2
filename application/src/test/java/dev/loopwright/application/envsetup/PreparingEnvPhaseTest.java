package dev.loopwright.application.envsetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.execution.CodingRecovery;
import dev.loopwright.application.execution.ExecutionLedger;
import dev.loopwright.application.fake.InMemoryBeadExecutionRepository;
import dev.loopwright.application.fake.InMemoryExecutionLog;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.TicketCleanup;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.service.WorkflowActionService;
import dev.loopwright.application.setup.SetupPlanJson;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparingEnvPhaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TicketStatus PHASE = TicketStatus.PREPARING_EXECUTION_ENV;
    private static final TicketStatus GATE = TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;
    private static final String PROBE = "npm test -- --listTests";
    static final String PLAN = """
            {
              "schema_version": 1, "ticket_id": "SHOP-1", "artifact": "execution_setup_plan", "status": "draft",
              "summary": "Install the locked dependencies",
              "readiness": {"status": "partial", "actions_required": true, "evidence": ["package-lock.json"],
                            "gaps": ["node_modules missing"]},
              "temp_roots": [".ticket/runtime/execution-setup"],
              "workspace_inputs": [],
              "workspace_probes": [{"id": "probe-tests", "command": "npm test -- --listTests",
                                    "purpose": "the test runner loads"}],
              "git_hooks": {"policy": "validate_explicitly", "detected": [], "validation_commands": []},
              "steps": [{"id": "install", "title": "Install", "purpose": "dependencies", "commands": ["npm ci"],
                         "required": true, "rationale": "the tests need them", "cautions": []}],
              "project_commands": {"prepare": ["npm ci"], "test_full": ["npm test"], "lint_full": [],
                                   "typecheck_full": []},
              "quality_gate_policy": {"tests": "bead-test-commands-first", "lint": "impacted-or-package",
                                      "typecheck": "impacted-or-package",
                                      "full_project_fallback": "never-block-on-unrelated-baseline"},
              "cautions": []
            }
            """;
    /** The same plan judged ready: nothing to run, only its probe to check. */
    static final String READY_PLAN = readyPlan();
    static final String DONE = "<EXECUTION_SETUP_RESULT>{\"status\": \"ready\", \"summary\": \"npm ci ran\","
            + " \"steps\": [{\"id\": \"install\", \"status\": \"done\"}]}</EXECUTION_SETUP_RESULT>";

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final RecordingGitWorkspace git = new RecordingGitWorkspace();
    private final ScriptedCommands commands = new ScriptedCommands();
    private final TicketTransitionService transitions = new TicketTransitionService(r.tickets(), r.history(),
            r.errors(), r.attempts(), r.unitOfWork(), events, clock);
    private EnvSetup setup;
    private Path repo;
    private Ticket ticket;

    @Test
    void aReadyPlanIsOnlyCheckedWithoutAnyModelCallAndItsProfileKeepsTheProjectCommands() throws Exception {
        approved(READY_PLAN, 5);

        Optional<TicketEvent> next = run();

        assertThat(next).contains(TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));
        assertThat(runtime.prompts()).isEmpty();
        assertThat(commands.runs()).singleElement().satisfies(run -> {
            assertThat(run.command()).isEqualTo(PROBE);
            assertThat(run.workingDirectory()).isEqualTo(git.workingCopyOf(repo, "SHOP-1"));
        });
        JsonNode profile = artifact(EnvSetupStore.PROFILE);
        assertThat(profile.path("status").asText()).isEqualTo("ready");
        assertThat(profile.path("prepared_by").asText()).isEqualTo("loopwright");
        assertThat(profile.path("project_commands").path("test_full").toString()).isEqualTo("[\"npm test\"]");
        assertThat(profile.path("workspace_probe_receipts").get(0).path("status").asText()).isEqualTo("passed");
        assertThat(artifact(EnvSetupStore.REPORT).path("mode").asText()).isEqualTo("no_model");
    }

    @Test
    void theMainImplementerCarriesOutTheStepsWithCodingToolsAndWeVerifyItsClaim() throws Exception {
        approved(PLAN, 5);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply("Ran npm ci.\n" + DONE));

        assertThat(run()).contains(TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));

        assertThat(runtime.prompts()).singleElement().satisfies(prompt -> {
            assertThat(prompt.model()).isEqualTo(TestSettings.MAIN);
            assertThat(prompt.text()).contains("\"npm ci\"", "<EXECUTION_SETUP_RESULT>", "Ticket SHOP-1");
        });
        assertThat(commands.runs()).extracting(run -> run.command()).containsExactly(PROBE);
        assertThat(r.sessions().findAll(ticket.id())).singleElement().satisfies(session -> {
            assertThat(session.state()).isEqualTo(SessionState.COMPLETED);
            assertThat(session.owner().phase()).isEqualTo(PHASE);
        });
        assertThat(artifact(EnvSetupStore.PROFILE).path("summary").asText()).isEqualTo("npm ci ran");
        assertThat(git.resets()).as("a run starts from the phase's start commit").containsExactly(
                RecordingGitWorkspace.START);
    }

    @Test
    void aFailingProbeIsRetriedFromTheStartCommitWithANoteThenBlocksWithTheCommandAndItsOutput() throws Exception {
        approved(PLAN, 2);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(DONE));
        commands.failing(PROBE, 1, "Error: Cannot find module 'jest'\n");

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.type()).isEqualTo(TicketEventType.EXECUTION_SETUP_FAILED);
        assertThat(failure.codes()).containsExactly(PreparingEnvPhase.FAILED, "EXECUTION_SETUP_VERIFICATION_FAILED");
        assertThat(failure.message()).startsWith("Workspace preparation failed after 2 attempt(s): Workspace probe"
                + " probe-tests failed: `npm test -- --listTests` exit 1").contains("Cannot find module 'jest'");
        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).as("a fresh session per attempt")
                .isNotEqualTo(runtime.prompts().get(0).sessionId());
        assertThat(runtime.prompts().get(1).text()).contains("Attempt 1 failed", "Cannot find module 'jest'");
        assertThat(git.resets()).hasSize(2).containsOnly(RecordingGitWorkspace.START);
        assertThat(r.artifacts().count(ticket.id(), PHASE, 1, EnvSetupStore.REPORT)).isEqualTo(2);
        assertThat(r.artifacts().findLatest(ticket.id(), PHASE, 1, EnvSetupStore.PROFILE)).isEmpty();
        assertThat(r.sessions().findAll(ticket.id())).extracting(session -> session.state())
                .containsOnly(SessionState.ABANDONED);
    }

    @Test
    void aReadyPlanWhoseProbeFailsBlocksAtOnceSinceAnotherTryWouldRunTheSameChecks() throws Exception {
        approved(READY_PLAN, 5);
        commands.failing(PROBE, 127, "npm: command not found\n");

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.message()).contains("after 1 attempt(s)", "exit 127", "npm: command not found");
        assertThat(runtime.prompts()).isEmpty();
    }

    @Test
    void changesABeadWouldCommitFailTheAttemptNamingThePathsWhileGeneratedNoiseOnlyWarns() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.replyWith(prompt -> {
            git.leave(new FileChange("package.json", Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.MODIFIED),
                    FileChange.untracked("node_modules/left-pad/index.js"),
                    FileChange.untracked(".ticket/runtime/execution-setup/cache.bin"),
                    FileChange.untracked("src/generated.ts"));
            return DONE;
        }));

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.codes()).contains("EXECUTION_SETUP_DIRTY_WORKTREE");
        assertThat(failure.message()).contains("Setup left changes that a bead would commit: package.json,"
                + " src/generated.ts").doesNotContain("node_modules", ".ticket");
        JsonNode report = artifact(EnvSetupStore.REPORT);
        assertThat(report.path("worktree").path("noise").toString()).isEqualTo("[\"node_modules/left-pad/index.js\"]");
        assertThat(report.path("warnings").toString()).contains("node_modules/left-pad/index.js");
    }

    @Test
    void setupThatCommitsFailsEvenWithACleanWorktree() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.replyWith(prompt -> {
            git.moveHead(new CommitId("b".repeat(40)));
            return DONE;
        }));

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.message()).contains("moved the ticket branch from aaaaaaa to bbbbbbb");
    }

    @Test
    void aResultThatContradictsThePlanGetsACorrectivePromptInTheSameSession() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply("<EXECUTION_SETUP_RESULT>{\"status\": \"ready\","
                + " \"summary\": \"done\", \"steps\": [{\"id\": \"deploy\", \"status\": \"done\"}]}"
                + "</EXECUTION_SETUP_RESULT>"), ScriptedModelRuntime.reply(DONE));

        assertThat(run()).contains(TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).isEqualTo(runtime.prompts().get(0).sessionId());
        assertThat(runtime.prompts().get(1).text()).contains("step deploy is not a step of the approved plan",
                "required step install is not reported done", "Do not redo the setup");
    }

    @Test
    void theAgentsOwnFailureVerdictFailsTheAttemptWithItsReason() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply("<EXECUTION_SETUP_RESULT>{\"status\": \"failed\","
                + " \"summary\": \"the registry refused the download\", \"steps\": [{\"id\": \"install\","
                + " \"status\": \"failed\", \"note\": \"E403\"}]}</EXECUTION_SETUP_RESULT>"));

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.codes()).contains("EXECUTION_SETUP_REPORTED_FAILURE");
        assertThat(failure.message()).contains("the registry refused the download", "install (E403)");
        assertThat(commands.runs()).as("nothing to verify after a reported failure").isEmpty();
    }

    @Test
    void anUnreachableRuntimeBlocksAtOnceInsteadOfSpendingTheAttempts() throws Exception {
        approved(PLAN, 3);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.fail(RuntimeFailureKind.UNREACHABLE));

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.codes()).containsExactly(PreparingEnvPhase.FAILED, "EXECUTION_SETUP_RUNTIME_UNREACHABLE");
        assertThat(runtime.prompts()).hasSize(1);
    }

    @Test
    void eachAttemptIsBoundedByTheExecutionSetupTimeout() throws Exception {
        approved(PLAN, Map.of(IntSetting.MAX_ITERATIONS, 1, IntSetting.EXECUTION_SETUP_TIMEOUT, 50), repo -> { });
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.hang());

        TicketEvent.Failure failure = (TicketEvent.Failure) run().orElseThrow();

        assertThat(failure.codes()).containsExactly(PreparingEnvPhase.FAILED, "EXECUTION_SETUP_TIMEOUT");
        assertThat(runtime.prompts()).singleElement().satisfies(prompt -> assertThat(prompt.timeout())
                .isEqualTo(Duration.ofMillis(50)));
    }

    @Test
    void aRetryNoteIsSentIntoTheSameSessionAndPlainRetryWouldStartFresh() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(DONE));
        commands.failing(PROBE, 1, "jest missing\n");
        transitions.apply(ticket.id(), run().orElseThrow());
        assertThat(status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        String failedSession = runtime.prompts().get(0).sessionId();
        commands.passing(PROBE);

        Ticket retried = actions().retry(TicketReference.parse("SHOP-1"), Optional.of("Install jest as a dev dependency first."));

        assertThat(retried.status()).isEqualTo(PHASE);
        assertThat(r.attempts().findAll(ticket.id(), PHASE)).as("the attempt is continued, not archived")
                .extracting(PhaseAttempt::attemptNumber).containsExactly(1);
        int resetsBefore = git.resets().size();
        assertThat(run()).contains(TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));
        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).isEqualTo(failedSession);
        assertThat(runtime.prompts().get(1).text()).startsWith("Install jest as a dev dependency first.")
                .contains("<EXECUTION_SETUP_RESULT>");
        assertThat(git.resets()).as("the note continues the work where it is").hasSize(resetsBefore);
        assertThat(artifact(EnvSetupStore.REPORT).path("mode").asText()).isEqualTo("retry_note");
        assertThat(artifact(EnvSetupStore.RETRY_NOTE).path("consumed").asBoolean()).isTrue();
    }

    @Test
    void aNoteForAGoneSessionIsAConflictAndNotesForOtherPhasesAreRefused() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply("<EXECUTION_SETUP_RESULT>{\"status\": \"failed\","
                + " \"summary\": \"no network\"}</EXECUTION_SETUP_RESULT>"));
        transitions.apply(ticket.id(), run().orElseThrow());
        runtime.close(new RuntimeSession(
                runtime.prompts().get(0).sessionId(), temp));

        assertThatThrownBy(() -> actions().retry(TicketReference.parse("SHOP-1"), Optional.of("try again")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer exists");
        assertThat(status()).isEqualTo(TicketStatus.BLOCKED_ERROR);

        Ticket other = TicketAt.status(r, r.tickets().create(new NewTicket(ticket.projectId(),
                ExternalId.parse("SHOP-2"), TicketDetails.of("Other", null, null), clock.instant())),
                TicketStatus.DRAFTING_PRD, TestSettings.locked(), clock.instant());
        transitions.apply(other.id(), TicketEvent.error("the council failed", List.of("PRD_FAILED")));
        assertThatThrownBy(() -> actions().retry(TicketReference.parse("SHOP-2"), Optional.of("note")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("failed in DRAFTING_PRD");
    }

    @Test
    void aRestartedRunStartsAgainFromTheRecordedStartCommitNotFromWhereTheCrashLeftHead() throws Exception {
        approved(PLAN, 1);
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(DONE));
        new EnvSetupStore(r.artifacts(), events, clock).saveStartCommit(ticket.id(), 1, RecordingGitWorkspace.START);
        git.moveHead(new CommitId("c".repeat(40)));

        assertThat(run()).contains(TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));

        assertThat(git.resets()).containsExactly(RecordingGitWorkspace.START);
    }

    @Test
    void theApprovedWorkspaceInputsAreCopiedFromTheCheckout() throws Exception {
        approved(PLAN.replace("\"workspace_inputs\": []", "\"workspace_inputs\": [{\"path\": \".env\", \"kind\":"
                + " \"file\", \"source_status\": \"ignored\", \"reason\": \"local settings\"}]"), 1, repo -> {
                    Files.writeString(repo.resolve(".env"), "TOKEN=local\n");
                });
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.replyWith(prompt -> {
            git.leave(FileChange.untracked(".env"));
            return DONE;
        }));

        assertThat(run()).as("a copied input is a setup root, not a change").contains(
                TicketEvent.of(TicketEventType.EXECUTION_SETUP_READY));

        assertThat(git.workingCopyOf(repo, "SHOP-1").resolve(".env")).hasContent("TOKEN=local");
        assertThat(artifact(EnvSetupStore.REPORT).path("inputs").path("written").toString()).isEqualTo("[\".env\"]");
    }

    private static String readyPlan() {
        try {
            ObjectNode plan = (ObjectNode)
                    JSON.readTree(PLAN);
            plan.putObject("readiness").put("status", "ready").put("actions_required", false)
                    .putArray("evidence").add("node_modules present");
            plan.putArray("steps");
            return plan.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface RepoSetup {
        void apply(Path repo) throws Exception;
    }

    private void approved(String plan, int maxIterations) throws Exception {
        approved(plan, maxIterations, repo -> { });
    }

    private void approved(String plan, int maxIterations, RepoSetup repoSetup) throws Exception {
        approved(plan, Map.of(IntSetting.MAX_ITERATIONS, maxIterations), repoSetup);
    }

    /** The project (with its setting overrides) and its ticket in PREPARING_EXECUTION_ENV with the plan approved. */
    private void approved(String plan, Map<IntSetting, Integer> overrides, RepoSetup repoSetup) throws Exception {
        repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        repoSetup.apply(repo);
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), new ProjectOverrides(Optional.empty(), Optional.empty(),
                        Optional.empty(), overrides), clock.instant()));
        Files.createDirectories(git.workingCopyOf(repo, "SHOP-1"));
        ticket = r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Ticket SHOP-1", "Make it work", null), clock.instant()));
        r.attempts().save(PhaseAttempt.first(ticket.id(), GATE, clock.instant()));
        String canonical = SetupPlanJson.write(SetupPlanJson.read(plan, SetupPlanJson.Mode.USER,
                ticket.externalId(), TestSettings.locked().gitHookPolicy()).plan());
        r.artifacts().append(new NewArtifact(ticket.id(), GATE, 1, "execution_setup_plan", canonical,
                clock.instant()));
        r.artifacts().append(new NewArtifact(ticket.id(), GATE, 1, "approval_receipt", "{\"content_sha256\": \""
                + ContentHash.of(canonical).hex() + "\"}", clock.instant()));
        ticket = TicketAt.status(r, ticket, PHASE, TestSettings.locked(), clock.instant());
        setup = new EnvSetup(new EnvSetupPorts(r.tickets(), r.projects(), r.profiles(), r.attempts(), r.artifacts(),
                r.sessions(), runtime, git, commands, events), new PromptBuilder(100_000), clock);
    }

    private Optional<TicketEvent> run() throws Exception {
        return setup.handlers().get(PHASE).run(new PhaseContext(ticket.id(), PHASE, new Cancellation()));
    }

    private WorkflowActionService actions() {
        InMemoryBeadExecutionRepository beadExecutions = new InMemoryBeadExecutionRepository();
        return new WorkflowActionService(r.tickets(), r.attempts(), transitions, r.unitOfWork(), new TicketCleanup(
                r.projects(), r.artifacts(), beadExecutions, r.sessions(), new InMemoryExecutionLog(), git,
                r.unitOfWork()), new CodingRecovery(new ExecutionLedger(beadExecutions, new ApprovedArtifacts(
                        r.attempts(), r.artifacts())), r.projects(), git, new ScriptedModelRuntime(), clock), clock,
                setup.retryNotes());
    }

    private TicketStatus status() {
        return r.tickets().findById(ticket.id()).orElseThrow().status();
    }

    private JsonNode artifact(String type) throws Exception {
        return JSON.readTree(r.artifacts().findLatest(ticket.id(), PHASE, 1, type).orElseThrow().content());
    }
}

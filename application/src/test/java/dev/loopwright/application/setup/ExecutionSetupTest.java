package dev.loopwright.application.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.in.ExecutionSetupPlanView;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.AttemptState;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionSetupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TicketStatus GATE = TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;
    static final String GOOD = SetupPlanJsonTest.GOOD;

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final FolderGitWorkspace git = new FolderGitWorkspace();
    private Path repo;
    private Path workingCopy;
    private Project project;
    private Ticket ticket;
    private ExecutionSetup setup;

    @BeforeEach
    void aTicketAtTheSetupGate() throws Exception {
        repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        workingCopy = Files.createDirectories(git.workingCopyOf(repo, "SHOP-1"));
        project = r.projects().create(new NewProject(new Shortname("SHOP"), repo, ProjectDetails.of("Shop", null, null),
                ProjectOverrides.NONE, clock.instant()));
        ticket = TicketAt.status(r, newTicket("SHOP-1"), GATE, TestSettings.locked(), clock.instant());
        TicketTransitionService transitions = new TicketTransitionService(r.tickets(), r.history(), r.errors(),
                r.attempts(), r.unitOfWork(), events, clock);
        setup = new ExecutionSetup(new SetupPlanPorts(r.tickets(), r.projects(), r.attempts(), r.artifacts(), runtime,
                git, events, transitions, r.unitOfWork()), t -> new CouncilSettings(Duration.ofSeconds(30), 1),
                new PromptBuilder(100_000), clock, Runnable::run);
    }

    @Test
    void theMainImplementerDraftsReadOnlyInTheWorkingCopyAndThePlanIsStoredCanonically() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply("Here is the plan.\n<EXECUTION_SETUP_PLAN>\n" + GOOD
                + "</EXECUTION_SETUP_PLAN>"));

        Optional<TicketEvent> next = draft();

        assertThat(next).isEmpty();
        assertThat(runtime.prompts()).singleElement().satisfies(prompt -> {
            assertThat(prompt.model()).isEqualTo(TestSettings.MAIN);
            assertThat(prompt.text()).contains("Ticket SHOP-1", workingCopy.toString(), "<EXECUTION_SETUP_PLAN>");
        });
        ExecutionSetupPlanView view = setup.gate().view(ticket.id());
        assertThat(view.exists()).isTrue();
        assertThat(view.raw()).hasValueSatisfying(raw -> assertThat(raw).startsWith("{\n  \"schema_version\" : 1")
                .contains("\"ticket_id\" : \"SHOP-1\""));
        assertThat(view.contentSha256()).contains(ContentHash.of(view.raw().orElseThrow()));
        assertThat(report().path("status").asText()).isEqualTo("draft");
        assertThat(events.published()).filteredOn(TicketNotification.ArtifactChanged.class::isInstance)
                .extracting(event -> ((TicketNotification.ArtifactChanged) event).artifactType())
                .contains(SetupPlanArtifacts.REPORT, SetupPlanArtifacts.PLAN);
    }

    @Test
    void aStoredPlanIsNotDraftedAgainAfterARestart() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD));
        draft();

        assertThat(draft()).isEmpty();

        assertThat(runtime.prompts()).hasSize(1);
    }

    @Test
    void anInvalidPlanGetsACorrectivePromptInTheSameSessionNamingTheProblems() {
        String ready = GOOD.replace("\"status\": \"partial\"", "\"status\": \"ready\"");
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(ready), ScriptedModelRuntime.reply(GOOD));

        draft();

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).isEqualTo(runtime.prompts().get(0).sessionId());
        assertThat(runtime.prompts().get(1).text()).contains("could not be used",
                "a ready plan must not require actions", "a ready plan must not have steps");
        assertThat(setup.gate().view(ticket.id()).exists()).isTrue();
    }

    @Test
    void outputUnusableAfterTheRetriesBlocksWithItsCodeAndTheReportKeepsEveryReply() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply("I would run npm ci."),
                ScriptedModelRuntime.reply("{\"summary\": 1, \"readiness\": []}"));

        TicketEvent.Failure failure = (TicketEvent.Failure) draft().orElseThrow();

        assertThat(failure.type()).isEqualTo(TicketEventType.EXECUTION_SETUP_PLAN_FAILED);
        assertThat(failure.codes()).containsExactly(SetupPlanPhase.INVALID_OUTPUT);
        assertThat(failure.message()).contains("summary must be text");
        assertThat(setup.gate().view(ticket.id()).exists()).isFalse();
        JsonNode report = report();
        assertThat(report.path("status").asText()).isEqualTo("failed");
        assertThat(report.path("rawAttempts")).hasSize(2);
    }

    @Test
    void aTimedOutCallIsNotWaitedForTwice() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.fail(RuntimeFailureKind.TIMEOUT));

        TicketEvent.Failure failure = (TicketEvent.Failure) draft().orElseThrow();

        assertThat(failure.codes()).containsExactly("EXECUTION_SETUP_PLAN_TIMEOUT");
        assertThat(runtime.prompts()).hasSize(1);
    }

    @Test
    void anEmptyReplyIsSentAgainInAFreshSession() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.fail(RuntimeFailureKind.EMPTY_RESPONSE),
                ScriptedModelRuntime.reply(GOOD));

        assertThat(draft()).isEmpty();

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).isNotEqualTo(runtime.prompts().get(0).sessionId());
    }

    @Test
    void workspaceInputsMustExistInTheCheckoutAsTheKindNamed() throws Exception {
        Files.writeString(repo.resolve(".env"), "TOKEN=x");
        String withInputs = GOOD.replace("\"workspace_inputs\": []", "\"workspace_inputs\": [{\"path\": \".env\","
                + " \"kind\": \"directory\", \"source_status\": \"ignored\", \"reason\": \"settings\"},"
                + " {\"path\": \"fixtures/big.db\", \"kind\": \"file\", \"source_status\": \"untracked\","
                + " \"reason\": \"data\"}]");
        String fixed = GOOD.replace("\"workspace_inputs\": []", "\"workspace_inputs\": [{\"path\": \".env\","
                + " \"kind\": \"file\", \"source_status\": \"ignored\", \"reason\": \"settings\"}]");
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(withInputs), ScriptedModelRuntime.reply(fixed));

        draft();

        assertThat(runtime.prompts().get(1).text()).contains(".env is a file, not a directory",
                "fixtures/big.db does not exist in the project checkout");
        assertThat(setup.gate().view(ticket.id()).raw().orElseThrow()).contains("\"path\" : \".env\"");
    }

    @Test
    void theHooksDetectedAreWhatIsOnDiskUnderTheLockedPolicy() throws Exception {
        Files.createDirectories(repo.resolve(".git/hooks"));
        Files.writeString(repo.resolve(".git/hooks/pre-commit"), "#!/bin/sh\n");
        Files.writeString(repo.resolve(".git/hooks/pre-push.sample"), "#!/bin/sh\n");
        Files.writeString(workingCopy.resolve(".pre-commit-config.yaml"), "repos: []\n");
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD.replace("\"detected\": []",
                "\"detected\": [\"made-up-hook\"]")));

        draft();

        JsonNode hooks = plan().path("git_hooks");
        assertThat(hooks.path("policy").asText()).isEqualTo("validate_explicitly");
        assertThat(hooks.path("detected").toString()).isEqualTo("[\".git/hooks/pre-commit\",\".pre-commit-config.yaml\"]");
    }

    @Test
    void regenerationCarriesTheCommentaryAndThePreviousPlanIntoANewAttempt() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD),
                ScriptedModelRuntime.reply(GOOD.replace("npm ci", "pnpm install --frozen-lockfile")));
        draft();

        setup.gate().regenerate(ticket.id(), "We use pnpm, not npm.");

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).text()).contains("We use pnpm, not npm.", "\"npm ci\"",
                "The user's commentary wins over the previous plan");
        assertThat(r.attempts().findAll(ticket.id(), GATE)).extracting(PhaseAttempt::state)
                .containsExactly(AttemptState.ARCHIVED, AttemptState.ACTIVE);
        assertThat(setup.gate().view(ticket.id()).raw().orElseThrow()).contains("pnpm install --frozen-lockfile");
        assertThat(report().path("source").asText()).isEqualTo("regenerate");
        assertThat(report().path("notes").toString()).isEqualTo("[\"We use pnpm, not npm.\"]");
    }

    @Test
    void aRegenerationCutShortByARestartIsDraftedOnEntryWithTheStoredCommentary() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD),
                ScriptedModelRuntime.reply(GOOD.replace("npm ci", "yarn install")));
        draft();
        ExecutionSetup dying = new ExecutionSetup(new SetupPlanPorts(r.tickets(), r.projects(), r.attempts(),
                r.artifacts(), runtime, git, events, new TicketTransitionService(r.tickets(), r.history(), r.errors(),
                r.attempts(), r.unitOfWork(), events, clock), r.unitOfWork()),
                t -> new CouncilSettings(Duration.ofSeconds(30), 1), new PromptBuilder(100_000), clock, task -> { });

        dying.gate().regenerate(ticket.id(), "Use yarn.");
        assertThat(dying.gate().view(ticket.id()).drafting()).isTrue();
        assertThat(dying.gate().view(ticket.id()).exists()).isFalse();

        assertThat(draft()).isEmpty(); // the restarted server's runner enters the gate again

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).text()).contains("Use yarn.", "\"npm ci\"");
        assertThat(setup.gate().view(ticket.id()).raw().orElseThrow()).contains("yarn install");
    }

    @Test
    void aFailedRegenerationBlocksTheTicket() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD), ScriptedModelRuntime.reply("no idea"));
        draft();

        setup.gate().regenerate(ticket.id(), "Try again");

        Ticket blocked = r.tickets().findById(ticket.id()).orElseThrow();
        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(blocked.workflow().error().orElseThrow().codes()).containsExactly(SetupPlanPhase.INVALID_OUTPUT);
    }

    @Test
    void aRegenerationThatBreaksInTheBackgroundBlocksTheTicketInsteadOfVanishing() {
        ExecutionSetup broken = new ExecutionSetup(new SetupPlanPorts(r.tickets(), r.projects(), r.attempts(),
                r.artifacts(), FixedCatalogModelRuntime.unreachable(), git, events, new TicketTransitionService(
                r.tickets(), r.history(), r.errors(), r.attempts(), r.unitOfWork(), events, clock), r.unitOfWork()),
                t -> new CouncilSettings(Duration.ofSeconds(30), 1), new PromptBuilder(100_000), clock, Runnable::run);

        broken.gate().regenerate(ticket.id(), "Again, please");

        Ticket blocked = r.tickets().findById(ticket.id()).orElseThrow();
        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(blocked.workflow().error().orElseThrow().codes()).containsExactly(SetupPlanPhase.FAILED);
        assertThat(broken.gate().view(ticket.id()).drafting()).isFalse();
    }

    @Test
    void regenerationNeedsCommentaryAndTheGate() {
        assertThatThrownBy(() -> setup.gate().regenerate(ticket.id(), "  ")).isInstanceOf(ValidationException.class);
        TicketAt.status(r, ticket, TicketStatus.PREPARING_EXECUTION_ENV, TestSettings.locked(), clock.instant());
        assertThatThrownBy(() -> setup.gate().regenerate(ticket.id(), "more"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not implemented in this version");
        assertThat(runtime.prompts()).isEmpty();
    }

    @Test
    void approvalNamesTheReviewedHashKeepsAReceiptAndMovesOnOnce() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD));
        draft();
        ContentHash reviewed = setup.gate().view(ticket.id()).contentSha256().orElseThrow();

        Ticket approved = setup.gate().approve(ticket.id(), reviewed);
        Ticket again = setup.gate().approve(ticket.id(), reviewed);

        assertThat(approved.status()).isEqualTo(TicketStatus.PREPARING_EXECUTION_ENV);
        assertThat(again.workflow().revision()).isEqualTo(approved.workflow().revision());
        assertThat(r.artifacts().count(ticket.id(), GATE, 1, SetupPlanArtifacts.APPROVAL_RECEIPT)).isEqualTo(1);
        JsonNode receipt = read(r.artifacts().findLatest(ticket.id(), GATE, 1, SetupPlanArtifacts.APPROVAL_RECEIPT)
                .orElseThrow().content());
        assertThat(receipt.path("content_sha256").asText()).isEqualTo(reviewed.hex());
        assertThat(receipt.path("step_count").asInt()).isEqualTo(1);
        assertThat(receipt.path("command_count").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> setup.gate().approve(ticket.id(), ContentHash.of("other")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aStaleApprovalChangesNothing() {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD));
        draft();

        assertThatThrownBy(() -> setup.gate().approve(ticket.id(), ContentHash.of("what I saw")))
                .isInstanceOf(StaleApprovalException.class);

        assertThat(r.tickets().findById(ticket.id()).orElseThrow().status()).isEqualTo(GATE);
        assertThat(r.artifacts().count(ticket.id(), GATE, 1, SetupPlanArtifacts.APPROVAL_RECEIPT)).isZero();
    }

    @Test
    void approvalWaitsForThePlanAndForTheProjectsOtherExecution() throws Exception {
        assertThatThrownBy(() -> setup.gate().approve(ticket.id(), ContentHash.of("x")))
                .isInstanceOf(ConflictException.class).hasMessage("Execution setup plan is not ready yet");
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD));
        draft();
        TicketAt.status(r, newTicket("SHOP-2"), TicketStatus.CODING, TestSettings.locked(), clock.instant());

        assertThatThrownBy(() -> setup.gate().approve(ticket.id(),
                setup.gate().view(ticket.id()).contentSha256().orElseThrow()))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("Project execution is busy with SHOP-2");
    }

    @Test
    void anEditIsCheckedStrictlyRewrittenAndRecorded() throws Exception {
        runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(GOOD));
        draft();
        ExecutionSetupPlanView before = setup.gate().view(ticket.id());

        ExecutionSetupPlanView after = setup.gate().saveRaw(ticket.id(), before.raw().orElseThrow()
                .replace("\"npm ci\" ]", "\"npm ci --ignore-scripts\" ]"));

        assertThat(after.contentSha256()).isNotEqualTo(before.contentSha256());
        assertThat(after.raw().orElseThrow()).contains("npm ci --ignore-scripts");
        JsonNode receipt = read(r.artifacts().findLatest(ticket.id(), GATE, 1, SetupPlanArtifacts.EDIT_RECEIPT)
                .orElseThrow().content());
        assertThat(receipt.path("before_content_sha256").asText()).isEqualTo(before.contentSha256().get().hex());
        assertThat(receipt.path("after_content_sha256").asText()).isEqualTo(after.contentSha256().get().hex());

        assertThatThrownBy(() -> setup.gate().saveStructured(ticket.id(), JSON.readTree("{\"summary\": \"x\","
                + " \"readiness\": {\"status\": \"ready\", \"actionsRequired\": false}, \"rogue\": true}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown field rogue");
        assertThat(setup.gate().view(ticket.id()).raw()).isEqualTo(after.raw());
    }

    private Optional<TicketEvent> draft() {
        try {
            return setup.handlers().get(GATE).run(new PhaseContext(ticket.id(), GATE, new Cancellation()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Ticket newTicket(String ref) {
        return r.tickets().create(new NewTicket(project.id(), ExternalId.parse(ref),
                TicketDetails.of("Ticket " + ref, "Make it work", null), clock.instant()));
    }

    private JsonNode plan() {
        return read(setup.gate().view(ticket.id()).raw().orElseThrow());
    }

    private JsonNode report() {
        int attempt = r.attempts().findActive(ticket.id(), GATE).orElseThrow().attemptNumber();
        return read(r.artifacts().findLatest(ticket.id(), GATE, attempt, SetupPlanArtifacts.REPORT).orElseThrow()
                .content());
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

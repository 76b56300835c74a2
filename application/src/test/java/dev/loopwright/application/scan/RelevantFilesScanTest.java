package dev.loopwright.application.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevantFilesScanTest {
    private static final ModelId MAIN = new ModelId("openai/gpt-5");
    private static final String GOOD = "files:\n  - path: src/Checkout.java\n    relevance: high\n"
            + "    likely_action: modify\n    rationale: computes the order total\n";

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private Ticket ticket;
    private Path workingCopy;

    @BeforeEach
    void aStartedTicket() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        workingCopy = repo.resolve(".loopwright/worktrees/SHOP-1");
        Files.createDirectories(workingCopy.resolve("src"));
        Files.writeString(workingCopy.resolve("src/Checkout.java"), "class Checkout {}");
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Discounts at checkout", "Apply coupon codes to the order total.", null),
                clock.instant()));
        new TicketTransitionService(r.tickets(), r.history(), r.errors(), r.attempts(), r.unitOfWork(),
                notification -> { }, clock).apply(ticket.id(), new TicketEvent.Start(new LockedSettings(MAIN,
                        Optional.empty(), List.of(MAIN, new ModelId("anthropic/claude-sonnet-4")), Map.of(), 50, 20, 2,
                        5, 5, 1, false, SettingSource.DEFAULT, GitHookPolicy.VALIDATE_EXPLICITLY,
                        SettingSource.DEFAULT)));
    }

    @Test
    void theMainImplementerScansTheWorkingCopyReadOnlyAndTheCheckedListIsStored() {
        runtime.on(MAIN, ScriptedModelRuntime.reply("Here you go:\n```yaml\n" + GOOD + "```"));

        Optional<TicketEvent> next = scan().run(context());

        assertThat(next).contains(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
        assertThat(runtime.prompts()).singleElement().satisfies(prompt -> {
            assertThat(prompt.model()).isEqualTo(MAIN);
            assertThat(prompt.text()).contains("Discounts at checkout", "Apply coupon codes");
        });
        assertThat(stored()).hasValueSatisfying(yaml -> assertThat(yaml)
                .contains("ticket_id: SHOP-1", "file_count: 1", "path: src/Checkout.java", "relevance: high"));
    }

    @Test
    void aStoredListIsNotAskedForAgainAfterARestart() {
        runtime.on(MAIN, ScriptedModelRuntime.reply(GOOD));
        scan().run(context());

        assertThat(scan().run(context())).contains(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));

        assertThat(runtime.prompts()).hasSize(1);
    }

    @Test
    void anUnusableListGetsACorrectivePromptInTheSameSession() {
        runtime.on(MAIN, ScriptedModelRuntime.reply("files:\n  - path: ../../etc/passwd\n"),
                ScriptedModelRuntime.reply(GOOD));

        scan().run(context());

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).isEqualTo(runtime.prompts().get(0).sessionId());
        assertThat(runtime.prompts().get(1).text()).contains("could not be used", "outside the repository");
        assertThat(stored()).isPresent();
        assertThat(r.artifacts().count(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, 1,
                RelevantFilesScan.RAW_ARTIFACT)).isEqualTo(2);
    }

    @Test
    void anEmptyReplyIsSentAgainInAFreshSession() {
        runtime.on(MAIN, ScriptedModelRuntime.fail(RuntimeFailureKind.EMPTY_RESPONSE), ScriptedModelRuntime.reply(GOOD));

        scan().run(context());

        assertThat(runtime.prompts()).hasSize(2);
        assertThat(runtime.prompts().get(1).sessionId()).isNotEqualTo(runtime.prompts().get(0).sessionId());
    }

    @Test
    void outputStillUnusableAfterTheRetriesBlocksWithItsCode() {
        runtime.on(MAIN, ScriptedModelRuntime.reply("I could not find anything."));

        assertThatThrownBy(() -> scan().run(context())).isInstanceOfSatisfying(PhaseFailure.class,
                failure -> assertThat(failure.codes()).containsExactly("SCAN_INVALID_OUTPUT"));
        assertThat(runtime.prompts()).hasSize(2);
        assertThat(stored()).isEmpty();
    }

    @Test
    void anUnreachableRuntimeBlocksAtOnce() {
        runtime.on(MAIN, ScriptedModelRuntime.fail(RuntimeFailureKind.UNREACHABLE));

        assertThatThrownBy(() -> scan().run(context())).isInstanceOfSatisfying(PhaseFailure.class,
                failure -> assertThat(failure.codes()).containsExactly("SCAN_UNREACHABLE"));
    }

    private RelevantFilesScan scan() {
        return new RelevantFilesScan(new RelevantFilesScan.Ports(r.tickets(), r.projects(), r.attempts(), r.artifacts(),
                runtime, new FolderGitWorkspace()), t -> new CouncilSettings(Duration.ofSeconds(30), 2),
                new PromptBuilder(100_000), clock);
    }

    private PhaseContext context() {
        return new PhaseContext(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, new Cancellation());
    }

    private Optional<String> stored() {
        return r.artifacts().findLatest(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, 1,
                InterviewCouncil.RELEVANT_FILES_ARTIFACT).map(artifact -> artifact.content());
    }
}

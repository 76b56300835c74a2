package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.error.StartInProgressException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSettings;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartTicketServiceTest {
    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final TicketTransitionService transitions = new TicketTransitionService(r.tickets(), r.history(),
            r.errors(), r.attempts(), r.unitOfWork(), new RecordingEventPublisher(), clock);
    private final TicketReference ref = TicketReference.parse("SHOP-1");
    private Path repo;

    @BeforeEach
    void aDraftTicket() throws Exception {
        repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"), TicketDetails.of("t", null, null),
                clock.instant()));
        r.profiles().save(new Profile(Optional.of(TestSettings.MAIN), Optional.empty(), List.of(TestSettings.OTHER),
                Map.of(), false, GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults()));
    }

    private StartTicketService service(List<ModelId> connected) {
        return new StartTicketService(r.tickets(), r.projects(), r.profiles(), new FixedCatalogModelRuntime(connected),
                new FolderGitWorkspace(), transitions);
    }

    @Test
    void aDraftStartsWithItsSettingsLockedAndItsWorkingCopyCreated() {
        Ticket started = service(List.of(TestSettings.MAIN, TestSettings.OTHER)).start(ref);
        assertThat(started.status()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(started.workflow().lockedSettings()).hasValueSatisfying(
                locked -> assertThat(locked.council()).containsExactly(TestSettings.MAIN, TestSettings.OTHER));
        assertThat(repo.resolve(".loopwright/worktrees/SHOP-1")).isDirectory();
    }

    @Test
    void aSecondStartWhileTheFirstIsPreparingIsRefusedAndTheFirstCompletes() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ModelCatalog connected = new FixedCatalogModelRuntime(List.of(TestSettings.MAIN, TestSettings.OTHER)).catalog();
        StartTicketService service = new StartTicketService(r.tickets(), r.projects(), r.profiles(),
                FixedCatalogModelRuntime.answering(() -> {
                    checking.countDown();
                    awaitQuietly(release);
                    return connected;
                }), new FolderGitWorkspace(), transitions);
        CompletableFuture<Ticket> first = CompletableFuture.supplyAsync(() -> service.start(ref));
        assertThat(checking.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> service.start(ref)).isInstanceOf(StartInProgressException.class);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyCouncilModelMustBeConnected() {
        assertThatThrownBy(() -> service(List.of(TestSettings.MAIN)).start(ref)).isInstanceOf(ValidationException.class)
                .hasMessage("These models are not connected in OpenCode: anthropic/claude-sonnet-4");
        assertThatThrownBy(() -> service(List.of()).start(ref))
                .hasMessageContaining("No configured OpenCode models are available");
        assertThat(r.tickets().findAll(Optional.empty()).get(0).status()).isEqualTo(TicketStatus.DRAFT);
    }

    @Test
    void onlyADraftCanStart() {
        service(List.of(TestSettings.MAIN, TestSettings.OTHER)).start(ref);
        assertThatThrownBy(() -> service(List.of(TestSettings.MAIN, TestSettings.OTHER)).start(ref))
                .isInstanceOf(WorkflowConflictException.class)
                .hasMessage("Only a DRAFT ticket can be started; SHOP-1 is SCANNING_RELEVANT_FILES");
    }

    @Test
    void withoutAProfileTheUserIsToldWhatToDo() {
        Repositories empty = InMemoryRepositories.create();
        StartTicketService service = new StartTicketService(r.tickets(), r.projects(), empty.profiles(),
                new FixedCatalogModelRuntime(List.of(TestSettings.MAIN)), new FolderGitWorkspace(), transitions);
        assertThatThrownBy(() -> service.start(ref)).hasMessageContaining("Create a profile with a main implementer");
    }
}

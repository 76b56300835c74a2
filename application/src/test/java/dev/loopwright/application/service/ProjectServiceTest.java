package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryProjectRepository;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.InMemoryTicketRepository;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.BeadProgress;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.CreateProjectCommand;
import dev.loopwright.application.port.in.UpdateProjectCommand;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectServiceTest {
    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private ProjectService service;
    private Path repo;

    @BeforeEach
    void setUp() throws IOException {
        service = new ProjectService(new InMemoryProjectRepository(), tickets, new FolderGitWorkspace(), clock);
        repo = Files.createDirectories(temp.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
    }

    private CreateProjectCommand command(String shortname, Path folder) {
        return CreateProjectCommand.of("Web shop", shortname, folder.toString(), null, null, ProjectOverrides.NONE);
    }

    @Test
    void givenASubfolder_whenCreating_thenTheProjectIsTheWholeRepository() throws IOException {
        Path sub = Files.createDirectories(repo.resolve("src/main"));
        Project project = service.create(command("SHOP", sub));
        assertThat(project.folderPath()).isEqualTo(repo);
        assertThat(project.ticketCounter()).isZero();
        assertThat(project.createdAt()).isEqualTo(clock.instant());
        assertThat(service.get(project.id())).isEqualTo(project);
    }

    @Test
    void aFolderOutsideAnyRepositoryIsRejected() {
        assertThatThrownBy(() -> service.create(command("SHOP", temp)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not inside a git repository");
    }

    @Test
    void shortnamesAndRepositoriesAreUnique() throws IOException {
        service.create(command("SHOP", repo));
        Path other = Files.createDirectories(temp.resolve("other/.git")).getParent();
        assertThatThrownBy(() -> service.create(command("SHOP", other)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Shortname SHOP is already used");
        assertThatThrownBy(() -> service.create(command("SHOP2", repo)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is already attached");
    }

    @Test
    void invalidInputReportsEveryField() {
        assertThatThrownBy(() -> CreateProjectCommand.of("", "shop", " ", null, "red", ProjectOverrides.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("shortname", "name", "color",
                                "folderPath"));
    }

    @Test
    void updatesChangeOnlyWhatTheyName() {
        Project created = service.create(CreateProjectCommand.of("Web shop", "SHOP", repo.toString(), "🛒", null,
                new ProjectOverrides(Optional.empty(), Optional.of(true), Optional.empty(),
                        Map.of(IntSetting.MAX_ITERATIONS, 3, IntSetting.INTERVIEW_QUESTIONS, 10))));
        clock.advance(Duration.ofMinutes(1));

        Project updated = service.update(new UpdateProjectCommand(created.id(), Optional.of("Shop"), Optional.empty(),
                Optional.of("#000000"), Change.keep(), Change.clear(), Change.set(GitHookPolicy.IGNORE_INTERNAL_ONLY),
                Map.of(IntSetting.MAX_ITERATIONS, Change.set(7), IntSetting.INTERVIEW_QUESTIONS, Change.clear())));

        assertThat(updated.details().name()).isEqualTo("Shop");
        assertThat(updated.details().icon()).isEqualTo("🛒");
        assertThat(updated.details().color()).isEqualTo("#000000");
        assertThat(updated.overrides().manualQaEnabled()).isEmpty();
        assertThat(updated.overrides().gitHookPolicy()).contains(GitHookPolicy.IGNORE_INTERNAL_ONLY);
        assertThat(updated.overrides().value(IntSetting.MAX_ITERATIONS)).hasValue(7);
        assertThat(updated.overrides().value(IntSetting.INTERVIEW_QUESTIONS)).isEmpty();
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(service.get(created.id())).isEqualTo(updated);
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        Project created = service.create(command("SHOP", repo));
        assertThatThrownBy(() -> service.update(new UpdateProjectCommand(created.id(), Optional.of(""),
                Optional.empty(), Optional.of("nope"), Change.keep(), Change.keep(), Change.keep(),
                Map.of(IntSetting.MAX_ITERATIONS, Change.set(99)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("name", "color", "maxIterations"));
        assertThat(service.get(created.id())).isEqualTo(created);
    }

    @Test
    void aProjectWithARunningTicketCannotBeDeleted() {
        Project created = service.create(command("SHOP", repo));
        Ticket ticket = tickets.create(new NewTicket(created.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
        tickets.update(ticket.withWorkflow(new WorkflowState(
                TicketStatus.CODING, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), BeadProgress.NONE, 1), clock.instant()));
        assertThatThrownBy(() -> service.delete(created.id())).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Cannot delete project. Some tickets are still in progress.");
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void unknownProjectsAreNotFound() {
        assertThatThrownBy(() -> service.get(new ProjectId(42))).isInstanceOf(NotFoundException.class)
                .hasMessage("Project not found: 42");
    }

    @Test
    void projectsAreListedByName() {
        Path second = temp.resolve("b");
        service.create(CreateProjectCommand.of("Zeta", "ZZZ", repo.toString(), null, null, ProjectOverrides.NONE));
        assertThat(second.toFile().mkdirs() && second.resolve(".git").toFile().mkdir()).isTrue();
        service.create(CreateProjectCommand.of("Alpha", "AAA", second.toString(), null, null, ProjectOverrides.NONE));
        assertThat(service.list()).extracting(p -> p.details().name()).containsExactly("Alpha", "Zeta");
    }
}

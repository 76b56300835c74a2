package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.in.TicketQuestion;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenCodeQuestionServiceTest {
    private static final Path REPO = Path.of("/repos/shop");
    private static final Path WORKING_COPY = REPO.resolve(".loopwright/worktrees/SHOP-1");

    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories r = InMemoryRepositories.create();
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private final OpenCodeQuestionService service = new OpenCodeQuestionService(r.tickets(), r.projects(), runtime,
            new FolderGitWorkspace());
    private final TicketReference ref = TicketReference.parse("SHOP-1");
    private Ticket ticket;

    @BeforeEach
    void aStartedTicketAndAnotherOne() {
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), REPO,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
        r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-2"), TicketDetails.of("u", null, null),
                clock.instant()));
        new TicketTransitionService(r.tickets(), r.history(), r.errors(), r.attempts(), r.unitOfWork(),
                notification -> { }, clock).apply(ticket.id(), TestSettings.start());
        runtime.asking(question("que_1", WORKING_COPY, 2))
                .asking(question("que_other", REPO.resolve(".loopwright/worktrees/SHOP-2"), 1))
                .asking(question("que_root", REPO, 1));
    }

    @Test
    void aTicketsQuestionsAreThoseAskedInItsWorkingCopy() {
        assertThat(service.list(ref)).extracting(TicketQuestion::requestId).containsExactly("que_1");
        assertThat(service.list(TicketReference.parse("SHOP-2"))).as("a DRAFT has no agent").isEmpty();
        assertThat(service.listAll()).extracting(TicketQuestion::ticket).extracting(Ticket::externalId)
                .containsExactly(ExternalId.parse("SHOP-1"));
    }

    @Test
    void answersGoToTheRuntimeOnePerQuestion() {
        assertThatThrownBy(() -> service.answer(ref, "que_1", List.of(List.of("Blue"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("the request asks 2");

        service.answer(ref, "que_1", List.of(List.of("Blue"), List.of("Large", "Medium")));

        assertThat(runtime.resolutions()).containsExactly("answered que_1 [[Blue], [Large, Medium]]");
        assertThat(service.list(ref)).isEmpty();
    }

    @Test
    void onlyTheTicketsOwnQuestionsCanBeResolved() {
        assertThatThrownBy(() -> service.reject(ref, "que_other")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.reject(ref, "que_root")).isInstanceOf(NotFoundException.class);

        service.reject(ref, "que_1");

        assertThat(runtime.resolutions()).containsExactly("rejected que_1");
    }

    private static PendingQuestion question(String id, Path directory, int count) {
        List<PendingQuestion.Question> questions = IntStream.range(0, count)
                .mapToObj(i -> new PendingQuestion.Question("Question " + i + "?", "Q" + i, List.of("A", "B"), false))
                .toList();
        return new PendingQuestion(id, "ses_" + id, directory, questions);
    }
}

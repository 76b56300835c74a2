package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.InMemoryProjectRepository;
import dev.loopwright.application.fake.InMemoryTicketRepository;
import dev.loopwright.application.fake.InMemoryUnitOfWork;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.in.UpdateTicketCommand;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketServiceTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private TicketService service;
    private Project shop;

    @BeforeEach
    void setUp() {
        service = new TicketService(projects, tickets, new InMemoryUnitOfWork(), clock);
        shop = projects.create(new NewProject(new Shortname("SHOP"), Path.of("/repos/shop"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
    }

    private Ticket create(String title) {
        return service.create(new CreateTicketCommand(shop.id(), TicketDetails.of(title, null, null)));
    }

    @Test
    void ticketsAreNumberedPerProjectAndStartAsDrafts() {
        Ticket first = create("Add a basket");
        Ticket second = create("Pay by card");
        assertThat(first.externalId()).hasToString("SHOP-1");
        assertThat(second.externalId()).hasToString("SHOP-2");
        assertThat(first.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(first.details().priority()).isEqualTo(3);
    }

    @Test
    void concurrentCreatesGetDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Ticket>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                futures.add(pool.submit(() -> create("t" + n)));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Ticket> future : futures) {
                numbers.add(future.get().externalId().number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(40).allMatch(n -> n >= 1 && n <= 40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTicketForAnUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> service.create(new CreateTicketCommand(new ProjectId(99),
                TicketDetails.of("t", null, null)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void ticketsAreFoundByReferenceWithOrWithoutTheProject() {
        Ticket ticket = create("Add a basket");
        assertThat(service.get(TicketReference.parse("SHOP-1"))).isEqualTo(ticket);
        assertThat(service.get(TicketReference.parse(shop.id() + ":SHOP-1"))).isEqualTo(ticket);
        assertThatThrownBy(() -> service.get(TicketReference.parse("999:SHOP-1")))
                .isInstanceOf(NotFoundException.class).hasMessage("Ticket not found: 999:SHOP-1");
        assertThatThrownBy(() -> service.get(TicketReference.parse("SHOP-2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TicketReference.parse("x:SHOP-1")).isInstanceOf(ValidationException.class);
    }

    @Test
    void updatesChangeDetailsAndTheTimestampOnly() {
        Ticket ticket = service.create(new CreateTicketCommand(shop.id(), TicketDetails.of("t", "old", 2)));
        clock.advance(Duration.ofSeconds(30));
        Ticket updated = service.update(new UpdateTicketCommand(TicketReference.parse("SHOP-1"), Optional.empty(),
                Change.clear(), Optional.of(5)));
        assertThat(updated.details()).isEqualTo(new TicketDetails("t", Optional.empty(), 5));
        assertThat(updated.updatedAt()).isEqualTo(ticket.createdAt().plusSeconds(30));
        assertThat(updated.workflow()).isEqualTo(ticket.workflow());
        assertThat(service.get(TicketReference.parse("SHOP-1"))).isEqualTo(updated);
    }

    @Test
    void anInvalidUpdateIsRejectedAndStoresNothing() {
        Ticket ticket = create("t");
        assertThatThrownBy(() -> service.update(new UpdateTicketCommand(TicketReference.parse("SHOP-1"),
                Optional.of(""), Change.keep(), Optional.of(0)))).isInstanceOf(ValidationException.class);
        assertThat(service.get(TicketReference.parse("SHOP-1"))).isEqualTo(ticket);
    }

    @Test
    void listingFiltersByProjectAndShowsRecentWorkFirst() {
        create("first");
        clock.advance(Duration.ofSeconds(1));
        create("second");
        assertThat(service.list(Optional.empty())).extracting(t -> t.details().title())
                .containsExactly("second", "first");
        assertThat(service.list(Optional.of(new ProjectId(99)))).isEmpty();
    }
}

package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The ticket port kept in memory, for tests. */
public final class InMemoryTicketRepository implements TicketRepository {
    private final Map<TicketId, Ticket> tickets = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Ticket create(NewTicket ticket) {
        if (findByExternalId(ticket.externalId()).isPresent()) {
            throw new IllegalStateException("ticket " + ticket.externalId() + " already exists");
        }
        Ticket created = Ticket.create(new TicketId(ids.incrementAndGet()), ticket.projectId(), ticket.externalId(),
                ticket.details(), ticket.createdAt());
        tickets.put(created.id(), created);
        return created;
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public Optional<Ticket> findByExternalId(ExternalId externalId) {
        return tickets.values().stream().filter(t -> t.externalId().equals(externalId)).findFirst();
    }

    @Override
    public List<Ticket> findAll(Optional<ProjectId> projectId) {
        return tickets.values().stream()
                .filter(t -> projectId.map(t.projectId()::equals).orElse(true))
                .sorted(Comparator.comparing(Ticket::updatedAt).reversed().thenComparing(t -> -t.id().value()))
                .toList();
    }

    @Override
    public List<Ticket> findUnfinished() {
        return tickets.values().stream().filter(t -> !t.status().isTerminal())
                .sorted(Comparator.comparing(t -> t.id().value())).toList();
    }

    @Override
    public void update(Ticket ticket) {
        tickets.computeIfPresent(ticket.id(), (id, stored) -> ticket);
    }

    @Override
    public boolean delete(TicketId id) {
        return tickets.remove(id) != null;
    }
}

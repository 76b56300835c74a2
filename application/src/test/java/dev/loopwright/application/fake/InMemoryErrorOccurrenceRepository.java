package dev.loopwright.application.fake;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ErrorOccurrenceRepository;
import dev.loopwright.domain.ticket.ErrorOccurrence;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The error-occurrence port kept in memory, for tests. */
public final class InMemoryErrorOccurrenceRepository implements ErrorOccurrenceRepository {
    private final List<ErrorOccurrence> occurrences = new ArrayList<>();

    @Override
    public synchronized ErrorOccurrence open(TicketId ticketId, TicketStatus blockedFrom, BlockingError error,
            Instant at) {
        if (findOpen(ticketId).isPresent()) {
            throw new ConflictException("ticket " + ticketId + " already has an open error occurrence");
        }
        ErrorOccurrence opened = new ErrorOccurrence(ticketId, findAll(ticketId).size() + 1, blockedFrom, error, at,
                Optional.empty());
        occurrences.add(opened);
        return opened;
    }

    @Override
    public synchronized Optional<ErrorOccurrence> findOpen(TicketId ticketId) {
        return findAll(ticketId).stream().filter(ErrorOccurrence::isOpen).findFirst();
    }

    @Override
    public synchronized void resolve(ErrorOccurrence resolved) {
        for (int i = 0; i < occurrences.size(); i++) {
            ErrorOccurrence stored = occurrences.get(i);
            if (stored.ticketId().equals(resolved.ticketId())
                    && stored.occurrenceNumber() == resolved.occurrenceNumber()) {
                occurrences.set(i, resolved);
                return;
            }
        }
        throw new NotFoundException("No error occurrence " + resolved.occurrenceNumber() + " for ticket "
                + resolved.ticketId());
    }

    @Override
    public synchronized List<ErrorOccurrence> findAll(TicketId ticketId) {
        return occurrences.stream().filter(o -> o.ticketId().equals(ticketId)).toList();
    }
}

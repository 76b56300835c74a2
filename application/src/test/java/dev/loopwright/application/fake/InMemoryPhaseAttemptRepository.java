package dev.loopwright.application.fake;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The phase-attempt port kept in memory, for tests. */
public final class InMemoryPhaseAttemptRepository implements PhaseAttemptRepository {
    private final List<PhaseAttempt> attempts = new ArrayList<>();

    @Override
    public synchronized Optional<PhaseAttempt> findActive(TicketId ticketId, TicketStatus phase) {
        return findAll(ticketId, phase).stream().filter(PhaseAttempt::isActive).findFirst();
    }

    @Override
    public synchronized List<PhaseAttempt> findAll(TicketId ticketId, TicketStatus phase) {
        return attempts.stream()
                .filter(a -> a.ticketId().equals(ticketId) && a.phase() == phase)
                .sorted(Comparator.comparingInt(PhaseAttempt::attemptNumber))
                .toList();
    }

    @Override
    public synchronized void save(PhaseAttempt attempt) {
        boolean anotherIsActive = attempts.stream()
                .anyMatch(a -> a.isActive() && !sameAttempt(a, attempt) && a.ticketId().equals(attempt.ticketId())
                        && a.phase() == attempt.phase());
        if (attempt.isActive() && anotherIsActive) {
            throw new ConflictException("phase " + attempt.phase() + " of ticket " + attempt.ticketId()
                    + " already has an active attempt");
        }
        attempts.removeIf(a -> sameAttempt(a, attempt));
        attempts.add(attempt);
    }

    private static boolean sameAttempt(PhaseAttempt a, PhaseAttempt b) {
        return a.ticketId().equals(b.ticketId()) && a.phase() == b.phase() && a.attemptNumber() == b.attemptNumber();
    }
}

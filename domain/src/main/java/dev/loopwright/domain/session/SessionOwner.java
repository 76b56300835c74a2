package dev.loopwright.domain.session;

import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a model-runtime session works for. Two calls with the same owner may reuse one session, which is how a
 * session preserved after a provider limit is found again on Continue.
 *
 * @param memberId the council member's model, for council steps
 * @param step a sub-step of a phase, e.g. {@code full_answers} and {@code prd_draft}
 */
public record SessionOwner(TicketId ticketId, TicketStatus phase, int attemptNumber, Optional<String> memberId,
        Optional<String> beadId, Optional<Integer> iteration, Optional<String> step) {
    public SessionOwner {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(beadId, "beadId");
        Objects.requireNonNull(iteration, "iteration");
        Objects.requireNonNull(step, "step");
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, got " + attemptNumber);
        }
    }

    public static SessionOwner of(TicketId ticketId, TicketStatus phase, int attemptNumber) {
        return new SessionOwner(ticketId, phase, attemptNumber, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public SessionOwner withMember(String modelId) {
        return new SessionOwner(ticketId, phase, attemptNumber, Optional.of(modelId), beadId, iteration, step);
    }

    public SessionOwner withBead(String bead, int beadIteration) {
        return new SessionOwner(ticketId, phase, attemptNumber, memberId, Optional.of(bead), Optional.of(beadIteration),
                step);
    }

    public SessionOwner withStep(String stepName) {
        return new SessionOwner(ticketId, phase, attemptNumber, memberId, beadId, iteration, Optional.of(stepName));
    }
}

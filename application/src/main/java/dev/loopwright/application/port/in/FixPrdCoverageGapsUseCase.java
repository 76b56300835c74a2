package dev.loopwright.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * At the PRD gate: has the main implementer revise the PRD for the coverage gaps still on record and the council's
 * winner audit the result, which becomes the PRD under review. Runs while the caller waits; one at a time per ticket.
 */
public interface FixPrdCoverageGapsUseCase {

    /**
     * @param fixed false when no gaps remained and nothing was done
     * @param version the PRD candidate version now under review
     * @param remainingGaps what the audit of the new version still found
     */
    record Result(boolean fixed, int version, List<String> remainingGaps, boolean noChange, PrdView prd) {
        public Result {
            remainingGaps = List.copyOf(remainingGaps);
            Objects.requireNonNull(prd, "prd");
        }
    }

    Result fixPrdGaps(TicketReference reference);
}

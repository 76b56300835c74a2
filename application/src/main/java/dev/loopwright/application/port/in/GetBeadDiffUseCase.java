package dev.loopwright.application.port.in;

/** The diff one bead's commit made on the ticket branch. */
public interface GetBeadDiffUseCase {

    /** Throws {@link dev.loopwright.domain.common.ValidationException} for a malformed bead id. */
    BeadDiff beadDiff(TicketReference reference, String beadId);
}

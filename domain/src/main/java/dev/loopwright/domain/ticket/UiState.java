package dev.loopwright.domain.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A client's saved screen state for one ticket and scope (draft answers, approval pane drafts).
 * Revisions make concurrent writers detect each other instead of overwriting silently.
 *
 * @param dataJson the client's JSON document, stored as given
 * @param lastActionId the client's id for the write that produced this revision
 * @param lastWriteFingerprint identifies that write's payload, so a replay can be told from a different write
 */
public record UiState(
        TicketId ticketId,
        UiStateScope scope,
        String dataJson,
        long revision,
        String lastActionId,
        String lastWriteFingerprint,
        Instant updatedAt) {

    public UiState {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(dataJson, "dataJson");
        Objects.requireNonNull(lastActionId, "lastActionId");
        Objects.requireNonNull(lastWriteFingerprint, "lastWriteFingerprint");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("a stored ui state has revision 1 or more");
        }
    }
}

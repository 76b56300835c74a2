package dev.loopwright.domain.ticket;

import dev.loopwright.domain.common.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's request to save ui state, valid only against the revision it last saw.
 *
 * @param expectedRevision the revision the client last read; 0 when it saw nothing stored
 * @param actionId the client's id for this write, so a retried request is answered, not applied twice
 */
public record UiStateWrite(
        TicketId ticketId,
        UiStateScope scope,
        String dataJson,
        long expectedRevision,
        String actionId,
        Instant at) {

    /** 2 MiB: generous for drafts, small enough that one client cannot fill the database. */
    public static final int MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ACTION_ID = 120;

    public UiStateWrite {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(dataJson, "dataJson");
        Objects.requireNonNull(at, "at");
        Violations violations = new Violations();
        if (expectedRevision < 0) {
            violations.add("expectedRevision", "expectedRevision must be 0 or more");
        }
        if (violations.required("actionId", actionId)) {
            violations.length("actionId", actionId, 1, MAX_ACTION_ID);
        }
        violations.throwIfAny();
    }

    public int payloadBytes() {
        return dataJson.getBytes(StandardCharsets.UTF_8).length;
    }

    public boolean exceedsPayloadLimit() {
        return payloadBytes() > MAX_PAYLOAD_BYTES;
    }

    /** Same revision and same data give the same fingerprint: that is what makes a replay recognisable. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(expectedRevision).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(dataJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    /**
     * Decides what this write does to the stored state. Repositories call this inside their own
     * atomic section, so the rule lives in one place and every store applies it the same way.
     */
    public UiStateWriteResult decide(Optional<UiState> current) {
        long currentRevision = current.map(UiState::revision).orElse(0L);
        String fingerprint = fingerprint();
        if (current.isPresent() && current.get().lastActionId().equals(actionId)) {
            return current.get().lastWriteFingerprint().equals(fingerprint)
                    ? new UiStateWriteResult.Replayed(current.get())
                    : new UiStateWriteResult.Conflict(current);
        }
        if (expectedRevision != currentRevision) {
            return new UiStateWriteResult.Conflict(current);
        }
        return new UiStateWriteResult.Written(new UiState(ticketId, scope, dataJson, currentRevision + 1, actionId,
                fingerprint, at));
    }
}

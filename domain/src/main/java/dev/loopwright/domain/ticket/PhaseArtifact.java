package dev.loopwright.domain.ticket;

import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A durable output of a phase attempt (drafts, votes, a refined document, a report). Content is the
 * canonical text we serialised ourselves, never raw model output presented as canonical.
 */
public record PhaseArtifact(
        long id,
        TicketId ticketId,
        TicketStatus phase,
        int attemptNumber,
        String type,
        String content,
        Instant createdAt) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9_:.-]{1,80}");

    public PhaseArtifact {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        checkType(type);
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, got " + attemptNumber);
        }
    }

    /** Artifact types are short lowercase names such as {@code interview_drafts} or {@code ui_state:approval_prd}. */
    public static void checkType(String type) {
        Violations violations = new Violations();
        if (violations.required("type", type)) {
            violations.matches("type", type, TYPE, "1 to 80 lowercase letters, digits or _ : . -");
        }
        violations.throwIfAny();
    }
}

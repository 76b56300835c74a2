package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * A note carried from one attempt at a bead to the next (why an iteration failed, what the user asked on
 * retry), so a fresh agent does not repeat the same mistake.
 */
public record BeadNote(Instant timestamp, int iteration, String content, Optional<String> errorCode) {
    public BeadNote {
        Violations violations = new Violations();
        violations.required("note.timestamp", timestamp);
        if (iteration < 1) {
            violations.add("note.iteration", "note.iteration must be at least 1, got " + iteration);
        }
        FieldChecks.text(violations, "note.content", content);
        errorCode = FieldChecks.orEmpty(errorCode);
        errorCode.ifPresent(code -> FieldChecks.text(violations, "note.errorCode", code));
        violations.throwIfAny();
    }
}

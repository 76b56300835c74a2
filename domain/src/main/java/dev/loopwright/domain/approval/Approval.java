package dev.loopwright.domain.approval;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.time.Instant;
import java.util.Optional;

/** Who approved a document and when; written into the document itself when it is approved. */
public record Approval(String approvedBy, Instant approvedAt) {
    public Approval {
        Violations violations = new Violations();
        FieldChecks.text(violations, "approval.approvedBy", approvedBy);
        violations.required("approval.approvedAt", approvedAt);
        violations.throwIfAny();
    }

    /**
     * A document is approved exactly when it carries an approval: a draft with leftover approval metadata
     * would look reviewed after an edit, and an approved document without it could not say by whom.
     */
    public static void checkMatches(Violations violations, DocumentStatus status, Optional<Approval> approval) {
        if (status == DocumentStatus.APPROVED && approval.isEmpty()) {
            violations.add("approval", "an approved document needs approval.approvedBy and approval.approvedAt");
        }
        if (status == DocumentStatus.DRAFT && approval.isPresent()) {
            violations.add("approval", "a draft document must not carry an approval");
        }
    }
}

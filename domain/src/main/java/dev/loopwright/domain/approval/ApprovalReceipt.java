package dev.loopwright.domain.approval;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.time.Instant;

/**
 * The durable record of an approval at a gate: who approved which artifact when, the hash of the text they
 * reviewed, and the hash of the text stored after the approval was stamped into it.
 *
 * @param artifactType the reviewed artifact, e.g. {@code interview}
 * @param phase the gate's status name, e.g. {@code WAITING_INTERVIEW_APPROVAL}
 */
public record ApprovalReceipt(
        String approvedBy,
        Instant approvedAt,
        String artifactType,
        String phase,
        ContentHash reviewed,
        ContentHash stored) {

    public ApprovalReceipt {
        Violations violations = new Violations();
        FieldChecks.text(violations, "approvedBy", approvedBy);
        violations.required("approvedAt", approvedAt);
        FieldChecks.text(violations, "artifactType", artifactType);
        FieldChecks.text(violations, "phase", phase);
        violations.required("reviewed", reviewed);
        violations.required("stored", stored);
        violations.throwIfAny();
    }
}

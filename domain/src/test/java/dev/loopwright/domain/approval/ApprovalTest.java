package dev.loopwright.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.common.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalTest {
    private static final Approval BY_USER = new Approval("user", Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void anApprovalNamesWhoAndWhen() {
        assertThatThrownBy(() -> new Approval(null, null))
                .hasMessage("approval.approvedBy is required; approval.approvedAt is required");
    }

    @Test
    void theStatusAndTheApprovalMustAgree() {
        assertThat(check(DocumentStatus.DRAFT, Optional.empty())).isEmpty();
        assertThat(check(DocumentStatus.APPROVED, Optional.of(BY_USER))).isEmpty();
        assertThat(check(DocumentStatus.APPROVED, Optional.empty())).extracting(Violation::message)
                .containsExactly("an approved document needs approval.approvedBy and approval.approvedAt");
        assertThat(check(DocumentStatus.DRAFT, Optional.of(BY_USER))).extracting(Violation::message)
                .containsExactly("a draft document must not carry an approval");
    }

    @Test
    void statusesUseLowercaseWireNames() {
        assertThat(DocumentStatus.fromWireName("approved")).isEqualTo(DocumentStatus.APPROVED);
        assertThat(DocumentStatus.DRAFT.wireName()).isEqualTo("draft");
        assertThatThrownBy(() -> DocumentStatus.fromWireName("final"))
                .hasMessage("status must be one of draft, approved; got 'final'");
    }

    private static List<Violation> check(DocumentStatus status, Optional<Approval> approval) {
        Violations violations = new Violations();
        Approval.checkMatches(violations, status, approval);
        return violations.list();
    }
}

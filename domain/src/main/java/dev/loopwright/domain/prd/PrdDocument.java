package dev.loopwright.domain.prd;

import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.approval.DocumentStatus;
import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The product requirements of a ticket: the specification the bead plan is cut from. Epic and story ids are
 * unique across the document, because beads point at them.
 *
 * @param sourceInterviewSha256 SHA-256 (lowercase hex) of the interview-shaped document the PRD was written
 *        from; we compute it, never the model
 * @param approval present exactly when the status is approved
 */
public record PrdDocument(
        int schemaVersion,
        ExternalId ticketId,
        DocumentStatus status,
        String sourceInterviewSha256,
        Product product,
        Scope scope,
        TechnicalRequirements technicalRequirements,
        List<Epic> epics,
        List<String> risks,
        Optional<Approval> approval) {

    public static final int SCHEMA_VERSION = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PrdDocument {
        Violations violations = new Violations();
        if (schemaVersion < 1) {
            violations.add("schemaVersion", "schemaVersion must be at least 1, got " + schemaVersion);
        }
        violations.required("ticketId", ticketId);
        violations.required("status", status);
        if (violations.required("sourceInterviewSha256", sourceInterviewSha256)) {
            violations.matches("sourceInterviewSha256", sourceInterviewSha256, SHA256, "64 lowercase hex digits");
        }
        violations.required("product", product);
        violations.required("scope", scope);
        violations.required("technicalRequirements", technicalRequirements);
        epics = FieldChecks.list(violations, "epics", epics);
        if (epics.isEmpty()) {
            violations.add("epics", "a PRD needs at least one epic");
        }
        risks = FieldChecks.texts(violations, "risks", risks);
        approval = FieldChecks.orEmpty(approval);
        Approval.checkMatches(violations, status, approval);

        for (String id : FieldChecks.duplicates(epics.stream().map(Epic::id).toList())) {
            violations.add("epics", "duplicate epic id " + id);
        }
        List<String> storyIds = epics.stream().flatMap(epic -> epic.userStories().stream()).map(UserStory::id)
                .toList();
        for (String id : FieldChecks.duplicates(storyIds)) {
            violations.add("epics", "duplicate user story id " + id);
        }
        violations.throwIfAny();
    }

    /** The approved copy. Approving twice is refused, so an approval time is never silently rewritten. */
    public PrdDocument approve(String approvedBy, Instant approvedAt) {
        if (status == DocumentStatus.APPROVED) {
            throw new IllegalStateException("the PRD is already approved");
        }
        return new PrdDocument(schemaVersion, ticketId, DocumentStatus.APPROVED, sourceInterviewSha256, product,
                scope, technicalRequirements, epics, risks, Optional.of(new Approval(approvedBy, approvedAt)));
    }

    /** The same content back in draft, approval cleared: what a save at or after the gate produces. */
    public PrdDocument asDraft() {
        return new PrdDocument(schemaVersion, ticketId, DocumentStatus.DRAFT, sourceInterviewSha256, product, scope,
                technicalRequirements, epics, risks, Optional.empty());
    }

    public boolean isApproved() {
        return status == DocumentStatus.APPROVED;
    }

    public int epicCount() {
        return epics.size();
    }

    public int userStoryCount() {
        return epics.stream().mapToInt(epic -> epic.userStories().size()).sum();
    }

    public Optional<Epic> epic(String id) {
        return epics.stream().filter(epic -> epic.id().equals(id)).findFirst();
    }

    public Optional<UserStory> userStory(String id) {
        return epics.stream().flatMap(epic -> epic.userStories().stream()).filter(story -> story.id().equals(id))
                .findFirst();
    }

    /** Every epic and story id, in document order: what a bead's prdRefs may name. */
    public Set<String> itemIds() {
        List<String> ids = new ArrayList<>();
        for (Epic epic : epics) {
            ids.add(epic.id());
            epic.userStories().forEach(story -> ids.add(story.id()));
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}

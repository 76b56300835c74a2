package dev.loopwright.domain.prd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.domain.approval.Approval;
import dev.loopwright.domain.approval.DocumentStatus;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrdDocumentTest {
    private static final ExternalId TICKET = ExternalId.parse("SHOP-12");
    private static final String SHA = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static UserStory story(String id) {
        return new UserStory(id, "Story " + id, List.of("it works"), List.of("write it"),
                new Verification(List.of("mvn test")));
    }

    private static Epic epic(String id, UserStory... stories) {
        return new Epic(id, "Epic " + id, "Deliver " + id, List.of(), List.of(stories));
    }

    private static PrdDocument prd(List<Epic> epics) {
        return new PrdDocument(1, TICKET, DocumentStatus.DRAFT, SHA,
                new Product("Users cannot export", List.of("admins")),
                new Scope(List.of("CSV export"), List.of("PDF")), TechnicalRequirements.NONE, epics,
                List.of("large exports may time out"), Optional.empty());
    }

    @Test
    void aCompletePrdCountsItsEpicsAndStories() {
        PrdDocument document = prd(List.of(epic("EPIC-1", story("US-1-1"), story("US-1-2")),
                epic("EPIC-2", story("US-2-1"))));
        assertThat(document.epicCount()).isEqualTo(2);
        assertThat(document.userStoryCount()).isEqualTo(3);
        assertThat(document.itemIds()).containsExactly("EPIC-1", "US-1-1", "US-1-2", "EPIC-2", "US-2-1");
        assertThat(document.userStory("US-2-1")).map(UserStory::title).contains("Story US-2-1");
        assertThat(document.epic("EPIC-3")).isEmpty();
    }

    @Test
    void anEpicWithoutStoriesNamesItself() {
        assertThatThrownBy(() -> epic("EPIC-2")).isInstanceOf(ValidationException.class)
                .hasMessage("epic EPIC-2 has no user stories");
    }

    @Test
    void aPrdNeedsAnEpic() {
        assertThatThrownBy(() -> prd(List.of())).hasMessage("a PRD needs at least one epic");
    }

    @Test
    void idsFollowTheirPattern() {
        assertThatThrownBy(() -> epic("E2", story("US-1-1")))
                .hasMessage("epics[E2].id must be like EPIC-<n> with n from 1, got 'E2'");
        assertThatThrownBy(() -> epic("EPIC-0", story("US-1-1"))).hasMessageContaining("got 'EPIC-0'");
        assertThatThrownBy(() -> story("US-1"))
                .hasMessage("userStories[US-1].id must be like US-<epic>-<story> with numbers from 1, got 'US-1'");
        assertThatThrownBy(() -> story("US-1-0")).hasMessageContaining("got 'US-1-0'");
        assertThat(story("US-10-12").id()).isEqualTo("US-10-12");
    }

    @Test
    void idsAreUniqueAcrossTheDocument() {
        assertThatThrownBy(() -> prd(List.of(epic("EPIC-1", story("US-1-1")), epic("EPIC-1", story("US-1-1")))))
                .hasMessage("duplicate epic id EPIC-1; duplicate user story id US-1-1");
    }

    @Test
    void requiredTextsAreNamedByPath() {
        assertThatThrownBy(() -> new Epic("EPIC-3", " ", null, List.of(), List.of(story("US-3-1"))))
                .hasMessage("epics[EPIC-3].title must not be blank; epics[EPIC-3].objective is required");
        assertThatThrownBy(() -> new UserStory("US-3-1", "", List.of("ok", " "), List.of(), Verification.NONE))
                .hasMessage("userStories[US-3-1].title must not be blank; "
                        + "userStories[US-3-1].acceptanceCriteria must not contain blank entries");
        assertThatThrownBy(() -> new TechnicalRequirements(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(""), null))
                .hasMessage("technicalRequirements.errorHandlingRules must not contain blank entries; "
                        + "technicalRequirements.toolingAssumptions is required");
    }

    @Test
    void everyDocumentLevelProblemIsReportedAtOnce() {
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> new PrdDocument(0, TICKET,
                DocumentStatus.DRAFT, "ABC", null, new Scope(List.of(), List.of()), TechnicalRequirements.NONE,
                List.of(), List.of(), Optional.of(new Approval("user", NOW))));
        assertThat(error.violations()).extracting(Violation::message).containsExactly(
                "schemaVersion must be at least 1, got 0",
                "sourceInterviewSha256 must be 64 lowercase hex digits",
                "product is required",
                "a PRD needs at least one epic",
                "a draft document must not carry an approval");
    }

    @Test
    void approvingKeepsTheContentAndRecordsTheApproval() {
        PrdDocument draft = prd(List.of(epic("EPIC-1", story("US-1-1"))));
        PrdDocument approved = draft.approve("user", NOW);
        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.approval()).contains(new Approval("user", NOW));
        assertThat(approved.epics()).isEqualTo(draft.epics());
        assertThatThrownBy(() -> approved.approve("user", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(approved.asDraft()).isEqualTo(draft);
    }
}

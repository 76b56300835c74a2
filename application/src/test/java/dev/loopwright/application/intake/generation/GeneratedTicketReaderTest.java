package dev.loopwright.application.intake.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import java.util.Optional;
import java.util.Set;
import dev.loopwright.domain.intake.DevTicketPriority;
import org.junit.jupiter.api.Test;

class GeneratedTicketReaderTest {
    private static final String DESCRIPTION = "description: |\n  ## Summary\n  The button is grey on Safari.\n\n"
            + "  ## Acceptance Criteria\n  - The button is blue on Safari 17+\n";

    private final StructuredOutputParser parser = new StructuredOutputParser(Set.of("title", "description"),
            Optional.empty());
    private final GeneratedTicketReader reader = new GeneratedTicketReader();

    private GeneratedTicketReader.Outcome read(String reply) {
        ParseOutcome outcome = parser.parse(reply);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return reader.read(((ParseOutcome.Parsed) outcome).document());
    }

    private GeneratedTicketReader.Valid valid(String reply) {
        GeneratedTicketReader.Outcome outcome = read(reply);
        assertThat(outcome).isInstanceOf(GeneratedTicketReader.Valid.class);
        return (GeneratedTicketReader.Valid) outcome;
    }

    private String problems(String reply) {
        GeneratedTicketReader.Outcome outcome = read(reply);
        assertThat(outcome).isInstanceOf(GeneratedTicketReader.Invalid.class);
        return String.join("\n", ((GeneratedTicketReader.Invalid) outcome).problems());
    }

    @Test
    void aCleanTicketIsReadAsWritten() {
        GeneratedTicketReader.Valid valid = valid("title: Fix the CTA colour on iOS Safari\npriority: high\n"
                + "labels: [bug, mobile]\n" + DESCRIPTION);
        assertThat(valid.ticket().title()).isEqualTo("Fix the CTA colour on iOS Safari");
        assertThat(valid.ticket().priority()).isEqualTo(DevTicketPriority.HIGH);
        assertThat(valid.ticket().labels()).containsExactly("bug", "mobile");
        assertThat(valid.ticket().description()).startsWith("## Summary\nThe button is grey on Safari.")
                .contains("## Acceptance Criteria\n- The button is blue on Safari 17+");
        assertThat(valid.warnings()).isEmpty();
    }

    @Test
    void aFencedJsonTicketWithProseAroundIsRead() {
        GeneratedTicketReader.Valid valid = valid("Here is the ticket:\n```json\n{\"title\": \"Add dark mode\", "
                + "\"priority\": \"Medium\", \"labels\": [\"feature\"], \"description\": \"## Summary\\nUsers want it."
                + "\\n\\n## Acceptance Criteria\\n1. A toggle switches themes\"}\n```\nHope this helps!");
        assertThat(valid.ticket().priority()).isEqualTo(DevTicketPriority.MEDIUM);
        assertThat(valid.ticket().labels()).containsExactly("feature");
    }

    @Test
    void missingSectionsAreEachNamed() {
        assertThat(problems("title: T\npriority: low\ndescription: Just some text without headings\n"))
                .contains("no '## Summary' section").contains("no '## Acceptance Criteria' section");
        assertThat(problems("title: T\npriority: low\ndescription: |\n  ## Summary\n  Text\n"))
                .contains("no '## Acceptance Criteria' section").doesNotContain("no '## Summary'");
    }

    @Test
    void acceptanceCriteriaNeedAListItemAndTheSummaryText() {
        assertThat(problems("title: T\npriority: low\ndescription: |\n  ## Summary\n\n  ## Acceptance Criteria\n"
                + "  It should work.\n")).contains("'## Summary' section is empty")
                .contains("needs at least one list item");
    }

    @Test
    void sectionsInTheWrongOrderAreRefused() {
        assertThat(problems("title: T\npriority: low\ndescription: |\n  ## Acceptance Criteria\n  - works\n\n"
                + "  ## Summary\n  Text\n")).contains("must come before");
    }

    @Test
    void headingsInAnotherCaseAreRewrittenWithAWarning() {
        GeneratedTicketReader.Valid valid = valid("title: T\npriority: low\ndescription: |\n  ## summary:\n  Text\n\n"
                + "  ## ACCEPTANCE CRITERIA\n  - works\n");
        assertThat(valid.ticket().description()).isEqualTo("## Summary\nText\n\n## Acceptance Criteria\n- works");
        assertThat(valid.warnings()).hasSize(2);
    }

    @Test
    void aWrongOrMissingPriorityIsRefused() {
        assertThat(problems("title: T\npriority: urgent\n" + DESCRIPTION))
                .contains("priority 'urgent' is not one of low, medium, high, critical");
        assertThat(problems("title: T\n" + DESCRIPTION)).contains("priority is missing");
        assertThat(problems("title: T\npriority: [high]\n" + DESCRIPTION)).contains("priority is missing");
    }

    @Test
    void aMissingMultiLineOrOverlongTitleIsRefused() {
        assertThat(problems("priority: low\n" + DESCRIPTION)).contains("title is missing");
        assertThat(problems("title: \"one\\ntwo\"\npriority: low\n" + DESCRIPTION)).contains("one line");
        assertThat(problems("title: " + "x".repeat(201) + "\npriority: low\n" + DESCRIPTION))
                .contains("at most 200");
        assertThat(problems("title: {a: b}\npriority: low\n" + DESCRIPTION)).contains("title is missing");
    }

    @Test
    void labelsAreCleanedAndOddShapesHandled() {
        GeneratedTicketReader.Valid fromString = valid("title: T\npriority: low\nlabels: \"Bug, UI Polish, bug, \"\n"
                + DESCRIPTION);
        assertThat(fromString.ticket().labels()).containsExactly("bug", "ui-polish");
        assertThat(fromString.warnings()).anyMatch(w -> w.contains("comma-separated"))
                .anyMatch(w -> w.contains("repeated label bug")).anyMatch(w -> w.contains("blank label"));
        assertThat(valid("title: T\npriority: low\n" + DESCRIPTION).ticket().labels()).isEmpty();
        assertThat(problems("title: T\npriority: low\nlabels: {a: b}\n" + DESCRIPTION)).contains("list of short words");
        assertThat(problems("title: T\npriority: low\nlabels: [[a]]\n" + DESCRIPTION)).contains("nested value");
        assertThat(problems("title: T\npriority: low\nlabels: [a,b,c,d,e,f,g,h,i,j,k]\n" + DESCRIPTION))
                .contains("at most 10 labels");
    }

    @Test
    void anOverlongDescriptionIsRefused() {
        String body = "x".repeat(GeneratedTicketReader.MAX_DESCRIPTION);
        assertThat(problems("title: T\npriority: low\ndescription: \"## Summary\\n" + body
                + "\\n## Acceptance Criteria\\n- a\"\n")).contains("at most 8000");
    }

    @Test
    void aListInsteadOfAMappingIsRefused() {
        assertThat(reader.read(new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()))
                .isInstanceOf(GeneratedTicketReader.Invalid.class);
    }
}

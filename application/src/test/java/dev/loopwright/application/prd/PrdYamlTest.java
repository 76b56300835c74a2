package dev.loopwright.application.prd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The canonical PRD YAML reads back exactly what was written; people's edits are checked, models' repaired. */
class PrdYamlTest {
    private static final ExternalId SHOP_1 = ExternalId.parse("SHOP-1");
    private static final String SHA = "a".repeat(64);

    private static PrdDocument fromModel(String yaml) {
        Validated<PrdDocument> read = PrdReader.fromModel(PrdFixture.yamlTree(yaml), SHOP_1, SHA);
        assertThat(read).isInstanceOf(Validated.Valid.class);
        return ((Validated.Valid<PrdDocument>) read).value();
    }

    @Test
    void theCanonicalTextRoundTripsInDraftAndApproved() {
        PrdDocument document = fromModel(PrdFixture.prd("1.5: yes", 2).replace("mvn test", "@npm test"));
        String yaml = PrdYaml.write(document);

        assertThat(PrdYaml.read(yaml, SHOP_1, SHA)).isEqualTo(document);
        assertThat(PrdYaml.write(PrdYaml.read(yaml, SHOP_1, SHA))).isEqualTo(yaml);
        assertThat(yaml).startsWith("schema_version: 1\nticket_id: SHOP-1\nartifact: prd\nstatus: draft\n")
                .contains("source_interview:\n  content_sha256: " + SHA, "user_stories:", "required_commands:",
                        "approval:\n  approved_by: \"\"\n  approved_at: \"\"");
        PrdDocument approved = document.approve("user", Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(PrdYaml.read(PrdYaml.write(approved), SHOP_1, SHA)).isEqualTo(approved);
    }

    @Test
    void aPersonsEditIsCheckedStrictlyAndEveryProblemNamed() {
        String yaml = PrdYaml.write(fromModel(PrdFixture.prd("x", 1)))
                .replace("ticket_id: SHOP-1", "ticket_id: SHOP-2")
                .replace("  problem_statement:", "  colour: red\n  problem_statement:")
                .replace("id: US-1-1", "id: story")
                .replace("objective: Owners download a CSV", "objective: [1, 2]");

        ValidationException invalid = catchThrowableOfType(() -> PrdYaml.read(yaml, SHOP_1, SHA),
                ValidationException.class);

        assertThat(invalid.violations()).extracting(Violation::field).contains("ticket_id", "product.colour",
                "epics[1].objective");
        assertThat(catchThrowableOfType(() -> PrdYaml.read("epics: [", SHOP_1, SHA), ValidationException.class))
                .hasMessageContaining("not valid YAML");
        assertThat(catchThrowableOfType(() -> PrdYaml.read("- a list", SHOP_1, SHA), ValidationException.class))
                .hasMessageContaining("mapping");
        String storyless = PrdYaml.write(fromModel(PrdFixture.prd("x", 1))).replaceAll("(?s)user_stories:.*?risks:",
                "user_stories: []\nrisks:");
        assertThat(catchThrowableOfType(() -> PrdYaml.read(storyless, SHOP_1, SHA), ValidationException.class))
                .hasMessageContaining("user_stories must be a non-empty list");
    }

    @Test
    void aModelsDocumentIsRepairedWhereTheIntentIsPlain() {
        Validated<PrdDocument> read = PrdReader.fromModel(PrdFixture.yamlTree("""
                document:
                  ticket_id: OTHER-9
                  status: approved
                  product: {problem_statement: "p", target_users: "owners"}
                  epics:
                    - title: "First"
                      objective: "o"
                      steps: ["s"]
                      stories:
                        - title: "A"
                          acceptance_criteria: ["c"]
                          verification: {commands: ["mvn test"]}
                        - id: US-1-1
                          title: "B"
                          acceptance_criteria: ["c"]
                """), SHOP_1, SHA);

        Validated.Valid<PrdDocument> valid = (Validated.Valid<PrdDocument>) read;
        PrdDocument document = valid.value();
        assertThat(document.ticketId()).isEqualTo(SHOP_1);
        assertThat(document.isApproved()).isFalse();
        assertThat(document.itemIds()).containsExactly("EPIC-1", "US-1-1", "US-1-2");
        assertThat(document.product().targetUsers()).containsExactly("owners");
        assertThat(document.userStory("US-1-1").orElseThrow().verification().requiredCommands())
                .containsExactly("mvn test");
        assertThat(valid.warnings()).anySatisfy(w -> assertThat(w).contains("unwrapped"))
                .anySatisfy(w -> assertThat(w).contains("ticket_id"))
                .anySatisfy(w -> assertThat(w).contains("it is now US-1-2"));
    }

    @Test
    void aModelsDocumentWithoutEpicsOrWithAnEmptyEpicIsRefusedWithAReason() {
        assertThat(PrdReader.fromModel(PrdFixture.yamlTree("product: {problem_statement: p}\n"), SHOP_1, SHA))
                .isInstanceOfSatisfying(Validated.Invalid.class, invalid -> assertThat(invalid.error())
                        .contains("epics must be a non-empty list"));
        assertThat(PrdReader.fromModel(PrdFixture.yamlTree("epics:\n  - {id: EPIC-1, title: t, objective: o}\n"),
                SHOP_1, SHA)).isInstanceOfSatisfying(Validated.Invalid.class, invalid -> assertThat(invalid.error())
                        .contains("user_stories must be a non-empty list"));
        assertThat(PrdReader.fromModel(PrdFixture.yamlTree("epics: nope\n"), SHOP_1, SHA))
                .isInstanceOf(Validated.Invalid.class);
    }
}

package dev.loopwright.application.council.beads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.bead.BeadBlueprint;
import org.junit.jupiter.api.Test;

class BlueprintReaderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BEAD = "  - id: add-export\n    title: Add the export\n    prdRefs: [EPIC-1, US-1-1]\n"
            + "    description: Build the export.\n"
            + "    contextGuidance:\n      patterns: [Follow OrderService]\n      anti_patterns: [No statics]\n"
            + "    acceptanceCriteria: [A CSV downloads]\n    tests: [The CSV has a header]\n"
            + "    testCommands:\n      - |-\n        mvn -q test -Dtest='Export*'\n";

    private static Validated<BeadBlueprintPlan> read(String yaml) throws Exception {
        return BlueprintReader.read(YAML.readTree(yaml));
    }

    private static BeadBlueprintPlan valid(String yaml) throws Exception {
        Validated<BeadBlueprintPlan> read = read(yaml);
        assertThat(read).isInstanceOf(Validated.Valid.class);
        return ((Validated.Valid<BeadBlueprintPlan>) read).value();
    }

    private static String error(String yaml) throws Exception {
        Validated<BeadBlueprintPlan> read = read(yaml);
        assertThat(read).as(yaml).isInstanceOf(Validated.Invalid.class);
        return ((Validated.Invalid<BeadBlueprintPlan>) read).error();
    }

    @Test
    void aValidBlueprintReadsAndOurCanonicalTextReadsBackTheSame() throws Exception {
        BeadBlueprintPlan plan = valid("beads:\n" + BEAD);
        BeadBlueprint bead = plan.beads().get(0);
        assertThat(bead.testCommands()).containsExactly("mvn -q test -Dtest='Export*'");
        assertThat(bead.contextGuidance().antiPatterns()).containsExactly("No statics");

        String canonical = BlueprintYaml.write(plan);
        Validated<BeadBlueprintPlan> again = BlueprintYaml.read(canonical);
        assertThat(((Validated.Valid<BeadBlueprintPlan>) again).value()).isEqualTo(plan);
        assertThat(canonical).contains("prdRefs:", "anti_patterns:", "testCommands:");
    }

    @Test
    void looseFieldNamesMissingAndRepeatedIdsAndGuidanceAsOneSentenceAreRepairedWithWarnings() throws Exception {
        String loose = "beads:\n  - title: First\n    prd_refs: US-1-1\n    description: One.\n"
                + "    context_guidance: \"Patterns: follow A; follow B. Anti-patterns: avoid C\"\n"
                + "    acceptance_criteria: [ok]\n    tests: [shown]\n    test_commands: [make test]\n"
                + BEAD + BEAD;
        Validated.Valid<BeadBlueprintPlan> read = (Validated.Valid<BeadBlueprintPlan>) read(loose);

        assertThat(read.value().ids()).containsExactly("bead-1", "add-export", "add-export-2");
        BeadBlueprint first = read.value().beads().get(0);
        assertThat(first.prdRefs()).containsExactly("US-1-1");
        assertThat(first.contextGuidance().patterns()).containsExactly("follow A", "follow B");
        assertThat(first.contextGuidance().antiPatterns()).containsExactly("avoid C");
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("had no id; it is now bead-1"))
                .anySatisfy(w -> assertThat(w).contains("repeated the id add-export; it is now add-export-2"));
    }

    @Test
    void anEmptyPrdRefsListOnlyWarns() throws Exception {
        Validated.Valid<BeadBlueprintPlan> read = (Validated.Valid<BeadBlueprintPlan>) read("beads:\n"
                + BEAD.replace("[EPIC-1, US-1-1]", "[]"));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("names no PRD item"));
    }

    @Test
    void malformedBlueprintsAreRefusedWithWhatIsWrong() throws Exception {
        assertThat(error("tasks: []\n")).contains("'beads' must be a non-empty list");
        assertThat(error("beads: []\n")).contains("'beads' must be a non-empty list");
        assertThat(error("beads: just text\n")).contains("'beads' must be a non-empty list");
        assertThat(error("beads:\n  - plain string\n")).contains("beads[1] must be a mapping");
        assertThat(error("beads:\n" + BEAD.replace("    title: Add the export\n", ""))).contains("title");
        assertThat(error("beads:\n" + BEAD.replace("    description: Build the export.\n", "")))
                .contains("description");
        assertThat(error("beads:\n" + BEAD.replace("[A CSV downloads]", "[]"))).contains("acceptanceCriteria");
        assertThat(error("beads:\n" + BEAD.replace("    tests: [The CSV has a header]\n", ""))).contains("tests");
        assertThat(error("beads:\n" + BEAD.substring(0, BEAD.indexOf("    testCommands:")))).contains("testCommands");
        assertThat(error("beads:\n" + BEAD.replace("anti_patterns: [No statics]", "anti_patterns: []")))
                .contains("contextGuidance");
        assertThat(error("beads:\n" + BEAD.replace("    contextGuidance:\n      patterns: [Follow OrderService]\n"
                + "      anti_patterns: [No statics]\n", "    contextGuidance: be careful\n"))).contains("contextGuidance");
    }
}

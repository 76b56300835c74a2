package dev.loopwright.domain.bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadBlueprintTest {
    private static final ContextGuidance GUIDANCE = new ContextGuidance(List.of("p"), List.of("a"));

    @Test
    void aBlueprintSaysHowItIsAcceptedAndTested() {
        BeadBlueprint blueprint = Beads.blueprint("setup-db-schema");
        assertThat(blueprint.acceptanceCriteria()).hasSize(1);
        assertThatThrownBy(() -> new BeadBlueprint("b1", "Title", List.of(), "Do it", GUIDANCE, List.of(), List.of(),
                List.of())).hasMessage("beads[b1].acceptanceCriteria must have at least 1 entry; "
                + "beads[b1].tests must have at least 1 entry; beads[b1].testCommands must have at least 1 entry");
    }

    @Test
    void guidanceNeedsAPatternAndAnAntiPattern() {
        assertThatThrownBy(() -> new BeadBlueprint("b1", "Title", List.of(), "Do it",
                new ContextGuidance(List.of(), List.of()), List.of("ac"), List.of("t"), List.of("cmd")))
                .hasMessage("beads[b1].contextGuidance.patterns must have at least 1 entry; "
                        + "beads[b1].contextGuidance.antiPatterns must have at least 1 entry");
    }

    @Test
    void idTitleAndDescriptionAreRequired() {
        assertThatThrownBy(() -> new BeadBlueprint("has space", null, List.of(), " ", GUIDANCE, List.of("ac"),
                List.of("t"), List.of("cmd")))
                .hasMessage("beads[has space].id must be 1 to 128 letters, digits or . _ - (starting with a letter or"
                        + " digit), got 'has space'; beads[has space].title is required; "
                        + "beads[has space].description must not be blank");
    }

    @Test
    void emptyPrdRefsAreAllowedButBlankOnesAreNot() {
        assertThat(new BeadBlueprint("b1", "T", List.of(), "D", GUIDANCE, List.of("ac"), List.of("t"),
                List.of("cmd")).prdRefs()).isEmpty();
        assertThatThrownBy(() -> new BeadBlueprint("b1", "T", List.of(""), "D", GUIDANCE, List.of("ac"),
                List.of("t"), List.of("cmd"))).hasMessage("beads[b1].prdRefs must not contain blank entries");
    }
}

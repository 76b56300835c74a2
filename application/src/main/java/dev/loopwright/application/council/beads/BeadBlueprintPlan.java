package dev.loopwright.application.council.beads;

import dev.loopwright.domain.bead.BeadBlueprint;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The council's bead blueprint: the beads in the order they should be built, ids unique. Ids are the council's
 * working names; the expansion keeps them, so the server never lets a model rename a bead.
 */
public record BeadBlueprintPlan(List<BeadBlueprint> beads) {
    public BeadBlueprintPlan {
        beads = List.copyOf(beads);
        if (beads.isEmpty()) {
            throw new IllegalArgumentException("a bead blueprint has at least one bead");
        }
        if (new LinkedHashSet<>(beads.stream().map(BeadBlueprint::id).toList()).size() != beads.size()) {
            throw new IllegalArgumentException("bead ids must be unique");
        }
    }

    public List<String> ids() {
        return beads.stream().map(BeadBlueprint::id).toList();
    }
}

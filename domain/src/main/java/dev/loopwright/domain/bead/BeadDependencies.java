package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * A bead's edges in the plan. {@code blockedBy} is the source of truth; {@code blocks} is its reverse, which
 * we derive (see {@link BeadPlan#withDerivedBlocks()}) rather than trust.
 */
public record BeadDependencies(List<String> blockedBy, List<String> blocks) {
    public static final BeadDependencies NONE = new BeadDependencies(List.of(), List.of());

    public BeadDependencies {
        Violations violations = new Violations();
        blockedBy = FieldChecks.texts(violations, "dependencies.blockedBy", blockedBy);
        blocks = FieldChecks.texts(violations, "dependencies.blocks", blocks);
        for (String id : FieldChecks.duplicates(blockedBy)) {
            violations.add("dependencies.blockedBy", "dependencies.blockedBy names bead " + id + " twice");
        }
        for (String id : FieldChecks.duplicates(blocks)) {
            violations.add("dependencies.blocks", "dependencies.blocks names bead " + id + " twice");
        }
        violations.throwIfAny();
    }

    public static BeadDependencies blockedBy(List<String> ids) {
        return new BeadDependencies(ids, List.of());
    }
}

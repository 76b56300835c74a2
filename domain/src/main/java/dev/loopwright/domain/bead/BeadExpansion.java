package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.RelativePaths;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * What expansion adds to a blueprint: the final id, the kind of work, labels, the beads it waits for and the
 * files it will touch. Everything else of the final bead is either copied from the blueprint or owned by us.
 */
public record BeadExpansion(
        String id,
        String issueType,
        List<String> labels,
        List<String> blockedBy,
        List<String> targetFiles) {

    public BeadExpansion {
        String field = BeadRules.field(id);
        Violations violations = new Violations();
        BeadRules.checkId(violations, field + ".id", id);
        FieldChecks.text(violations, field + ".issueType", issueType);
        labels = FieldChecks.texts(violations, field + ".labels", labels);
        FieldChecks.atLeast(violations, field + ".labels", labels, 1);
        blockedBy = FieldChecks.texts(violations, field + ".blockedBy", blockedBy);
        targetFiles = FieldChecks.texts(violations, field + ".targetFiles", targetFiles);
        FieldChecks.atLeast(violations, field + ".targetFiles", targetFiles, 1);
        for (int i = 0; i < targetFiles.size(); i++) {
            RelativePaths.check(violations, field + ".targetFiles[" + i + "]", targetFiles.get(i));
        }
        violations.throwIfAny();
    }
}

package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * One bead as the council drafts it: what to build, how to accept it and how to test it, traced to the PRD.
 * Its id is provisional; expansion gives the bead its final id.
 *
 * @param prdRefs the epic and story ids the bead implements; may be empty (a coverage audit flags that)
 * @param tests what the bead's tests must show, in prose
 * @param testCommands the exact commands that run those tests
 */
public record BeadBlueprint(
        String id,
        String title,
        List<String> prdRefs,
        String description,
        ContextGuidance contextGuidance,
        List<String> acceptanceCriteria,
        List<String> tests,
        List<String> testCommands) {

    public BeadBlueprint {
        String field = BeadRules.field(id);
        Violations violations = new Violations();
        BeadRules.checkId(violations, field + ".id", id);
        prdRefs = FieldChecks.texts(violations, field + ".prdRefs", prdRefs);
        acceptanceCriteria = FieldChecks.texts(violations, field + ".acceptanceCriteria", acceptanceCriteria);
        tests = FieldChecks.texts(violations, field + ".tests", tests);
        testCommands = FieldChecks.texts(violations, field + ".testCommands", testCommands);
        BeadRules.checkContent(violations, field, title, description, contextGuidance, acceptanceCriteria, tests,
                testCommands);
        violations.throwIfAny();
    }
}

package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** One user-visible capability of an epic, with how to accept it, build it and verify it. */
public record UserStory(
        String id,
        String title,
        List<String> acceptanceCriteria,
        List<String> implementationSteps,
        Verification verification) {

    public UserStory {
        String field = "userStories[" + PrdIds.label(id) + "]";
        Violations violations = new Violations();
        PrdIds.checkStory(violations, field + ".id", id);
        FieldChecks.text(violations, field + ".title", title);
        acceptanceCriteria = FieldChecks.texts(violations, field + ".acceptanceCriteria", acceptanceCriteria);
        implementationSteps = FieldChecks.texts(violations, field + ".implementationSteps", implementationSteps);
        violations.required(field + ".verification", verification);
        violations.throwIfAny();
    }
}

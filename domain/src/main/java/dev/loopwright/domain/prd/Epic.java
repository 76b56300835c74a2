package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** A coherent slice of the change; it must hold at least one user story, or there is nothing to build. */
public record Epic(
        String id,
        String title,
        String objective,
        List<String> implementationSteps,
        List<UserStory> userStories) {

    public Epic {
        String field = "epics[" + PrdIds.label(id) + "]";
        Violations violations = new Violations();
        PrdIds.checkEpic(violations, field + ".id", id);
        FieldChecks.text(violations, field + ".title", title);
        FieldChecks.text(violations, field + ".objective", objective);
        implementationSteps = FieldChecks.texts(violations, field + ".implementationSteps", implementationSteps);
        userStories = FieldChecks.list(violations, field + ".userStories", userStories);
        if (userStories.isEmpty()) {
            violations.add(field + ".userStories", "epic " + PrdIds.label(id) + " has no user stories");
        }
        violations.throwIfAny();
    }
}

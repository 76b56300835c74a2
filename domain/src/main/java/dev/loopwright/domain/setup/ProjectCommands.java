package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** The project's own whole-project commands, reused by coding and the final test; any list may be empty. */
public record ProjectCommands(List<String> prepare, List<String> testFull, List<String> lintFull,
        List<String> typecheckFull) {

    public static final ProjectCommands NONE = new ProjectCommands(List.of(), List.of(), List.of(), List.of());

    public ProjectCommands {
        Violations violations = new Violations();
        prepare = FieldChecks.texts(violations, "projectCommands.prepare", prepare);
        testFull = FieldChecks.texts(violations, "projectCommands.testFull", testFull);
        lintFull = FieldChecks.texts(violations, "projectCommands.lintFull", lintFull);
        typecheckFull = FieldChecks.texts(violations, "projectCommands.typecheckFull", typecheckFull);
        violations.throwIfAny();
    }
}

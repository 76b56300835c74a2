package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** The technical rules every epic must respect, one list per concern; any list may be empty. */
public record TechnicalRequirements(
        List<String> architectureConstraints,
        List<String> dataModel,
        List<String> apiContracts,
        List<String> securityConstraints,
        List<String> performanceConstraints,
        List<String> reliabilityConstraints,
        List<String> errorHandlingRules,
        List<String> toolingAssumptions) {

    public static final TechnicalRequirements NONE = new TechnicalRequirements(List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    public TechnicalRequirements {
        String field = "technicalRequirements.";
        Violations violations = new Violations();
        architectureConstraints = FieldChecks.texts(violations, field + "architectureConstraints",
                architectureConstraints);
        dataModel = FieldChecks.texts(violations, field + "dataModel", dataModel);
        apiContracts = FieldChecks.texts(violations, field + "apiContracts", apiContracts);
        securityConstraints = FieldChecks.texts(violations, field + "securityConstraints", securityConstraints);
        performanceConstraints = FieldChecks.texts(violations, field + "performanceConstraints",
                performanceConstraints);
        reliabilityConstraints = FieldChecks.texts(violations, field + "reliabilityConstraints",
                reliabilityConstraints);
        errorHandlingRules = FieldChecks.texts(violations, field + "errorHandlingRules", errorHandlingRules);
        toolingAssumptions = FieldChecks.texts(violations, field + "toolingAssumptions", toolingAssumptions);
        violations.throwIfAny();
    }
}

package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** The problem the ticket solves and for whom. */
public record Product(String problemStatement, List<String> targetUsers) {
    public Product {
        Violations violations = new Violations();
        problemStatement = FieldChecks.orEmpty(problemStatement);
        targetUsers = FieldChecks.texts(violations, "product.targetUsers", targetUsers);
        violations.throwIfAny();
    }
}

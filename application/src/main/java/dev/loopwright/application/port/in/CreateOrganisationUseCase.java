package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.Plan;

/** Creates an organisation (administration, e.g. from the command line). */
public interface CreateOrganisationUseCase {

    Organisation createOrganisation(String name, Plan plan);
}

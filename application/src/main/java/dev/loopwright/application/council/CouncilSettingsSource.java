package dev.loopwright.application.council;

import dev.loopwright.domain.ticket.Ticket;

/** Where the live council settings of a ticket come from (the profile and its project's overrides in production). */
@FunctionalInterface
public interface CouncilSettingsSource {

    CouncilSettings settingsFor(Ticket ticket);
}

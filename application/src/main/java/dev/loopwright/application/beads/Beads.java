package dev.loopwright.application.beads;

import dev.loopwright.application.council.CouncilPorts;
import dev.loopwright.application.council.CouncilService;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.beads.BeadBlueprintPlan;
import dev.loopwright.application.council.beads.BeadsCouncil;
import dev.loopwright.application.prompt.PromptBuilder;
import java.time.Clock;
import java.util.Objects;

/**
 * The bead phase, built once: the council (draft, vote, refine), the coverage loop, the expansion and the approval
 * gate, over one store.
 */
public final class Beads {
    private final CouncilService<BeadBlueprintPlan> council;
    private final BeadsCoverage coverage;
    private final BeadsExpansion expansion;
    private final BeadsGate gate;

    public Beads(BeadsPorts ports, CouncilSettingsSource settings, PromptBuilder prompts, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(clock, "clock");
        BeadsCouncil domain = new BeadsCouncil(ports.attempts(), ports.artifacts());
        this.council = CouncilService.create(domain, new CouncilPorts(ports.tickets(), ports.projects(),
                ports.attempts(), ports.artifacts(), ports.runtime()), settings, prompts, clock);
        BeadsStore store = new BeadsStore(ports.attempts(), ports.artifacts(), clock);
        WinnerCall winner = new WinnerCall(ports, store, settings, prompts);
        this.coverage = new BeadsCoverage(store, winner, clock);
        this.expansion = new BeadsExpansion(store, winner, domain, clock);
        this.gate = new BeadsGate(ports, store, clock);
    }

    public CouncilService<BeadBlueprintPlan> council() {
        return council;
    }

    public BeadsGate gate() {
        return gate;
    }

    BeadsCoverage coverage() {
        return coverage;
    }

    BeadsExpansion expansion() {
        return expansion;
    }
}

package dev.loopwright.app;

import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.council.CouncilPorts;
import dev.loopwright.application.council.CouncilService;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.ProfileCouncilSettings;
import dev.loopwright.application.council.SoloCall;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.prd.PrdCouncil;
import dev.loopwright.application.prd.PrdCoverage;
import dev.loopwright.application.prd.PrdGate;
import dev.loopwright.application.prd.PrdSources;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.NotifyingArtifactRepository;
import dev.loopwright.domain.prd.PrdDocument;
import java.time.Clock;

/**
 * The PRD phase's parts, wired once for the workflow engine (council and coverage loop) and once for the HTTP gate.
 * Both store through a {@link NotifyingArtifactRepository}, so every PRD artifact is announced on the live stream.
 */
final class Prd {
    private Prd() {
    }

    static CouncilService<PrdDocument> council(SqliteStore store, ArtifactRepository artifacts, ModelRuntime runtime,
            CouncilSettingsSource settings, PromptBuilder prompts, Clock clock) {
        return CouncilService.create(new PrdCouncil(new PrdSources(store.attempts(), artifacts, clock)),
                new CouncilPorts(store.tickets(), store.projects(), store.attempts(), artifacts, runtime), settings,
                prompts, clock);
    }

    static PrdCoverage coverage(SqliteStore store, ArtifactRepository artifacts, ModelRuntime runtime,
            CouncilSettingsSource settings, PromptBuilder prompts, Clock clock) {
        return new PrdCoverage(store.tickets(), store.projects(), new PrdSources(store.attempts(), artifacts, clock),
                new SoloCall(runtime), settings, prompts);
    }

    static PrdGate gate(SqliteStore store, ApplyTicketEventUseCase transitions, ModelRuntime runtime,
            EventPublisher events, Clock clock) {
        ArtifactRepository artifacts = new NotifyingArtifactRepository(store.artifacts(), events);
        CouncilSettingsSource settings = new ProfileCouncilSettings(store.profiles(), store.projects());
        PrdCoverage coverage = coverage(store, artifacts, runtime, settings,
                new PromptBuilder(Services.PROMPT_TOKEN_BUDGET), clock);
        return new PrdGate(store.tickets(), transitions, store.unitOfWork(),
                new PrdSources(store.attempts(), artifacts, clock), coverage, clock);
    }
}

package dev.loopwright.app;

import dev.loopwright.application.execution.CodingPhase;
import dev.loopwright.application.envsetup.EnvSetup;
import dev.loopwright.application.preflight.PreflightPhase;
import dev.loopwright.application.setup.ExecutionSetup;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.beads.Beads;
import dev.loopwright.application.beads.BeadsPhaseHandlers;
import dev.loopwright.application.beads.BeadsPorts;
import dev.loopwright.application.council.CouncilPhaseHandlers;
import dev.loopwright.application.delivery.Delivery;
import dev.loopwright.application.council.CouncilPorts;
import dev.loopwright.application.council.CouncilService;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.ProfileCouncilSettings;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.interview.Interview;
import dev.loopwright.application.interview.InterviewPhaseHandlers;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.prd.PrdPhaseHandlers;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.scan.RelevantFilesScan;
import dev.loopwright.application.workflow.NotifyingArtifactRepository;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.application.workflow.PhaseRunner;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The phase runner with every phase handler this version has, each on its own background thread. */
final class WorkflowEngine implements AutoCloseable {
    /** Generous for any prompt; the prompt builder drops whole context parts beyond it. */
    private static final int TOKEN_BUDGET = 150_000;
    /** Cancelled model calls abort their sessions and return quickly; a phase stuck beyond this is left behind. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final PhaseRunner runner;
    private final ExecutorService executor;

    private WorkflowEngine(PhaseRunner runner, ExecutorService executor) {
        this.runner = runner;
        this.executor = executor;
    }

    static WorkflowEngine create(SqliteStore store, ApplyTicketEventUseCase transitions, Interview interview,
            ModelRuntime runtime, GitWorkspace git, EventPublisher events, Clock clock, ExecutionSetup executionSetup,
            EnvSetup envSetup, CodingPhase coding, Delivery delivery) {
        PromptBuilder prompts = new PromptBuilder(TOKEN_BUDGET);
        CouncilSettingsSource councilSettings = new ProfileCouncilSettings(store.profiles(), store.projects());
        // The scan and the council only store; the stream hears of what they store through this.
        ArtifactRepository artifacts = new NotifyingArtifactRepository(store.artifacts(), events);
        CouncilService<?> interviewCouncil = CouncilService.create(new InterviewCouncil(store.attempts(), artifacts),
                new CouncilPorts(store.tickets(), store.projects(), store.attempts(), artifacts, runtime),
                councilSettings, prompts, clock);
        RelevantFilesScan scan = new RelevantFilesScan(new RelevantFilesScan.Ports(store.tickets(), store.projects(),
                store.attempts(), artifacts, runtime, git), councilSettings, prompts, clock);

        Map<TicketStatus, PhaseHandler> handlers = new EnumMap<>(TicketStatus.class);
        handlers.put(TicketStatus.SCANNING_RELEVANT_FILES, scan);
        handlers.putAll(CouncilPhaseHandlers.of(interviewCouncil));
        handlers.putAll(InterviewPhaseHandlers.of(interview));
        Beads beads = new Beads(new BeadsPorts(store.tickets(), store.projects(), store.attempts(), artifacts, runtime,
                transitions), councilSettings, prompts, clock);
        handlers.putAll(BeadsPhaseHandlers.of(beads));
        PreflightPhase preflight = new PreflightPhase(store.tickets(), store.projects(), store.attempts(), artifacts,
                runtime, git, events, clock, councilSettings, prompts);
        handlers.putAll(preflight.handlers());
        handlers.putAll(executionSetup.handlers());
        handlers.putAll(envSetup.handlers());
        handlers.put(CodingPhase.HOME, coding);
        handlers.putAll(delivery.handlers());
        Map<TicketStatus, String> errorCodes = new EnumMap<>(TicketStatus.class);
        errorCodes.put(TicketStatus.SCANNING_RELEVANT_FILES, "SCAN_FAILED");
        errorCodes.putAll(CouncilPhaseHandlers.errorCodes(interviewCouncil));
        errorCodes.putAll(InterviewPhaseHandlers.errorCodes());
        CouncilService<PrdDocument> prdCouncil = Prd.council(store, artifacts, runtime, councilSettings, prompts,
                clock);
        handlers.putAll(PrdPhaseHandlers.of(prdCouncil, Prd.coverage(store, artifacts, runtime, councilSettings,
                prompts, clock)));
        errorCodes.putAll(PrdPhaseHandlers.errorCodes(prdCouncil));
        errorCodes.putAll(BeadsPhaseHandlers.errorCodes(beads));
        errorCodes.putAll(PreflightPhase.errorCodes());
        errorCodes.putAll(ExecutionSetup.errorCodes());
        errorCodes.putAll(EnvSetup.errorCodes());
        errorCodes.put(CodingPhase.HOME, CodingPhase.FAILED);
        errorCodes.putAll(Delivery.errorCodes());

        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "phase-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new WorkflowEngine(new PhaseRunner(transitions, store.tickets(), handlers, errorCodes, executor, events),
                executor);
    }

    PhaseRunner runner() {
        return runner;
    }

    /**
     * Cancels running phases and waits a little for them to end, so none still writes (its last log line, say) into
     * the data directory after the server stopped. Their tickets stay where they are and resume on the next start.
     */
    @Override
    public void close() {
        runner.stop();
        executor.shutdownNow();
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.loopwright.app;

import dev.loopwright.application.execution.CodingPhase;
import dev.loopwright.application.execution.CodingPorts;
import dev.loopwright.application.execution.CodingRecovery;
import dev.loopwright.application.execution.ExecutionLedger;
import dev.loopwright.application.execution.ExecutionSettingsSource;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.service.BeadExecutionService;
import dev.loopwright.application.envsetup.EnvSetup;
import dev.loopwright.application.envsetup.EnvSetupPorts;
import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.service.ExecutionSetupService;
import dev.loopwright.application.setup.ExecutionSetup;
import dev.loopwright.application.setup.SetupPlanPorts;
import dev.loopwright.adapter.in.http.HttpUseCases;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.adapter.out.persistence.file.LocalFolderBrowser;
import dev.loopwright.application.beads.Beads;
import dev.loopwright.application.beads.BeadsPorts;
import dev.loopwright.application.council.ProfileCouncilSettings;
import dev.loopwright.application.delivery.Delivery;
import dev.loopwright.application.delivery.DeliveryPorts;
import dev.loopwright.application.delivery.DeliverySettings;
import dev.loopwright.application.interview.Interview;
import dev.loopwright.application.interview.InterviewPorts;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.RepositoryInspector;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.BeadsService;
import dev.loopwright.application.service.DeliveryService;
import dev.loopwright.application.service.DescribeWorkflowService;
import dev.loopwright.application.service.DevEventService;
import dev.loopwright.application.service.ExecutionSetupService;
import dev.loopwright.application.service.FolderService;
import dev.loopwright.application.service.InterviewService;
import dev.loopwright.application.service.ModelCatalogService;
import dev.loopwright.application.service.OpenCodeQuestionService;
import dev.loopwright.application.service.PrdService;
import dev.loopwright.application.service.ProfileService;
import dev.loopwright.application.service.ProjectService;
import dev.loopwright.application.service.StartTicketService;
import dev.loopwright.application.service.StartupStatusService;
import dev.loopwright.application.service.TicketCleanup;
import dev.loopwright.application.service.TicketHistoryService;
import dev.loopwright.application.service.TicketService;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.service.UiStateService;
import dev.loopwright.application.service.WorkflowActionService;
import dev.loopwright.application.setup.ExecutionSetup;
import dev.loopwright.application.setup.SetupPlanPorts;
import dev.loopwright.application.workflow.NotifyingArtifactRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Every service, wired to the stores and adapters once: the composition root's single source of truth. */
final class Services {
    /** The prompt budget of the planning phases, as the reference sizes it. */
    static final int PROMPT_TOKEN_BUDGET = 100_000;
    /** Interview turns after answers run here; daemon threads, so a turn in flight never holds the JVM open. */
    private static final ExecutorService INTERVIEW_TURNS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "interview-turn");
        thread.setDaemon(true);
        return thread;
    });

    final ProfileService profiles;
    final ProjectService projects;
    final TicketService tickets;
    final UiStateService uiStates;
    final TicketHistoryService history;
    final DescribeWorkflowService workflow = new DescribeWorkflowService();
    final FolderService folders;
    final StartupStatusService startup;
    final TicketTransitionService transitions;
    final WorkflowActionService actions;
    final ModelCatalogService models;
    final StartTicketService starts;
    final DevEventService devEvents;
    final OpenCodeQuestionService questions;
    /** The interview's Q&A loop, coverage step and gate; the phase runner takes its handlers from here. */
    final Interview interview;
    final InterviewService interviews;
    /** The feedback intake (the /api/v1 developer API, its tokens and administration). */
    final IntakeServices intake;
    /** The PRD gate (view, edit, approval, gap fix); the PRD's phase handlers are the workflow engine's. */
    final PrdService prds;
    /** The bead plan's gate; the phase runner builds its own bead handlers over the same storage. */
    final BeadsService beads;
    /** The execution setup plan's drafting and gate; the phase runner takes its handler from here. */
    final ExecutionSetup executionSetup;
    final ExecutionSetupService executionSetups;
    /** The CODING phase handler (the workflow engine registers it) and the views of its state. */
    final CodingPhase coding;
    final BeadExecutionService execution;
    /** Runs setup probes and, later, test commands in working copies. */
    final CommandRunner commands;
    /** Workspace preparation; the phase runner takes its handler from here, retry its note taker. */
    final EnvSetup envSetup;
    /** Final test to cleanup: the phase runner takes its handlers from here, the review routes its actions. */
    final Delivery delivery;
    final DeliveryService deliveries;

    /** {@code runtime} is the one seam for the model runtime: the OpenCode adapter plugs in here. */
    Services(SqliteStore store, StartupFacts facts, GitWorkspace git, RepositoryInspector inspector, Path browsingRoot,
            EventPublisher events, ExecutionLog log, Clock clock, ModelRuntime runtime, CommandRunner commands,
            Optional<PullRequestHost> pullRequests) {
        this.commands = commands;
        profiles = new ProfileService(store.profiles(), runtime);
        projects = new ProjectService(store.projects(), store.tickets(), git, clock);
        tickets = new TicketService(store.projects(), store.tickets(), store.unitOfWork(), clock);
        uiStates = new UiStateService(store.tickets(), store.uiStates(), clock);
        history = new TicketHistoryService(store.tickets(), store.artifacts(), store.attempts(), log);
        folders = new FolderService(inspector, new LocalFolderBrowser(), store.projects(), browsingRoot);
        startup = new StartupStatusService(facts, store.projects(), store.notices(), clock);
        transitions = new TicketTransitionService(store.tickets(), store.history(), store.errors(), store.attempts(),
                store.unitOfWork(), events, clock);
        envSetup = new EnvSetup(new EnvSetupPorts(store.tickets(), store.projects(), store.profiles(),
                store.attempts(), store.artifacts(), store.sessions(), runtime, git, commands, events),
                new PromptBuilder(PROMPT_TOKEN_BUDGET), clock);
        ExecutionLedger ledger = new ExecutionLedger(store.beadExecutions(),
                new ApprovedArtifacts(store.attempts(), store.artifacts()));
        actions = new WorkflowActionService(store.tickets(), store.attempts(), transitions, store.unitOfWork(),
                new TicketCleanup(store.projects(), store.artifacts(), store.beadExecutions(), store.sessions(), log,
                        git, store.unitOfWork()), new CodingRecovery(ledger, store.projects(), git, runtime, clock),
                clock, envSetup.retryNotes());
        execution = new BeadExecutionService(store.tickets(), store.attempts(), store.artifacts(), ledger,
                new ExecutionSettingsSource(store.profiles(), store.projects()));
        coding = new CodingPhase(new CodingPorts(store.tickets(), store.projects(), store.profiles(), store.attempts(),
                new NotifyingArtifactRepository(store.artifacts(), events), store.beadExecutions(), store.sessions(),
                runtime, git,
                commands, events), ledger, new PromptBuilder(PROMPT_TOKEN_BUDGET),
                CrashTestHook.fromSystemProperty(), clock);
        models = new ModelCatalogService(runtime);
        starts = new StartTicketService(store.tickets(), store.projects(), store.profiles(), runtime, git, transitions);
        devEvents = new DevEventService(store.tickets(), transitions);
        questions = new OpenCodeQuestionService(store.tickets(), store.projects(), runtime, git);
        interview = new Interview(new InterviewPorts(store.tickets(), store.projects(), store.attempts(),
                store.artifacts(), runtime, events, transitions, store.unitOfWork()),
                new ProfileCouncilSettings(store.profiles(), store.projects()), new PromptBuilder(PROMPT_TOKEN_BUDGET),
                clock, INTERVIEW_TURNS);
        interviews = new InterviewService(store.tickets(), interview);
        intake = new IntakeServices(store, clock);
        prds = new PrdService(store.tickets(), Prd.gate(store, transitions, runtime, events, clock));
        beads = new BeadsService(store.tickets(), new Beads(new BeadsPorts(store.tickets(), store.projects(),
                store.attempts(), new NotifyingArtifactRepository(store.artifacts(), events), runtime, transitions),
                new ProfileCouncilSettings(store.profiles(), store.projects()), new PromptBuilder(PROMPT_TOKEN_BUDGET),
                clock));
        executionSetup = new ExecutionSetup(new SetupPlanPorts(store.tickets(), store.projects(), store.attempts(),
                store.artifacts(), runtime, git, events, transitions, store.unitOfWork()),
                new ProfileCouncilSettings(store.profiles(), store.projects()), new PromptBuilder(PROMPT_TOKEN_BUDGET),
                clock, INTERVIEW_TURNS);
        executionSetups = new ExecutionSetupService(store.tickets(), executionSetup);
        delivery = new Delivery(new DeliveryPorts(store.tickets(), store.projects(), store.attempts(),
                new NotifyingArtifactRepository(store.artifacts(), events), git, commands, inspector, pullRequests,
                events, transitions), DeliverySettings.fromProfile(store.profiles(), store.projects()), clock);
        deliveries = new DeliveryService(store.tickets(), delivery.review());
    }

    HttpUseCases http() {
        return new HttpUseCases(workflow, profiles, profiles, profiles, projects, projects, projects, projects,
                projects, tickets, tickets, tickets, tickets, actions, uiStates, uiStates, history, history, folders,
                folders, startup, startup, actions, actions, models, models, starts, devEvents, questions, questions,
                interviews, interviews, interviews, interviews, interviews, interviews, prds, prds, prds, prds, prds,
                beads, beads, beads, executionSetups, executionSetups, executionSetups, executionSetups, history, actions,
                execution, execution,
                deliveries);
    }
}

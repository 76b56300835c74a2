package dev.loopwright.application.interview;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.InterviewService;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A ticket whose council compiled three questions (won by {@link #WINNER}) and which now waits for interview answers,
 * with a scripted runtime, in-memory storage and a queue for the interview's background turns.
 */
final class InterviewFixture {
    static final ModelId WINNER = TestSettings.OTHER;
    static final String COMPILED = """
            questions:
              - id: Q01
                phase: foundation
                question: Who exports the orders?
              - id: Q02
                phase: structure
                question: Which columns does the file need?
              - id: Q03
                phase: assembly
                question: What happens when there are no orders?
            """;

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories repositories = InMemoryRepositories.create();
    final RecordingEventPublisher published = new RecordingEventPublisher();
    /** Hears every state change besides the recorder; a test may put a phase runner here. */
    final AtomicReference<EventPublisher> listener = new AtomicReference<>(notification -> { });
    final TicketTransitionService transitions = new TicketTransitionService(repositories.tickets(),
            repositories.history(), repositories.errors(), repositories.attempts(), repositories.unitOfWork(),
            notification -> {
                published.publish(notification);
                listener.get().publish(notification);
            }, clock);
    final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    final QueuedExecutor background = new QueuedExecutor();
    final Ticket ticket;

    InterviewFixture() {
        this(TestSettings.locked());
    }

    /** A ticket started with {@code locked} instead of the ordinary settings. */
    InterviewFixture(LockedSettings locked) {
        Project project = repositories.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repo"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = repositories.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Export orders as CSV", "Shop owners want a CSV export of last month's orders.", null),
                clock.instant()));
        apply(new TicketEvent.Start(locked));
        advance(TicketEventType.RELEVANT_FILES_READY);
        advance(TicketEventType.QUESTIONS_READY);
        advance(TicketEventType.WINNER_SELECTED);
        store(TicketStatus.COMPILING_INTERVIEW, "interview_refinement",
                "{\"winner\":\"" + WINNER.value() + "\",\"changes\":[],\"warnings\":[]}");
        store(TicketStatus.COMPILING_INTERVIEW, "interview_compiled", COMPILED);
    }

    /** Compiles the interview: the ticket enters WAITING_INTERVIEW_ANSWERS (no handler runs unless one listens). */
    InterviewFixture compiled() {
        advance(TicketEventType.READY);
        return this;
    }

    /** A fresh interview over the same storage and runtime: what a restarted process would build. */
    Interview interview() {
        return new Interview(new InterviewPorts(repositories.tickets(), repositories.projects(),
                repositories.attempts(), repositories.artifacts(), runtime, published, transitions,
                repositories.unitOfWork()),
                t -> new CouncilSettings(Duration.ofSeconds(30), 1), new PromptBuilder(100_000), clock, background);
    }

    InterviewService service(Interview interview) {
        return new InterviewService(repositories.tickets(), interview);
    }

    Optional<TicketEvent> enter(Interview interview) {
        return interview.loop().enter(ticket.id(), new Cancellation());
    }

    InterviewSession session() {
        return SessionJson.read(artifact(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewArtifacts.SESSION)
                .orElseThrow());
    }

    Optional<String> artifact(TicketStatus phase, String type) {
        return repositories.attempts().findActive(ticket.id(), phase).flatMap(attempt ->
                repositories.artifacts().findLatest(ticket.id(), phase, attempt.attemptNumber(), type))
                .map(found -> found.content());
    }

    TicketStatus status() {
        return repositories.tickets().findById(ticket.id()).orElseThrow().status();
    }

    List<String> changedArtifacts() {
        return published.published().stream().filter(TicketNotification.ArtifactChanged.class::isInstance)
                .map(notification -> ((TicketNotification.ArtifactChanged) notification).artifactType()).toList();
    }

    void advance(TicketEventType type) {
        apply(TicketEvent.of(type));
    }

    private void apply(TicketEvent event) {
        TransitionResult result = transitions.apply(ticket.id(), event);
        if (!(result instanceof TransitionResult.Accepted)) {
            throw new IllegalStateException(event + " was rejected: " + result);
        }
    }

    void store(TicketStatus phase, String type, String content) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        repositories.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticket.id(), phase, attempt, type,
                content, clock.instant()));
    }

    // ---- scripted interviewer replies ---------------------------------------------------------------------

    static String batch(String... questionYaml) {
        return "batch:\n  commentary: Let us start.\n  progress_total: 3\n  final: false\n  questions:\n"
                + String.join("", questionYaml);
    }

    static String freeText(String id, String phase, String question) {
        return "    - id: " + id + "\n      phase: " + phase + "\n      priority: high\n      question: \"" + question
                + "\"\n      rationale: It shapes the plan.\n      answer_type: free_text\n";
    }

    static String singleChoice(String id, String phase, String question, String... labels) {
        StringBuilder yaml = new StringBuilder("    - id: " + id + "\n      phase: " + phase + "\n      question: \""
                + question + "\"\n      answer_type: single_choice\n      options:\n");
        for (int i = 0; i < labels.length; i++) {
            yaml.append("        - id: opt").append(i + 1).append("\n          label: ").append(labels[i]).append('\n');
        }
        return yaml.toString();
    }

    static String finalBatch() {
        return "batch:\n  commentary: One last thing.\n  progress_total: 3\n  final: true\n  questions:\n"
                + freeText("QFF1", "assembly", "Anything else the plan should know?");
    }

    static String summary() {
        return "complete:\n  goals: [\"A CSV export of last month's orders\"]\n  constraints: [\"No new dependencies\"]\n"
                + "  non_goals: [\"Excel files\"]\n  final_free_form_answer: \"\"\n";
    }
}

package dev.loopwright.application.prd;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.CouncilPorts;
import dev.loopwright.application.council.CouncilService;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.council.SoloCall;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.interview.InterviewArtifacts;
import dev.loopwright.application.interview.InterviewYaml;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A started ticket whose interview (three questions, two of them skipped) is approved, now in DRAFTING_PRD, with a
 * three-model council, a scripted runtime and in-memory storage. {@link #toCoverage} stores what the council would
 * have stored and moves the ticket on to VERIFYING_PRD_COVERAGE.
 */
final class PrdFixture {
    static final ModelId MAIN = new ModelId("openai/gpt-5");
    static final ModelId OTHER = new ModelId("anthropic/claude-sonnet-4");
    static final ModelId THIRD = new ModelId("google/gemini-2.5-pro");
    static final ExternalId SHOP_1 = ExternalId.parse("SHOP-1");

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories repositories = InMemoryRepositories.create();
    /** Hears every state change; a test may put a phase runner here. */
    final java.util.concurrent.atomic.AtomicReference<dev.loopwright.application.port.out.EventPublisher> listener =
            new java.util.concurrent.atomic.AtomicReference<>(notification -> { });
    final TicketTransitionService transitions = new TicketTransitionService(repositories.tickets(),
            repositories.history(), repositories.errors(), repositories.attempts(), repositories.unitOfWork(),
            notification -> listener.get().publish(notification), clock);
    final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    final Ticket ticket;
    final String interview;

    PrdFixture(boolean withSkips, int maxPasses) {
        Project project = repositories.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repo"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = repositories.tickets().create(new NewTicket(project.id(), SHOP_1,
                TicketDetails.of("Export orders as CSV", "Shop owners want a CSV export of last month's orders.", null),
                clock.instant()));
        LockedSettings locked = new LockedSettings(MAIN, Optional.empty(), List.of(MAIN, OTHER, THIRD),
                Map.of(), 50, 20, 2, maxPasses, 5, 1, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        apply(new TicketEvent.Start(locked));
        for (TicketEventType type : List.of(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.READY)) {
            apply(TicketEvent.of(type));
        }
        InterviewDocument approved = InterviewYaml.read(interviewYaml(withSkips), SHOP_1)
                .approve("user", clock.instant());
        interview = InterviewYaml.write(approved);
        put(InterviewArtifacts.HOME, InterviewArtifacts.DOCUMENT, interview);
        apply(TicketEvent.of(TicketEventType.INTERVIEW_COMPLETE));
        apply(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));
        apply(TicketEvent.of(TicketEventType.APPROVE));
    }

    PrdFixture() {
        this(true, 3);
    }

    PrdSources sources() {
        return new PrdSources(repositories.attempts(), repositories.artifacts(), clock);
    }

    /** A fresh council over the same storage and runtime: what a restarted process would build. */
    CouncilService<PrdDocument> council() {
        return new CouncilService<>(new PrdCouncil(sources()), new CouncilPorts(repositories.tickets(),
                repositories.projects(), repositories.attempts(), repositories.artifacts(), runtime),
                t -> new CouncilSettings(Duration.ofSeconds(30), 2), new PromptBuilder(100_000), clock,
                new AtomicLong(7)::incrementAndGet);
    }

    PrdCoverage coverage() {
        return new PrdCoverage(repositories.tickets(), repositories.projects(), sources(), new SoloCall(runtime),
                t -> new CouncilSettings(Duration.ofSeconds(30), 2), new PromptBuilder(100_000));
    }

    PrdGate gate() {
        return new PrdGate(repositories.tickets(), transitions, repositories.unitOfWork(), sources(), coverage(), clock);
    }

    /** What the council leaves behind, won by OTHER, then VERIFYING_PRD_COVERAGE. */
    void toCoverage() {
        sources().storeFullAnswers(ticket.id(), OTHER.value(), fullAnswersOf("other"));
        apply(TicketEvent.of(TicketEventType.DRAFTS_READY));
        apply(TicketEvent.of(TicketEventType.WINNER_SELECTED));
        put(TicketStatus.REFINING_PRD, "prd_refinement",
                "{\"winner\":\"" + OTHER.value() + "\",\"changes\":[],\"warnings\":[]}");
        put(TicketStatus.REFINING_PRD, PrdArtifacts.candidate(1), canonicalPrd("v1", 1));
        apply(TicketEvent.of(TicketEventType.REFINED));
    }

    /** The canonical text of a PRD with {@code stories} stories in one epic, marked so prompts can be told apart. */
    String canonicalPrd(String marker, int stories) {
        PrdDocument read = ((dev.loopwright.application.council.Validated.Valid<PrdDocument>) PrdReader.fromModel(
                yamlTree(prd(marker, stories)), SHOP_1, sources().sourceHash(current()))).value();
        return PrdYaml.write(read);
    }

    String fullAnswersOf(String marker) {
        InterviewDocument full = ((dev.loopwright.application.council.Validated.Valid<InterviewDocument>)
                FullAnswers.read(yamlTree(fullAnswers(marker)), InterviewYaml.read(interview, SHOP_1),
                        clock.instant())).value();
        return InterviewYaml.write(full);
    }

    Ticket current() {
        return repositories.tickets().findById(ticket.id()).orElseThrow();
    }

    Optional<String> artifact(TicketStatus phase, String type) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        return repositories.artifacts().findLatest(ticket.id(), phase, attempt, type).map(found -> found.content());
    }

    int count(TicketStatus phase, String type) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        return repositories.artifacts().count(ticket.id(), phase, attempt, type);
    }

    void put(TicketStatus phase, String type, String content) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        repositories.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticket.id(), phase, attempt, type,
                content, clock.instant()));
    }

    void apply(TicketEvent event) {
        TransitionResult result = transitions.apply(ticket.id(), event);
        if (!(result instanceof TransitionResult.Accepted)) {
            throw new IllegalStateException(event + " was rejected: " + result);
        }
    }

    static com.fasterxml.jackson.databind.JsonNode yamlTree(String yaml) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A model's PRD draft whose every title names {@code marker}. */
    static String prd(String marker, int stories) {
        StringBuilder yaml = new StringBuilder("""
                product:
                  problem_statement: "Owners cannot get their orders out (%1$s)"
                  target_users: ["shop owners"]
                scope:
                  in_scope: ["CSV export of last month's orders"]
                  out_of_scope: ["Excel"]
                technical_requirements:
                  architecture_constraints: []
                  data_model: []
                  api_contracts: ["GET /orders/export.csv"]
                  security_constraints: []
                  performance_constraints: []
                  reliability_constraints: []
                  error_handling_rules: []
                  tooling_assumptions: []
                epics:
                  - id: EPIC-1
                    title: "%1$s export"
                    objective: "Owners download a CSV"
                    implementation_steps: ["Add the endpoint"]
                    user_stories:
                """.formatted(marker));
        for (int s = 1; s <= stories; s++) {
            yaml.append("""
                          - id: US-1-%1$d
                            title: "%2$s story %1$d"
                            acceptance_criteria: ["The file has a header row"]
                            implementation_steps: ["Write the CSV"]
                            verification:
                              required_commands: ["mvn test"]
                    """.formatted(s, marker));
        }
        yaml.append("risks: []\n");
        return yaml.toString();
    }

    /** A model's answers to the two skipped questions, naming {@code marker}. */
    static String fullAnswers(String marker) {
        return """
                answers:
                  - id: Q02
                    selected_option_ids: [opt1]
                    free_text: ""
                  - id: Q03
                    selected_option_ids: []
                    free_text: "%s says: nothing else to add"
                """.formatted(marker);
    }

    private static String interviewYaml(boolean withSkips) {
        String skipped = """
                    answer:
                      skipped: true
                      selected_option_ids: []
                      free_text: ""
                      answered_by: ai_skip
                      answered_at: ""
                """;
        String q02 = withSkips ? skipped : """
                    answer:
                      skipped: false
                      selected_option_ids: [opt2]
                      free_text: ""
                      answered_by: user
                      answered_at: "1970-01-01T00:00:00Z"
                """;
        String q03 = withSkips ? skipped : """
                    answer:
                      skipped: false
                      selected_option_ids: []
                      free_text: "Nothing else."
                      answered_by: user
                      answered_at: "1970-01-01T00:00:00Z"
                """;
        return """
                schema_version: 1
                ticket_id: SHOP-1
                artifact: interview
                status: draft
                generated_by:
                  winner_model: openai/gpt-5
                  generated_at: "1970-01-01T00:00:00Z"
                  canonicalization: server_normalized
                questions:
                  - id: Q01
                    phase: foundation
                    prompt: "Which orders go into the export?"
                    source: compiled
                    follow_up_round: null
                    answer_type: free_text
                    options: []
                    answer:
                      skipped: false
                      selected_option_ids: []
                      free_text: "All orders of last month"
                      answered_by: user
                      answered_at: "1970-01-01T00:00:00Z"
                  - id: Q02
                    phase: structure
                    prompt: "Which separator?"
                    source: compiled
                    follow_up_round: null
                    answer_type: single_choice
                    options:
                      - id: opt1
                        label: "Comma"
                      - id: opt2
                        label: "Semicolon"
                """ + q02 + """
                  - id: Q03
                    phase: assembly
                    prompt: "Anything else?"
                    source: final_free_form
                    follow_up_round: null
                    answer_type: free_text
                    options: []
                """ + q03 + """
                follow_up_rounds: []
                summary:
                  goals: []
                  constraints: []
                  non_goals: []
                  final_free_form_answer: ""
                approval: null
                """;
    }
}

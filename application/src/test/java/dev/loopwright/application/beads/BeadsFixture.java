package dev.loopwright.application.beads;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.council.beads.PrdSource;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.NotifyingArtifactRepository;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket at DRAFTING_BEADS with an approved PRD stored as the PRD phase stores it (artifact {@code prd}, the
 * reference's PRD YAML, in the gate's attempt), a three-model council, a scripted runtime and in-memory storage.
 */
final class BeadsFixture {
    static final ModelId MAIN = new ModelId("openai/gpt-5");
    static final ModelId OTHER = new ModelId("anthropic/claude-sonnet-4");
    static final ModelId THIRD = new ModelId("google/gemini-2.5-pro");
    static final List<String> RUBRIC = List.of("requirement_coverage", "bead_size", "dependency_order",
            "verifiability", "implementation_guidance");
    static final String PRD = "schema_version: 1\n"
            + "ticket_id: SHOP-1\n"
            + "artifact: prd\n"
            + "status: approved\n"
            + "source_interview:\n  content_sha256: " + "a".repeat(64) + "\n"
            + "product:\n  problem_statement: Shop owners cannot export orders.\n  target_users: [shop owners]\n"
            + "scope:\n  in_scope: [CSV export of last month's orders]\n  out_of_scope: [Excel]\n"
            + "technical_requirements:\n  architecture_constraints: []\n  data_model: []\n  api_contracts: []\n"
            + "  security_constraints: []\n  performance_constraints: []\n  reliability_constraints: []\n"
            + "  error_handling_rules: []\n  tooling_assumptions: []\n"
            + "epics:\n"
            + "  - id: EPIC-1\n    title: Order export\n    objective: Export orders as CSV\n"
            + "    implementation_steps: []\n"
            + "    user_stories:\n"
            + "      - id: US-1-1\n        title: Download the CSV\n        acceptance_criteria: [A CSV downloads]\n"
            + "        implementation_steps: []\n        verification:\n          required_commands: [mvn -q test]\n"
            + "risks: []\n"
            + "approval:\n  approved_by: user\n  approved_at: \"2026-01-01T00:00:00Z\"\n";

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories repositories = InMemoryRepositories.create();
    final TicketTransitionService transitions = new TicketTransitionService(repositories.tickets(),
            repositories.history(), repositories.errors(), repositories.attempts(), repositories.unitOfWork(),
            notification -> { }, clock);
    final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    /** Hears every artifact the bead phase stores, as the live stream would. */
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final Ticket ticket;
    final int maxCoveragePasses;

    BeadsFixture() {
        this(3, 1);
    }

    BeadsFixture(int maxCoveragePasses, int retries) {
        this(maxCoveragePasses, retries, true);
    }

    /** @param withPrd false for a ticket whose PRD phase left no document */
    BeadsFixture(int maxCoveragePasses, int retries, boolean withPrd) {
        this.maxCoveragePasses = maxCoveragePasses;
        Project project = repositories.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repo"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = repositories.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Export orders as CSV", "Shop owners want a CSV export of last month's orders.", null),
                clock.instant()));
        LockedSettings locked = new LockedSettings(MAIN, Optional.empty(), List.of(MAIN, OTHER, THIRD),
                Map.of(OTHER, "high"), 50, 20, 2, 5, maxCoveragePasses, retries, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        apply(new TicketEvent.Start(locked));
        for (TicketEventType type : List.of(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.READY, TicketEventType.INTERVIEW_COMPLETE,
                TicketEventType.COVERAGE_CLEAN, TicketEventType.APPROVE, TicketEventType.DRAFTS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.REFINED, TicketEventType.COVERAGE_CLEAN)) {
            advance(type);
        }
        if (withPrd) {
            storePrd(PRD);
        }
        advance(TicketEventType.APPROVE);
    }

    void storePrd(String yaml) {
        int attempt = repositories.attempts().findActive(ticket.id(), TicketStatus.WAITING_PRD_APPROVAL).orElseThrow()
                .attemptNumber();
        repositories.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticket.id(),
                TicketStatus.WAITING_PRD_APPROVAL, attempt, PrdSource.ARTIFACT, yaml, clock.instant()));
    }

    /** A fresh bead phase over the same storage and runtime: what a restarted process would build. */
    Beads beads() {
        return new Beads(new BeadsPorts(repositories.tickets(), repositories.projects(), repositories.attempts(),
                new NotifyingArtifactRepository(repositories.artifacts(), events), runtime, transitions), ticket -> new CouncilSettings(Duration.ofSeconds(30), 2),
                new PromptBuilder(100_000), clock);
    }

    void apply(TicketEvent event) {
        TransitionResult result = transitions.apply(ticket.id(), event);
        if (!(result instanceof TransitionResult.Accepted)) {
            throw new IllegalStateException(event + " was rejected: " + result);
        }
    }

    void advance(TicketEventType type) {
        apply(TicketEvent.of(type));
    }

    TicketStatus status() {
        return repositories.tickets().findById(ticket.id()).orElseThrow().status();
    }

    Optional<String> artifact(TicketStatus phase, String type) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        return repositories.artifacts().findLatest(ticket.id(), phase, attempt, type).map(found -> found.content());
    }

    int count(TicketStatus phase, String type) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        return repositories.artifacts().count(ticket.id(), phase, attempt, type);
    }

    /**
     * Runs the council with the main implementer winning (its blueprint {@code winner}), then moves to
     * VERIFYING_BEADS_COVERAGE.
     */
    void councilWonByMain(Beads beads, String winner, String other) {
        runtime.on(MAIN, ScriptedModelRuntime.reply(winner));
        runtime.on(OTHER, ScriptedModelRuntime.reply(other));
        runtime.on(THIRD, ScriptedModelRuntime.reply(other));
        beads.council().draft(ticket.id(), new Cancellation());
        advance(TicketEventType.DRAFTS_READY);
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            runtime.on(member, ScriptedModelRuntime.replyWith(scoring(winner)));
        }
        beads.council().vote(ticket.id(), new Cancellation());
        advance(TicketEventType.WINNER_SELECTED);
        runtime.on(MAIN, ScriptedModelRuntime.reply(winner + "changes: []\n"));
        beads.council().refine(ticket.id(), new Cancellation());
        advance(TicketEventType.REFINED);
    }

    private static final Pattern DRAFT_BLOCK = Pattern.compile("#### (Draft \\d+)\\n```yaml\\n(.*?)```", Pattern.DOTALL);

    /** A voter that gives the draft holding the winner's first title 20 in every category and the others 5. */
    static Function<String, String> scoring(String winner) {
        Matcher title = Pattern.compile("title: \"?([^\"\\n]+)").matcher(winner);
        title.find();
        String marker = title.group(1);
        return prompt -> {
            StringBuilder yaml = new StringBuilder("draft_scores:\n");
            Matcher matcher = DRAFT_BLOCK.matcher(prompt);
            while (matcher.find()) {
                int score = matcher.group(2).contains(marker) ? 20 : 5;
                yaml.append("  ").append(matcher.group(1)).append(":\n");
                RUBRIC.forEach(category -> yaml.append("    ").append(category).append(": ").append(score).append('\n'));
            }
            return yaml.toString();
        };
    }

    /** A blueprint of beads with the given ids, titled after {@code marker}. */
    static String blueprint(String marker, String... ids) {
        StringBuilder yaml = new StringBuilder("beads:\n");
        for (String id : ids) {
            yaml.append("  - id: ").append(id).append('\n')
                    .append("    title: \"").append(marker).append(' ').append(id).append("\"\n")
                    .append("    prdRefs: [EPIC-1, US-1-1]\n")
                    .append("    description: Build ").append(id).append(".\n")
                    .append("    contextGuidance:\n      patterns: [Follow the existing services]\n")
                    .append("      anti_patterns: [No static state]\n")
                    .append("    acceptanceCriteria: [It works]\n")
                    .append("    tests: [A unit test shows it works]\n")
                    .append("    testCommands: [mvn -q test]\n");
        }
        return yaml.toString();
    }

    /** One expansion line. */
    static String line(String id, String... blockedBy) {
        StringBuilder deps = new StringBuilder();
        for (String dependency : blockedBy) {
            deps.append(deps.length() == 0 ? "" : ", ").append('"').append(dependency).append('"');
        }
        return "{\"id\": \"" + id + "\", \"issueType\": \"task\", \"labels\": [\"story:US-1-1\"], \"dependencies\": "
                + "{\"blocked_by\": [" + deps + "]}, \"targetFiles\": [\"src/" + id + ".java\"]}\n";
    }
}

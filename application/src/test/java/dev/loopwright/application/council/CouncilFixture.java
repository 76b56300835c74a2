package dev.loopwright.application.council;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.council.interview.InterviewQuestionList;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.service.TicketTransitionService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A started ticket in COUNCIL_DELIBERATING with a three-model council, a scripted runtime and in-memory storage. */
final class CouncilFixture {
    static final ModelId MAIN = new ModelId("openai/gpt-5");
    static final ModelId OTHER = new ModelId("anthropic/claude-sonnet-4");
    static final ModelId THIRD = new ModelId("google/gemini-2.5-pro");
    static final List<String> RUBRIC = List.of("coverage_of_requirements", "question_clarity", "prioritisation",
            "answerability", "no_redundancy");

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories repositories = InMemoryRepositories.create();
    /** Hears every state change; a test may put a phase runner here. */
    final AtomicReference<EventPublisher> listener = new AtomicReference<>(notification -> { });
    final TicketTransitionService transitions = new TicketTransitionService(repositories.tickets(),
            repositories.history(), repositories.errors(), repositories.attempts(), repositories.unitOfWork(),
            notification -> listener.get().publish(notification), clock);
    final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    final AtomicLong seeds = new AtomicLong(41);
    Duration timeout = Duration.ofSeconds(30);
    int quorum = 2;
    final Ticket ticket;

    CouncilFixture() {
        this(1);
    }

    CouncilFixture(int retries) {
        Project project = repositories.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repo"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = repositories.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Export orders as CSV", "Shop owners want a CSV export of last month's orders.", null),
                clock.instant()));
        LockedSettings locked = new LockedSettings(MAIN, Optional.empty(), List.of(MAIN, OTHER, THIRD),
                Map.of(OTHER, "high"), 50, 20, 2, 5, 5, retries, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        apply(new TicketEvent.Start(locked));
        apply(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
    }

    /** A fresh service over the same storage and runtime: what a restarted process would build. */
    CouncilService<InterviewQuestionList> service() {
        return new CouncilService<>(new InterviewCouncil(repositories.attempts(), repositories.artifacts()),
                new CouncilPorts(repositories.tickets(), repositories.projects(), repositories.attempts(),
                        repositories.artifacts(), runtime),
                t -> new CouncilSettings(timeout, quorum), new PromptBuilder(100_000), clock, seeds::incrementAndGet);
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

    Optional<String> artifact(TicketStatus phase, String type) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        return repositories.artifacts().findLatest(ticket.id(), phase, attempt, type).map(found -> found.content());
    }

    int count(TicketStatus phase, String type) {
        int attempt = repositories.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        return repositories.artifacts().count(ticket.id(), phase, attempt, type);
    }

    /** A valid draft whose questions all name {@code marker}, so votes can tell the drafts apart. */
    static String draft(String marker, int questions) {
        StringBuilder yaml = new StringBuilder("questions:\n");
        String[] phases = {"foundation", "structure", "assembly"};
        for (int i = 1; i <= questions; i++) {
            yaml.append(String.format("  - id: Q%02d%n    phase: %s%n    question: \"%s asks question %d?\"%n", i,
                    phases[Math.min(i - 1, 2)], marker, i));
        }
        return yaml.toString();
    }

    private static final Pattern DRAFT_BLOCK = Pattern.compile("#### (Draft \\d+)\\n```yaml\\n(.*?)```", Pattern.DOTALL);

    /** A voter that gives every category of a draft the score of the marker found in it. */
    static Function<String, String> scoring(Map<String, Integer> scoreByMarker) {
        return prompt -> {
            StringBuilder yaml = new StringBuilder("draft_scores:\n");
            for (String[] block : draftBlocks(prompt)) {
                int score = scoreByMarker.entrySet().stream().filter(e -> block[1].contains(e.getKey() + " asks"))
                        .mapToInt(Map.Entry::getValue).findFirst().orElse(0);
                yaml.append("  ").append(block[0]).append(":\n");
                RUBRIC.forEach(category -> yaml.append("    ").append(category).append(": ").append(score).append('\n'));
            }
            return yaml.toString();
        };
    }

    /** The markers of the drafts in the order a voter's prompt shows them. */
    static List<String> markersInOrder(String prompt, List<String> markers) {
        List<String> order = new ArrayList<>();
        for (String[] block : draftBlocks(prompt)) {
            markers.stream().filter(marker -> block[1].contains(marker + " asks")).findFirst().ifPresent(order::add);
        }
        return order;
    }

    private static List<String[]> draftBlocks(String prompt) {
        List<String[]> blocks = new ArrayList<>();
        Matcher matcher = DRAFT_BLOCK.matcher(prompt);
        while (matcher.find()) {
            blocks.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return blocks;
    }
}

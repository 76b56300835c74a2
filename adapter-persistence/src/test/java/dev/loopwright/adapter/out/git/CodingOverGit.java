package dev.loopwright.adapter.out.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.adapter.out.shell.BashCommandRunner;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.execution.CodingPhase;
import dev.loopwright.application.execution.CodingPorts;
import dev.loopwright.application.execution.ExecutionLedger;
import dev.loopwright.application.execution.FinalizationHook;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.fake.InMemoryBeadExecutionRepository;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket in CODING on a real git repository of its own, its beads run {@code width} at a time by the CODING phase
 * with real git and bash test commands; the scripted agent works in whichever folder its session was opened in.
 * Bead X's test command checks that {@code X.txt} holds {@code X}.
 */
final class CodingOverGit {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BEAD = Pattern.compile("\"bead_id\": \"([A-Za-z0-9._-]+)\"");


    final GitTestRepository repo;
    final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    final Repositories r = InMemoryRepositories.create();
    final InMemoryBeadExecutionRepository executions = new InMemoryBeadExecutionRepository();
    final MutableClock clock = MutableClock.atEpochDay();
    final Ticket ticket;
    FinalizationHook hook = FinalizationHook.NONE;

    CodingOverGit(Path folder, int width, String... plan) {
        repo = GitTestRepository.create(folder);
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), repo.root,
                ProjectDetails.of("Shop", null, null), new ProjectOverrides(Optional.empty(), Optional.empty(),
                        Optional.empty(), Map.of(IntSetting.MAX_PARALLEL_BEADS, width)), clock.instant()));
        Ticket created = r.tickets().create(new NewTicket(project.id(), new ExternalId(project.shortname(), 1),
                TicketDetails.of("Ticket", "about it", null), clock.instant()));
        ticket = TicketAt.status(r, created, TicketStatus.CODING, TestSettings.locked(), clock.instant());
        ApprovedBeadsFixture.seed(r.attempts(), r.artifacts(), ticket.id(), ApprovedBeadsFixture.jsonl(plan),
                clock.instant());
    }

    Optional<TicketEvent> run() {
        JGitWorkspace git = new JGitWorkspace();
        CodingPhase phase = new CodingPhase(new CodingPorts(r.tickets(), r.projects(), r.profiles(),
                r.attempts(), r.artifacts(), executions, r.sessions(), runtime, git, new BashCommandRunner(),
                new RecordingEventPublisher()), new ExecutionLedger(executions, new ApprovedArtifacts(
                        r.attempts(), r.artifacts())), new PromptBuilder(100_000), hook, clock);
        return phase.run(new PhaseContext(ticket.id(), TicketStatus.CODING, new Cancellation()));
    }

    /** Every file on the ticket branch with its content. */
    String tree() {
        StringBuilder tree = new StringBuilder();
        for (String path : repo.git("ls-tree", "-r", "--name-only", "SHOP-1").strip().split("\n")) {
            tree.append(path).append(":\n").append(repo.git("show", "SHOP-1:" + path));
        }
        return tree.toString();
    }

    List<String> messages() {
        String log = repo.git("log", "--format=%s", "main..SHOP-1").strip();
        return log.isEmpty() ? List.of() : Arrays.asList(log.split("\n"));
    }

    List<Bead> beads() {
        return executions.find(ticket.id()).orElseThrow().plan().beads();
    }

    Bead bead(String id) {
        return executions.find(ticket.id()).orElseThrow().bead(id);
    }

    /**
     * Works for {@code delay} of the prompt, then writes {@code <bead>.txt} holding the bead's id, which its test
     * command checks, and reports done.
     */
    static ScriptedModelRuntime.Step writesItsFile(Function<String, Duration> delay) {
        BiFunction<Path, String, String> work = (folder, prompt) -> {
            String id = beadOf(prompt);
            write(folder.resolve(id + ".txt"), id + "\n");
            return "Done.\n" + marker(id);
        };
        return ScriptedModelRuntime.workIn(delay, work);
    }

    static String bead(String id, int priority, String... blockedBy) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(ApprovedBeadsFixture.bead("SHOP-1", id, priority, blockedBy));
            node.putArray("testCommands").add("grep -qx " + id + " " + id + ".txt");
            node.putArray("targetFiles").add(id + ".txt");
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String marker(String id) {
        return "<BEAD_STATUS>{\"bead_id\": \"" + id + "\", \"status\": \"done\"}</BEAD_STATUS>";
    }

    static String beadOf(String prompt) {
        Matcher matcher = BEAD.matcher(prompt);
        if (!matcher.find()) {
            throw new IllegalStateException("the prompt names no bead: " + prompt);
        }
        return matcher.group(1);
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

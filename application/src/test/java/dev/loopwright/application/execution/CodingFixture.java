package dev.loopwright.application.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.fake.InMemoryBeadExecutionRepository;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.shell.CommandResult;
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
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket in CODING with an approved plan, over a real folder with snapshot git. The scripted agent and the
 * scripted test command agree on one convention: bead X is implemented when file {@code X.txt} holds {@code ok};
 * its test command {@code check X} passes exactly then.
 */
final class CodingFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BEAD = Pattern.compile("\"bead_id\": \"([A-Za-z0-9._-]+)\"");

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories r = InMemoryRepositories.create();
    final InMemoryBeadExecutionRepository executions = new InMemoryBeadExecutionRepository();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    final List<String> commandsRun = new ArrayList<>();
    final Path workingCopy;
    final SnapshotGit git;
    final Ticket ticket;
    FinalizationHook hook = FinalizationHook.NONE;

    CodingFixture(Path temp, Map<IntSetting, Integer> overrides, String... planLines) {
        try {
            workingCopy = Files.createDirectories(temp.resolve("shop/.loopwright/worktrees/SHOP-1"));
            Files.writeString(workingCopy.resolve("README.md"), "shop\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git = new SnapshotGit(workingCopy);
        Project project = r.projects().create(new NewProject(new Shortname("SHOP"), temp.resolve("shop"),
                ProjectDetails.of("Shop", null, null), new ProjectOverrides(Optional.empty(), Optional.empty(),
                        Optional.empty(), overrides), clock.instant()));
        Ticket created = r.tickets().create(new NewTicket(project.id(), new ExternalId(project.shortname(), 1),
                TicketDetails.of("Ticket", "about it", null), clock.instant()));
        ticket = TicketAt.status(r, created, TicketStatus.CODING, TestSettings.locked(), clock.instant());
        ApprovedBeadsFixture.seed(r.attempts(), r.artifacts(), ticket.id(),
                ApprovedBeadsFixture.jsonl(planLines), clock.instant());
    }

    /** A plan line whose test command is {@code check <id>}. */
    static String bead(String id, int priority, String... blockedBy) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(ApprovedBeadsFixture.bead("SHOP-1", id, priority, blockedBy));
            node.putArray("testCommands").add("check " + id);
            node.putArray("targetFiles").add(id + ".txt");
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ExecutionLedger ledger() {
        return new ExecutionLedger(executions, new ApprovedArtifacts(r.attempts(), r.artifacts()));
    }

    CodingPhase phase() {
        return new CodingPhase(new CodingPorts(r.tickets(), r.projects(), r.profiles(), r.attempts(), r.artifacts(),
                executions, r.sessions(), runtime, git, commands(), events), ledger(), new PromptBuilder(100_000), hook, clock);
    }

    CodingRecovery recovery() {
        return new CodingRecovery(ledger(), r.projects(), git, runtime, clock);
    }

    PhaseContext context() {
        return new PhaseContext(ticket.id(), TicketStatus.CODING, new Cancellation());
    }

    BeadExecutionState state() {
        return executions.find(ticket.id()).orElseThrow();
    }

    Bead bead(String id) {
        return state().bead(id);
    }

    private CommandRunner commands() {
        return request -> {
            synchronized (commandsRun) {
                commandsRun.add(request.command());
            }
            String id = request.command().substring("check ".length());
            Path file = request.workingDirectory().resolve(id + ".txt");
            boolean ok;
            try {
                ok = Files.exists(file) && Files.readString(file).equals("ok");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new CommandResult(request.command(), OptionalInt.of(ok ? 0 : 1), false,
                    ok ? "1 passed" : "expected " + id + ".txt to say ok", false, Duration.ofMillis(5));
        };
    }

    // What the scripted agent does.

    /** Writes X.txt with {@code content} for the bead the prompt names, then says done. */
    ScriptedModelRuntime.Step writes(String content) {
        return ScriptedModelRuntime.replyWith(prompt -> {
            String id = beadOf(prompt);
            write(id + ".txt", content);
            return "I implemented it.\n" + marker(id, "done");
        });
    }

    /** Says done for the bead without changing anything. */
    ScriptedModelRuntime.Step claimsDone(String id) {
        return ScriptedModelRuntime.reply("All good.\n" + marker(id, "done"));
    }

    static String marker(String id, String status) {
        return "<BEAD_STATUS>{\"bead_id\": \"" + id + "\", \"status\": \"" + status + "\"}</BEAD_STATUS>";
    }

    void write(String path, String content) {
        try {
            Files.writeString(workingCopy.resolve(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String beadOf(String prompt) {
        Matcher matcher = BEAD.matcher(prompt);
        if (!matcher.find()) {
            throw new IllegalStateException("the prompt names no bead: " + prompt);
        }
        return matcher.group(1);
    }
}

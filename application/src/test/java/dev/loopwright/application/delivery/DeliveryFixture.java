package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.fake.FolderRepositoryInspector;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A ticket SHOP-1 with approved beads, a project folder that counts as a repository, and delivery over fakes. */
final class DeliveryFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    final MutableClock clock = MutableClock.atEpochDay();
    final Repositories r = InMemoryRepositories.create();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final TicketTransitionService transitions;
    final ScriptedGit git = new ScriptedGit();
    final ScriptedCommands commands = new ScriptedCommands();
    final FakePullRequestHost github = new FakePullRequestHost();
    final Path repo;
    final Path workingCopy;
    final Project project;
    Ticket ticket;
    Optional<PullRequestHost> host = Optional.empty();

    DeliveryFixture(Path temp) {
        try {
            repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
            workingCopy = Files.createDirectories(git.workingCopyOf(repo, "SHOP-1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transitions = new TicketTransitionService(r.tickets(), r.history(), r.errors(), r.attempts(), r.unitOfWork(),
                events, clock);
        project = r.projects().create(new NewProject(new Shortname("SHOP"), repo, ProjectDetails.of("Shop", null,
                null), ProjectOverrides.NONE, clock.instant()));
        ticket = r.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"), TicketDetails.of(
                "Save the basket", "Keep it for a week.", null), clock.instant()));
        ApprovedBeadsFixture.seed(r.attempts(), r.artifacts(), ticket.id(), ApprovedBeadsFixture.jsonl(
                ApprovedBeadsFixture.bead("SHOP-1", "B1", 1), ApprovedBeadsFixture.bead("SHOP-1", "B2", 2, "B1")),
                clock.instant());
    }

    Delivery delivery() {
        return new Delivery(new DeliveryPorts(r.tickets(), r.projects(), r.attempts(), r.artifacts(), git, commands,
                new FolderRepositoryInspector(), host, events, transitions), ticket -> TIMEOUT, clock);
    }

    DeliveryFixture withGitHub(String originUrl) {
        try {
            Files.writeString(repo.resolve(".git/origin-url"), originUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        host = Optional.of(github);
        return this;
    }

    /** Integrates and delivers, then puts the ticket where the person decides. */
    Delivery deliveredToReview() throws Exception {
        Delivery delivery = delivery();
        for (TicketStatus status : List.of(TicketStatus.INTEGRATING_CHANGES, TicketStatus.CREATING_PULL_REQUEST)) {
            at(status);
            github.headSha = git.head.value();
            delivery.handlers().get(status).run(context(status));
        }
        at(TicketStatus.WAITING_PR_REVIEW);
        return delivery;
    }

    Ticket at(TicketStatus status) {
        ticket = TicketAt.status(r, ticket, status, TestSettings.locked(), clock.instant());
        return ticket;
    }

    Ticket reload() {
        ticket = r.tickets().findById(ticket.id()).orElseThrow();
        return ticket;
    }

    PhaseContext context(TicketStatus status) {
        return new PhaseContext(ticket.id(), status, new Cancellation());
    }

    /** Stores an execution setup plan with these test commands, and its approval receipt. */
    void approvedSetupPlan(String... testCommands) {
        ObjectNode plan = JSON.createObjectNode().put("schema_version", 1).put("ticket_id", "SHOP-1")
                .put("artifact", "execution_setup_plan");
        List.of(testCommands).forEach(plan.putObject("project_commands").putArray("test_full")::add);
        String content = plan.toString();
        TicketStatus gate = TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;
        PhaseAttempt attempt = PhaseAttempt.first(ticket.id(), gate, clock.instant());
        r.attempts().save(attempt);
        r.artifacts().append(new ArtifactRepository.NewArtifact(ticket.id(), gate, 1, "execution_setup_plan", content,
                clock.instant()));
        r.artifacts().append(new ArtifactRepository.NewArtifact(ticket.id(), gate, 1, "approval_receipt",
                JSON.createObjectNode().put("content_sha256", ContentHash.of(content).hex()).toString(),
                clock.instant()));
    }

    /** Every stored artifact of that type, oldest first, as JSON. */
    List<JsonNode> artifacts(String type) {
        return r.artifacts().findAll(ticket.id()).stream().filter(artifact -> artifact.type().equals(type))
                .map(PhaseArtifact::content).map(DeliveryFixture::read).toList();
    }

    JsonNode artifact(String type) {
        List<JsonNode> all = artifacts(type);
        if (all.isEmpty()) {
            throw new AssertionError("no " + type + " was stored");
        }
        return all.get(all.size() - 1);
    }

    static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

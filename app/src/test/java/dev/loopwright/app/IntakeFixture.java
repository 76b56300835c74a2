package dev.loopwright.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.in.AddMemberCommand;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.CreateIntakeProjectCommand;
import dev.loopwright.application.port.in.NewCardCommand;
import dev.loopwright.application.port.in.NewDevTicketCommand;
import dev.loopwright.application.port.in.NewFeedbackCommand;
import dev.loopwright.domain.intake.Attachment;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.CardLabel;
import dev.loopwright.domain.intake.ChecklistItem;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.MemberRole;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.ProjectType;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import dev.loopwright.domain.intake.SourceRef;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real server on a temp SQLite file with two organisations set up through the intake services: A (Pro) and
 * B (Business), each with an owner, a developer and a viewer, a client, a website and a board project, feedback,
 * comments, cards and tickets, and a token per member. The clock only moves when a test moves it.
 */
public final class IntakeFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    public final LoopwrightServer server;
    final IntakeServices services;
    private final HttpClient http = HttpClient.newHttpClient();

    public final Org a;
    public final Org b;

    /** One organisation's seeded data and tokens. */
    public static final class Org {
        public Organisation organisation;
        public Member owner;
        public Member developer;
        public Member viewer;
        public Client client;
        public IntakeProject website;
        public IntakeProject board;
        public BoardList todo;
        public BoardList done;
        public List<FeedbackItem> feedback;
        public List<BoardCard> cards;
        public List<DevTicket> tickets;
        public String ownerToken;
        public String developerToken;
        public String viewerToken;

        public ApiCaller ownerCaller() {
            return new ApiCaller(organisation, owner, Optional.empty());
        }
    }

    public IntakeFixture(Path dataDir) throws IOException {
        this(dataDir, HttpSecurity.LOCAL_OPEN);
    }

    public IntakeFixture(Path dataDir, HttpSecurity security) throws IOException {
        server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(dataDir, DataDirectory.Source.FLAG), security, StreamSettings.DEFAULT,
                OpenCodeConnection.at(nothingListening(), Map.of()).runtime(), clock);
        services = new IntakeServices(server.store(), clock);
        a = seed("Acme", Plan.PRO, "a");
        b = seed("Borealis", Plan.BUSINESS, "b");
    }

    private Org seed(String name, Plan plan, String tag) {
        Org org = new Org();
        org.organisation = services.admin.createOrganisation(name, plan);
        org.owner = member(org, tag + "-owner", "Olive " + name, MemberRole.OWNER);
        org.developer = member(org, tag + "-dev", "Dev " + name, MemberRole.DEVELOPER);
        // The viewer was a developer when their token was issued, then demoted: the token stays valid, read-only.
        Member wasDeveloper = member(org, tag + "-viewer", "Vera " + name, MemberRole.DEVELOPER);
        org.viewerToken = services.tokens.createToken(org.organisation.id(), wasDeveloper.userId(), "viewer")
                .secret();
        demote(org, wasDeveloper);
        org.viewer = new Member(wasDeveloper.organisationId(), wasDeveloper.userId(), wasDeveloper.displayName(),
                wasDeveloper.email(), MemberRole.VIEWER, wasDeveloper.createdAt());
        org.client = services.admin.createClient(org.organisation.id(), name + " Client",
                Optional.of("client@" + tag + ".example"));
        org.website = services.admin.createProject(new CreateIntakeProjectCommand(org.organisation.id(),
                org.client.id(), name + " Site", ProjectType.WEBSITE, Optional.of("https://" + tag + ".example"),
                List.of(org.owner.userId(), org.developer.userId())));
        org.board = services.admin.createProject(new CreateIntakeProjectCommand(org.organisation.id(),
                org.client.id(), name + " Board", ProjectType.BOARD, Optional.empty(),
                List.of(org.developer.userId())));
        org.todo = services.admin.createBoardList(org.organisation.id(), org.board.id(), "To Do");
        org.done = services.admin.createBoardList(org.organisation.id(), org.board.id(), "Done");
        ApiCaller caller = org.ownerCaller();
        org.feedback = List.of(
                feedback(caller, org, "CTA button is grey on Safari", FeedbackType.BUG),
                feedback(caller, org, "Add dark mode", FeedbackType.FEATURE),
                feedback(caller, org, "Nice site", FeedbackType.GENERAL));
        org.cards = List.of(
                card(org, org.todo, "Fix the login form"),
                card(org, org.todo, "Write the changelog"),
                card(org, org.done, "Ship v1"));
        services.comments.addComment(caller, SourceRef.feedback(org.feedback.get(0).id()),
                "Seen on iOS 17 too, @" + org.developer.userId() + " can you check?");
        tick();
        services.comments.addComment(caller, SourceRef.card(org.cards.get(0).id()), "Blocked on design");
        org.tickets = List.of(
                ticket(caller, SourceRef.feedback(org.feedback.get(0).id()), "Fix CTA button colour on iOS Safari",
                        DevTicketPriority.HIGH),
                ticket(caller, SourceRef.card(org.cards.get(0).id()), "Repair the login form",
                        DevTicketPriority.MEDIUM));
        org.ownerToken = services.tokens.createToken(org.organisation.id(), org.owner.userId(), "owner").secret();
        org.developerToken = services.tokens.createToken(org.organisation.id(), org.developer.userId(), "CI")
                .secret();
        return org;
    }

    /** No use case demotes a member yet; the fixture changes the row as an administrator would. */
    private void demote(Org org, Member member) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + server.store().file());
                var statement = connection.prepareStatement(
                        "UPDATE intake_members SET role = 'viewer' WHERE organisation_id = ? AND user_id = ?")) {
            statement.setString(1, org.organisation.id().value());
            statement.setString(2, member.userId().value());
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Member member(Org org, String userId, String name, MemberRole role) {
        return services.admin.addMember(new AddMemberCommand(org.organisation.id(), Optional.of(new MemberId(userId)),
                name, userId + "@example.com", role));
    }

    private FeedbackItem feedback(ApiCaller caller, Org org, String title, FeedbackType type) {
        tick();
        return services.feedback.createFeedback(caller, new NewFeedbackCommand(org.website.id(), title,
                "Details of " + title, type, "https://example.com/page", new Reporter("Rita", "rita@example.com"),
                Optional.of("https://cdn.example/s.png"), Optional.empty(),
                new RawJson("[{\"x\":10,\"y\":20,\"note\":\"here\"}]"), new RawJson("{\"browser\":\"Safari 17\"}")));
    }

    private BoardCard card(Org org, BoardList list, String title) {
        tick();
        return services.admin.createBoardCard(new NewCardCommand(org.organisation.id(), list.id(), title,
                Optional.of("Card " + title), List.of(new CardLabel("#8B5CF6", "frontend")),
                Optional.of(LocalDate.parse("2026-04-01")), List.of(new ChecklistItem("c1", "Reproduce", true)),
                List.of(new Attachment("shot.png", "https://cdn.example/shot.png", "image/png", 1234)),
                Optional.of("Ada")));
    }

    private DevTicket ticket(ApiCaller caller, SourceRef source, String title, DevTicketPriority priority) {
        tick();
        return services.tickets.recordDevTicket(caller, NewDevTicketCommand.generated(source, title,
                "## Summary\n" + title + "\n\n## Acceptance Criteria\n- Done", priority, List.of("bug", "mobile"),
                new RawJson("{\"model\":\"scripted\"}")));
    }

    /** Moves time on by a second, so created_at orders what was made in order. */
    public void tick() {
        clock.advance(Duration.ofSeconds(1));
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String token, String path) {
        return send(request(token, path).GET().build());
    }

    public HttpResponse<String> delete(String token, String path) {
        return send(request(token, path).DELETE().build());
    }

    public HttpResponse<String> post(String token, String path, String body) {
        return send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> patch(String token, String path, String body) {
        return send(request(token, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static URI nothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

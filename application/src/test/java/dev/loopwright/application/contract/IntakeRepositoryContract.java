package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.port.out.intake.FeedbackRepository.NewFeedbackItem;
import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.Attachment;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.CardLabel;
import dev.loopwright.domain.intake.ChecklistItem;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.CommentId;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.MemberRole;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.ProjectType;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.TokenHash;
import dev.loopwright.domain.intake.WidgetKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the feedback intake must do: keep every field, order and page lists as the API shows
 * them, and never let one organisation's reads or writes reach another's rows.
 */
public abstract class IntakeRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-03T04:05:06.789Z");

    protected IntakeRepositories repos;
    private Organisation acme;
    private Organisation other;
    private IntakeProject site;
    private IntakeProject board;

    /** A new, empty store. */
    protected abstract IntakeRepositories openIntake() throws Exception;

    private static Instant at(long seconds) {
        return T0.plus(seconds, ChronoUnit.SECONDS);
    }

    @BeforeEach
    void seed() throws Exception {
        repos = openIntake();
        acme = repos.organisations().create(new Organisation(new OrganisationId("org-acme"), "Acme", Plan.PRO, T0));
        other = repos.organisations().create(new Organisation(new OrganisationId("org-other"), "Other",
                Plan.BUSINESS, T0));
        for (Organisation org : List.of(acme, other)) {
            repos.organisations().addMember(new Member(org.id(), new MemberId("zed"), "Zed", "z@x", MemberRole.OWNER,
                    T0));
            repos.organisations().addMember(new Member(org.id(), new MemberId("amy"), "Amy", "a@x",
                    MemberRole.VIEWER, T0));
            repos.clients().create(new Client(new ClientId("client-" + org.id()), org.id(), "Client " + org.name(),
                    Optional.empty(), T0));
        }
        site = project(acme, "site", "Website", ProjectType.WEBSITE, "0");
        board = project(acme, "board", "Board", ProjectType.BOARD, "1");
        project(other, "other-site", "Elsewhere", ProjectType.WEBSITE, "2");
    }

    private IntakeProject project(Organisation org, String id, String name, ProjectType type, String key) {
        return repos.projects().create(new IntakeProject(new IntakeProjectId(id), org.id(),
                new ClientId("client-" + org.id()), name, type,
                type == ProjectType.WEBSITE ? Optional.of("https://" + id) : Optional.empty(),
                new WidgetKey("pk_" + key.repeat(32)), T0));
    }

    private FeedbackItem feedback(Organisation org, IntakeProject project, String id, FeedbackType type, long at) {
        return repos.feedback().create(new NewFeedbackItem(new FeedbackId(id), org.id(), project.id(), "Title " + id,
                "About " + id, FeedbackStatus.NEW, type, "https://page", new Reporter("Rita", "r@x"),
                Optional.of("https://shot"), Optional.empty(), new RawJson("[{\"x\":1}]"),
                new RawJson("{\"browser\":\"Firefox\"}"), at(at)));
    }

    private DevTicket ticket(Organisation org, IntakeProject project, String id, SourceRef source, long at) {
        return repos.devTickets().create(new DevTicket(new DevTicketId(id), org.id(), project.id(), source, "T " + id,
                "## Summary", DevTicketPriority.HIGH, DevTicketStatus.OPEN, List.of("bug", "ui"),
                new RawJson("{\"model\":\"m\",\"n\":[1,2]}"), Optional.of(new MemberId("zed")), Optional.empty(),
                Optional.empty(), at(at), at(at)));
    }

    @Test
    void organisationsAndMembersAreKeptAndScoped() {
        assertThat(repos.organisations().findById(acme.id())).contains(acme);
        assertThat(repos.organisations().findById(new OrganisationId("nope"))).isEmpty();
        assertThat(repos.organisations().members(acme.id())).extracting(m -> m.userId().value())
                .containsExactly("amy", "zed");
        assertThat(repos.organisations().findMember(acme.id(), new MemberId("zed")).orElseThrow().role())
                .isEqualTo(MemberRole.OWNER);
        assertThatThrownBy(() -> repos.organisations().addMember(new Member(acme.id(), new MemberId("zed"), "Again",
                "", MemberRole.VIEWER, T0))).isInstanceOf(ConflictException.class);
    }

    @Test
    void clientsAreListedByNameWithinTheOrganisation() {
        repos.clients().create(new Client(new ClientId("c2"), acme.id(), "Alpha", Optional.of("a@x"), at(1)));
        assertThat(repos.clients().list(acme.id(), PageRequest.first()).items()).extracting(Client::name)
                .containsExactly("Alpha", "Client Acme");
        assertThat(repos.clients().findById(other.id(), new ClientId("c2"))).isEmpty();
        assertThat(repos.clients().findById(acme.id(), new ClientId("c2")).orElseThrow().email()).contains("a@x");
    }

    @Test
    void projectsWithAccessAndWidgetKeys() {
        assertThat(repos.projects().list(acme.id(), PageRequest.all()).items()).extracting(IntakeProject::name)
                .containsExactly("Board", "Website");
        assertThat(repos.projects().count(acme.id())).isEqualTo(2);
        assertThat(repos.projects().findById(other.id(), site.id())).isEmpty();
        assertThat(repos.projects().findById(acme.id(), site.id())).contains(site);
        assertThat(repos.projects().findByWidgetKey(site.apiKey())).contains(site);
        repos.projects().grantAccess(acme.id(), site.id(), new MemberId("zed"));
        repos.projects().grantAccess(acme.id(), site.id(), new MemberId("zed"));
        repos.projects().grantAccess(acme.id(), site.id(), new MemberId("amy"));
        assertThat(repos.projects().members(acme.id(), site.id())).extracting(m -> m.displayName())
                .containsExactly("Amy", "Zed");
        assertThat(repos.projects().members(other.id(), site.id())).isEmpty();
        assertThat(repos.projects().members(acme.id(), board.id())).isEmpty();
    }

    @Test
    void feedbackIsPositionedListedFilteredPagedAndScoped() {
        FeedbackItem first = feedback(acme, site, "f1", FeedbackType.BUG, 1);
        FeedbackItem second = feedback(acme, site, "f2", FeedbackType.FEATURE, 2);
        feedback(acme, site, "f3", FeedbackType.BUG, 3);
        feedback(other, site, "f4", FeedbackType.BUG, 4);
        assertThat(first.position()).isZero();
        assertThat(second.position()).isEqualTo(1);
        assertThat(first.annotations().text()).isEqualTo("[{\"x\":1}]");
        assertThat(first.createdAt()).isEqualTo(at(1));
        assertThat(repos.feedback().findById(acme.id(), first.id())).contains(first);

        var all = repos.feedback().list(acme.id(), FeedbackFilter.none(), new PageRequest(2, 0));
        assertThat(all.items()).extracting(f -> f.id().value()).containsExactly("f3", "f2");
        assertThat(all.total()).isEqualTo(3);
        assertThat(repos.feedback().list(acme.id(), FeedbackFilter.none(), new PageRequest(2, 2)).items())
                .extracting(f -> f.id().value()).containsExactly("f1");
        assertThat(repos.feedback().list(acme.id(), new FeedbackFilter(Optional.of(site.id()),
                Optional.of(FeedbackStatus.NEW), Optional.of(FeedbackType.BUG)), PageRequest.first()).items())
                .extracting(f -> f.id().value()).containsExactly("f3", "f1");
        assertThat(repos.feedback().list(other.id(), FeedbackFilter.none(), PageRequest.first()).total()).isEqualTo(1);
        assertThat(repos.feedback().countCreatedSince(acme.id(), at(2))).isEqualTo(2);

        FeedbackItem edited = first.edited(Optional.of(FeedbackStatus.REVIEW), Optional.of("New"), Optional.empty(),
                Optional.empty(), at(9));
        repos.feedback().update(edited);
        assertThat(repos.feedback().findById(acme.id(), first.id())).contains(edited);
        // An update naming another organisation changes nothing.
        repos.feedback().update(new FeedbackItem(first.id(), other.id(), first.projectId(), "Hijacked", "",
                FeedbackStatus.DONE, FeedbackType.BUG, "", first.reporter(), Optional.empty(), Optional.empty(),
                RawJson.emptyArray(), RawJson.emptyObject(), 0, T0, at(10)));
        assertThat(repos.feedback().findById(acme.id(), first.id())).contains(edited);
    }

    @Test
    void deletingFeedbackDeletesItsCommentsOnly() {
        FeedbackItem item = feedback(acme, site, "f1", FeedbackType.BUG, 1);
        FeedbackItem kept = feedback(acme, site, "f2", FeedbackType.BUG, 2);
        comment("c1", SourceRef.feedback(item.id()), 1);
        comment("c2", SourceRef.feedback(kept.id()), 2);
        assertThat(repos.feedback().delete(other.id(), item.id())).isFalse();
        assertThat(repos.feedback().delete(acme.id(), item.id())).isTrue();
        assertThat(repos.feedback().delete(acme.id(), item.id())).isFalse();
        assertThat(repos.feedback().findById(acme.id(), item.id())).isEmpty();
        assertThat(repos.comments().all(acme.id(), SourceRef.feedback(item.id()))).isEmpty();
        assertThat(repos.comments().all(acme.id(), SourceRef.feedback(kept.id()))).hasSize(1);
    }

    private Comment comment(String id, SourceRef subject, long at) {
        return repos.comments().add(new Comment(new CommentId(id), acme.id(), subject,
                Optional.of(new MemberId("zed")), "Zed", "Hello @amy " + id, List.of(new MemberId("amy")), at(at)));
    }

    @Test
    void commentsOldestFirstWithMentions() {
        FeedbackItem item = feedback(acme, site, "f1", FeedbackType.BUG, 1);
        SourceRef ref = SourceRef.feedback(item.id());
        Comment second = comment("c2", ref, 2);
        Comment first = comment("c1", ref, 1);
        assertThat(repos.comments().all(acme.id(), ref)).containsExactly(first, second);
        var page = repos.comments().list(acme.id(), ref, new PageRequest(1, 1));
        assertThat(page.items()).containsExactly(second);
        assertThat(page.total()).isEqualTo(2);
        assertThat(repos.comments().all(other.id(), ref)).isEmpty();
        assertThat(repos.comments().all(acme.id(), SourceRef.card(new CardId("f1")))).isEmpty();
        assertThat(first.mentions()).containsExactly(new MemberId("amy"));
    }

    @Test
    void boardListsAndCardsInBoardOrder() {
        BoardList todo = repos.boards().addList(new BoardList(new BoardListId("todo"), acme.id(), board.id(), "To Do",
                0, T0));
        BoardList done = repos.boards().addList(new BoardList(new BoardListId("done"), acme.id(), board.id(), "Done",
                0, T0));
        assertThat(done.position()).isEqualTo(1);
        BoardCard late = card(done, "c-late");
        BoardCard a = card(todo, "c-a");
        BoardCard b = card(todo, "c-b");
        assertThat(b.position()).isEqualTo(1);
        assertThat(a.labels()).containsExactly(new CardLabel("#8B5CF6", "ui"));
        assertThat(a.attachments()).containsExactly(new Attachment("f.png", "https://f", "image/png", 12));
        assertThat(a.dueDate()).contains(LocalDate.parse("2026-05-01"));
        assertThat(repos.boards().findCard(acme.id(), a.id())).contains(a);
        assertThat(repos.boards().findCard(other.id(), a.id())).isEmpty();
        assertThat(repos.boards().lists(acme.id(), board.id(), PageRequest.all()).items()).containsExactly(todo, done);
        assertThat(repos.boards().lists(other.id(), board.id(), PageRequest.all()).items()).isEmpty();
        assertThat(repos.boards().cards(acme.id(), new CardFilter(Optional.empty(), Optional.empty()),
                PageRequest.first()).items()).containsExactly(a, b, late);
        assertThat(repos.boards().cards(acme.id(), new CardFilter(Optional.of(board.id()), Optional.of(todo.id())),
                new PageRequest(1, 1)).items()).containsExactly(b);
        assertThat(repos.boards().cards(other.id(), new CardFilter(Optional.empty(), Optional.empty()),
                PageRequest.first()).total()).isZero();
    }

    private BoardCard card(BoardList list, String id) {
        return repos.boards().addCard(new BoardCard(new CardId(id), acme.id(), list.id(), list.projectId(), "Card " + id,
                Optional.of("desc"), List.of(new CardLabel("#8B5CF6", "ui")), Optional.of(LocalDate.parse("2026-05-01")),
                List.of(new ChecklistItem("i1", "step", false)), List.of(new Attachment("f.png", "https://f",
                "image/png", 12)), Optional.empty(), 0, T0, T0));
    }

    @Test
    void developerTicketsKeepEveryFieldAndAreScoped() {
        FeedbackItem item = feedback(acme, site, "f1", FeedbackType.BUG, 1);
        DevTicket first = ticket(acme, site, "t1", SourceRef.feedback(item.id()), 1);
        DevTicket second = ticket(acme, board, "t2", SourceRef.card(new CardId("card-x")), 2);
        ticket(other, site, "t3", SourceRef.feedback(item.id()), 3);
        assertThat(repos.devTickets().findById(acme.id(), first.id())).contains(first);
        assertThat(repos.devTickets().findById(other.id(), first.id())).isEmpty();
        assertThat(repos.devTickets().list(acme.id(), new DevTicketFilter(Optional.empty(), Optional.empty()),
                PageRequest.first()).items()).containsExactly(second, first);
        assertThat(repos.devTickets().list(acme.id(), new DevTicketFilter(Optional.of(board.id()),
                Optional.of(DevTicketStatus.OPEN)), PageRequest.first()).items()).containsExactly(second);
        assertThat(repos.devTickets().findBySource(acme.id(), SourceRef.feedback(item.id()))).containsExactly(first);

        DevTicket edited = first.edited(DevTicketStatus.IN_PROGRESS, DevTicketPriority.CRITICAL, "New", "Body",
                Optional.of(new MemberId("amy")), List.of("x"), at(5));
        repos.devTickets().update(edited);
        assertThat(repos.devTickets().findById(acme.id(), first.id())).contains(edited);
    }

    @Test
    void tokensAreFoundByHashAndRevokedOnce() {
        ApiToken token = repos.tokens().create(new ApiToken(new ApiTokenId("tk1"), acme.id(), new MemberId("zed"),
                "CI", "abcd", new TokenHash("a".repeat(64)), T0, Optional.empty()));
        repos.tokens().create(new ApiToken(new ApiTokenId("tk2"), acme.id(), new MemberId("zed"), "Later", "bcde",
                new TokenHash("b".repeat(64)), at(1), Optional.empty()));
        assertThat(repos.tokens().findByHash(new TokenHash("a".repeat(64)))).contains(token);
        assertThat(repos.tokens().findByHash(new TokenHash("c".repeat(64)))).isEmpty();
        assertThat(repos.tokens().list(acme.id())).extracting(t -> t.id().value()).containsExactly("tk2", "tk1");
        assertThat(repos.tokens().list(other.id())).isEmpty();
        assertThat(repos.tokens().revoke(other.id(), token.id(), at(2))).isFalse();
        assertThat(repos.tokens().revoke(acme.id(), token.id(), at(3))).isTrue();
        assertThat(repos.tokens().revoke(acme.id(), token.id(), at(4))).isTrue();
        assertThat(repos.tokens().findByHash(token.hash()).orElseThrow().revokedAt()).contains(at(3));
        assertThatThrownBy(() -> repos.tokens().create(new ApiToken(new ApiTokenId("tk3"), acme.id(),
                new MemberId("zed"), "Dup", "abcd", new TokenHash("a".repeat(64)), T0, Optional.empty())))
                .isInstanceOf(ConflictException.class);
    }
}

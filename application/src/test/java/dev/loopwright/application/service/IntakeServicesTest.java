package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.InMemoryIntakeStore;
import dev.loopwright.application.fake.InMemoryUnitOfWork;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.SequentialSecretSource;
import dev.loopwright.application.port.in.AddMemberCommand;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.CreateIntakeProjectCommand;
import dev.loopwright.application.port.in.IssuedToken;
import dev.loopwright.application.port.in.NewCardCommand;
import dev.loopwright.application.port.in.NewDevTicketCommand;
import dev.loopwright.application.port.in.NewFeedbackCommand;
import dev.loopwright.application.port.in.TicketSource;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
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
import dev.loopwright.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The intake services over the in-memory fakes: quotas, roles, tokens, ticket storage and promotion links. */
class IntakeServicesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-31T23:00:00Z"));
    private final InMemoryIntakeStore store = new InMemoryIntakeStore();
    private final SequentialSecretSource secrets = new SequentialSecretSource();
    private final IntakeAdminService admin = new IntakeAdminService(store.organisations(), store.clients(),
            store.projects(), store.boards(), secrets, clock);
    private final FeedbackService feedback = new FeedbackService(store.feedback(), store.projects(),
            new InMemoryUnitOfWork(), secrets, clock);
    private final DevTicketService tickets = new DevTicketService(store.devTickets(), store.feedback(), store.boards(),
            store.comments(), store.projects(), store.organisations(), new InMemoryUnitOfWork(), secrets, clock);
    private final CommentService comments = new CommentService(store.comments(), store.feedback(), store.boards(),
            store.projects(), secrets, clock);
    private final ApiTokenService tokens = new ApiTokenService(store.tokens(), store.organisations(), secrets, clock);

    private final Organisation org = admin.createOrganisation("Acme", Plan.PRO);
    private final Member owner = member("owner", MemberRole.OWNER);
    private final Member viewer = member("viewer", MemberRole.VIEWER);
    private final ApiCaller caller = new ApiCaller(org, owner, Optional.empty());
    private final IntakeProject site;
    private final IntakeProject board;

    IntakeServicesTest() {
        var client = admin.createClient(org.id(), "Client", Optional.empty());
        site = admin.createProject(new CreateIntakeProjectCommand(org.id(), client.id(), "Site", ProjectType.WEBSITE,
                Optional.of("https://s"), List.of(owner.userId())));
        board = admin.createProject(new CreateIntakeProjectCommand(org.id(), client.id(), "Board", ProjectType.BOARD,
                Optional.empty(), List.of(owner.userId())));
    }

    private Member member(String id, MemberRole role) {
        return admin.addMember(new AddMemberCommand(org.id(), Optional.of(new MemberId(id)), id, id + "@x", role));
    }

    private FeedbackItem createFeedback(ApiCaller who) {
        return feedback.createFeedback(who, new NewFeedbackCommand(site.id(), "Title", "", FeedbackType.BUG, "",
                new Reporter("", ""), Optional.empty(), Optional.empty(), RawJson.emptyArray(), RawJson.emptyObject()));
    }

    @Test
    void proOrganisationsGet1000FeedbackItemsPerCalendarMonth() {
        for (int i = 0; i < 1_000; i++) {
            createFeedback(caller);
        }
        assertThatThrownBy(() -> createFeedback(caller)).isInstanceOf(ForbiddenException.class)
                .hasMessage("Monthly feedback quota reached: the pro plan allows 1000 feedback items per month");
        // A new month (UTC) starts the count again.
        clock.advance(Duration.ofHours(1));
        assertThat(createFeedback(caller).position()).isEqualTo(1_000);
    }

    @Test
    void businessOrganisationsHaveNoFeedbackQuotaAndProOnesTenProjects() {
        Organisation big = admin.createOrganisation("Big", Plan.BUSINESS);
        assertThat(big.plan().feedbackPerMonth()).isEmpty();
        var client = admin.createClient(org.id(), "More", Optional.empty());
        for (int i = 0; i < 8; i++) {
            admin.createProject(new CreateIntakeProjectCommand(org.id(), client.id(), "P" + i, ProjectType.BOARD,
                    Optional.empty(), List.of()));
        }
        assertThatThrownBy(() -> admin.createProject(new CreateIntakeProjectCommand(org.id(), client.id(), "P11",
                ProjectType.BOARD, Optional.empty(), List.of()))).isInstanceOf(ForbiddenException.class)
                .hasMessage("The pro plan allows 10 projects");
    }

    @Test
    void viewersOnlyRead() {
        ApiCaller reader = new ApiCaller(org, viewer, Optional.empty());
        assertThatThrownBy(() -> createFeedback(reader)).isInstanceOf(ForbiddenException.class);
        FeedbackItem item = createFeedback(caller);
        assertThat(feedback.getFeedback(reader, item.id())).isEqualTo(item);
        assertThatThrownBy(() -> comments.addComment(reader, SourceRef.feedback(item.id()), "hi"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tickets.recordDevTicket(reader, NewDevTicketCommand.generated(
                SourceRef.feedback(item.id()), "T", "", DevTicketPriority.LOW, List.of(), RawJson.emptyObject())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void tokensAuthenticateUntilRevokedAndOnlyOwnersAndDevelopersGetThem() {
        IssuedToken issued = tokens.createToken(org.id(), owner.userId(), "CI");
        assertThat(issued.secret()).matches("tok_[0-9a-f]{64}");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(issued.token().hash().value()).isNotEqualTo(issued.secret().substring(4));
        ApiCaller authenticated = tokens.authenticate(issued.secret()).orElseThrow();
        assertThat(authenticated.member()).isEqualTo(owner);
        assertThat(authenticated.tokenId()).contains(issued.token().id());
        assertThat(tokens.authenticate(issued.secret().toUpperCase())).isEmpty();
        assertThat(tokens.authenticate(issued.secret() + "0")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        tokens.revokeToken(org.id(), issued.token().id());
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThatThrownBy(() -> tokens.createToken(org.id(), viewer.userId(), "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.createToken(org.id(), new MemberId("ghost"), "x"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void starterTokensAreRefusedWithThePlanMessage() {
        Organisation starter = admin.createOrganisation("Small", Plan.STARTER);
        Member someone = admin.addMember(new AddMemberCommand(starter.id(), Optional.empty(), "S", "", MemberRole.OWNER));
        IssuedToken issued = tokens.createToken(starter.id(), someone.userId(), "t");
        assertThatThrownBy(() -> tokens.authenticate(issued.secret())).isInstanceOf(ForbiddenException.class)
                .hasMessage("Developer API requires a Pro or Business plan");
    }

    @Test
    void aGeneratorReadsTheSourceWithCommentsThenStoresAndPromotesTheTicket() {
        BoardList list = admin.createBoardList(org.id(), board.id(), "To Do");
        BoardCard card = admin.createBoardCard(new NewCardCommand(org.id(), list.id(), "Login broken",
                Optional.of("Steps"), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty()));
        clock.advance(Duration.ofSeconds(1));
        comments.addComment(caller, SourceRef.card(card.id()), "@owner please look");
        TicketSource source = tickets.readTicketSource(caller, SourceRef.card(card.id()));
        assertThat(source).isInstanceOf(TicketSource.CardSource.class);
        assertThat(((TicketSource.CardSource) source).list()).isEqualTo(list);
        assertThat(source.comments()).singleElement().satisfies(c -> assertThat(c.mentions())
                .containsExactly(owner.userId()));
        assertThat(source.project()).isEqualTo(board);

        DevTicket ticket = tickets.recordDevTicket(caller, NewDevTicketCommand.generated(source.ref(), "Fix login",
                "## Summary", DevTicketPriority.HIGH, List.of("bug"), new RawJson("{\"model\":\"m\"}")));
        assertThat(ticket.projectId()).isEqualTo(board.id());
        assertThat(ticket.status()).isEqualTo(DevTicketStatus.OPEN);
        assertThat(ticket.createdBy()).contains(owner.userId());
        assertThat(ticket.workflowTicket()).isEmpty();

        DevTicket linked = tickets.linkWorkflowTicket(caller, ticket.id(), new TicketId(7));
        assertThat(linked.workflowTicket()).contains(new TicketId(7));
        assertThat(tickets.linkWorkflowTicket(caller, ticket.id(), new TicketId(7))).isEqualTo(linked);
        assertThatThrownBy(() -> tickets.linkWorkflowTicket(caller, ticket.id(), new TicketId(8)))
                .isInstanceOf(ConflictException.class);
        assertThat(tickets.setDevTicketStatus(caller, ticket.id(), DevTicketStatus.IN_PROGRESS).status())
                .isEqualTo(DevTicketStatus.IN_PROGRESS);

        assertThatThrownBy(() -> tickets.readTicketSource(caller, SourceRef.feedback(
                new dev.loopwright.domain.intake.FeedbackId("fb_none")))).isInstanceOf(NotFoundException.class)
                .hasMessage("Source item not found");
        assertThatThrownBy(() -> tickets.recordDevTicket(caller, new NewDevTicketCommand(source.ref(), "T", "",
                DevTicketPriority.LOW, List.of(), RawJson.emptyObject(), DevTicketStatus.OPEN,
                Optional.of(new MemberId("ghost"))))).isInstanceOf(ValidationException.class);
    }
}

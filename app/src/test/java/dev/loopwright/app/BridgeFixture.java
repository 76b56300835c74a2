package dev.loopwright.app;

import dev.loopwright.application.port.in.AddMemberCommand;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.CreateIntakeProjectCommand;
import dev.loopwright.application.port.in.NewDevTicketCommand;
import dev.loopwright.application.port.in.NewFeedbackCommand;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An organisation with an owner (who has a token) and a viewer, a website project, written through the intake's
 * own services into the server's database (as {@code loopwright intake …} would).
 */
final class BridgeFixture {
    final IntakeServices services;
    final Organisation organisation;
    final ApiCaller owner;
    final String ownerToken;
    final IntakeProject project;

    BridgeFixture(LoopwrightServer server) {
        services = new IntakeServices(server.store(), Clock.systemUTC());
        organisation = services.admin.createOrganisation("Acme", Plan.BUSINESS);
        Member ann = services.admin.addMember(new AddMemberCommand(organisation.id(), Optional.of(new MemberId("ann")),
                "Ann Lee", "ann@example.com", MemberRole.OWNER));
        Member vic = services.admin.addMember(new AddMemberCommand(organisation.id(), Optional.of(new MemberId("vic")),
                "Vic Viewer", "vic@example.com", MemberRole.VIEWER));
        owner = new ApiCaller(organisation, ann, Optional.empty());
        Client client = services.admin.createClient(organisation.id(), "Shop Ltd", Optional.empty());
        project = services.admin.createProject(new CreateIntakeProjectCommand(organisation.id(), client.id(),
                "Shop website", ProjectType.WEBSITE, Optional.of("https://shop.example"),
                List.of(ann.userId(), vic.userId())));
        ownerToken = services.tokens.createToken(organisation.id(), ann.userId(), "tests").secret();
    }

    FeedbackItem feedback(String title, String description) {
        return services.feedback.createFeedback(owner, new NewFeedbackCommand(project.id(), title, description,
                FeedbackType.BUG, "https://shop.example/checkout", new Reporter("Sam Shopper", "sam@example.com"),
                Optional.empty(), Optional.empty(), RawJson.emptyArray(), RawJson.emptyObject()));
    }

    void comment(FeedbackItem item, String body) {
        services.comments.addComment(owner, SourceRef.feedback(item.id()), body);
    }

    /** A developer ticket stored as generation would store it, without asking a model. */
    DevTicket devTicket(FeedbackItem item, DevTicketPriority priority) {
        return services.tickets.recordDevTicket(owner, NewDevTicketCommand.generated(SourceRef.feedback(item.id()),
                "Fix the checkout button colour", "## Summary\nGrey on Safari.\n\n## Acceptance Criteria\n- Blue",
                priority, List.of("bug", "mobile"), RawJson.emptyObject()));
    }
}

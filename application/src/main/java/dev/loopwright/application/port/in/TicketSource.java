package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.SourceRef;
import java.util.List;
import java.util.Objects;

/** What a developer ticket is generated from, with everything a generator reads: project, comments, members. */
public sealed interface TicketSource permits TicketSource.FeedbackSource, TicketSource.CardSource {

    SourceRef ref();

    IntakeProject project();

    /** Oldest first. */
    List<Comment> comments();

    /** The project's members, so mentions in comments can be shown by name. */
    List<Member> projectMembers();

    record FeedbackSource(IntakeProject project, FeedbackItem item, List<Comment> comments,
            List<Member> projectMembers) implements TicketSource {
        public FeedbackSource {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(item, "item");
            comments = List.copyOf(comments);
            projectMembers = List.copyOf(projectMembers);
        }

        @Override
        public SourceRef ref() {
            return SourceRef.feedback(item.id());
        }
    }

    record CardSource(IntakeProject project, BoardList list, BoardCard card, List<Comment> comments,
            List<Member> projectMembers) implements TicketSource {
        public CardSource {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(card, "card");
            comments = List.copyOf(comments);
            projectMembers = List.copyOf(projectMembers);
        }

        @Override
        public SourceRef ref() {
            return SourceRef.card(card.id());
        }
    }
}

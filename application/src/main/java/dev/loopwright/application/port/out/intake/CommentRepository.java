package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import java.util.List;

/** Comments on feedback items and board cards, with their mentions. */
public interface CommentRepository {

    Comment add(Comment comment);

    /** Oldest first (then id). */
    Page<Comment> list(OrganisationId organisation, SourceRef subject, PageRequest page);

    /** Every comment on the subject, oldest first: what a ticket generator reads. */
    List<Comment> all(OrganisationId organisation, SourceRef subject);
}

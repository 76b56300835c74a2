package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A developer ticket to store for a feedback item or board card; its project is the source's. Generated tickets
 * start {@link DevTicketStatus#OPEN} and unassigned, which {@link #generated} spells out.
 */
public record NewDevTicketCommand(SourceRef source, String title, String description, DevTicketPriority priority,
        List<String> labels, RawJson aiContext, DevTicketStatus status, Optional<MemberId> assignedTo) {
    public NewDevTicketCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(priority, "priority");
        labels = List.copyOf(labels);
        Objects.requireNonNull(aiContext, "aiContext");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignedTo, "assignedTo");
    }

    public static NewDevTicketCommand generated(SourceRef source, String title, String description,
            DevTicketPriority priority, List<String> labels, RawJson aiContext) {
        return new NewDevTicketCommand(source, title, description, priority, labels, aiContext, DevTicketStatus.OPEN,
                Optional.empty());
    }
}

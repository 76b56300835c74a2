package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An edit of a developer ticket: each field given replaces the stored one; {@code labels} replaces the array. */
public record DevTicketChanges(Optional<DevTicketStatus> status, Optional<DevTicketPriority> priority,
        Optional<String> title, Optional<String> description, Change<MemberId> assignedTo,
        Optional<List<String>> labels) {
    public DevTicketChanges {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(assignedTo, "assignedTo");
        labels = labels.map(List::copyOf);
    }

    public boolean isEmpty() {
        return status.isEmpty() && priority.isEmpty() && title.isEmpty() && description.isEmpty()
                && assignedTo instanceof Change.Keep && labels.isEmpty();
    }
}

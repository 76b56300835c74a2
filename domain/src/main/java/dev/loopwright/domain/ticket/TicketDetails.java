package dev.loopwright.domain.ticket;

import dev.loopwright.domain.common.Violations;
import java.util.Objects;
import java.util.Optional;

/** What a user writes about a ticket; editable in any status. */
public record TicketDetails(String title, Optional<String> description, int priority) {
    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 10_000;
    /** 1 is the most urgent, 5 the least. */
    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 5;
    public static final int DEFAULT_PRIORITY = 3;

    public TicketDetails {
        Objects.requireNonNull(description, "description");
        Violations violations = new Violations();
        if (violations.required("title", title)) {
            violations.length("title", title, 1, MAX_TITLE).notBlank("title", title);
        }
        description.ifPresent(text -> violations.length("description", text, 0, MAX_DESCRIPTION));
        violations.range("priority", priority, HIGHEST_PRIORITY, LOWEST_PRIORITY, "");
        violations.throwIfAny();
    }

    /** Builds details from optional inputs, applying the default priority. */
    public static TicketDetails of(String title, String description, Integer priority) {
        return new TicketDetails(title, Optional.ofNullable(description),
                priority == null ? DEFAULT_PRIORITY : priority);
    }
}

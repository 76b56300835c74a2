package dev.loopwright.domain.workflow;

import java.util.Locale;

/** The four board columns a status is shown in. */
public enum KanbanColumn {
    TODO, IN_PROGRESS, NEEDS_INPUT, DONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.loopwright.domain.workflow;

import java.util.Locale;

/** Which screen a client opens for a ticket in a status. */
public enum UiView {
    DRAFT, COUNCIL, INTERVIEW_QA, APPROVAL, CODING, MANUAL_QA, DONE, CANCELED, ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

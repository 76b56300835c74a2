package dev.loopwright.domain.workflow;

import java.util.Locale;

/** The artifact a human reviews at a gate. */
public enum ReviewArtifactType {
    INTERVIEW, PRD, BEADS, EXECUTION_SETUP_PLAN, MANUAL_QA_CHECKLIST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

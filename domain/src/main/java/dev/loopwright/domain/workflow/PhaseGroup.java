package dev.loopwright.domain.workflow;

/** The ten phase groups a board shows, in workflow order. */
public enum PhaseGroup {
    TODO("todo", "To Do"),
    DISCOVERY("discovery", "Discovery"),
    INTERVIEW("interview", "Interview"),
    PRD("prd", "Specs (PRD)"),
    BEADS("beads", "Blueprint (Beads)"),
    PRE_IMPLEMENTATION("pre_implementation", "Pre-Implementation"),
    IMPLEMENTATION("implementation", "Implementation"),
    POST_IMPLEMENTATION("post_implementation", "Post-Implementation"),
    DONE("done", "Done"),
    ERRORS("errors", "Errors");

    private final String id;
    private final String label;

    PhaseGroup(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}

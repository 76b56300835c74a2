package dev.loopwright.domain.intake;

/** The id of a board list (a Kanban column). An opaque string; see {@link IntakeIds} for what it may contain. */
public record BoardListId(String value) {
    public BoardListId {
        IntakeIds.check("list id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.loopwright.domain.project;

/** The storage id of a project. */
public record ProjectId(long value) {
    public ProjectId {
        if (value <= 0) {
            throw new IllegalArgumentException("a project id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

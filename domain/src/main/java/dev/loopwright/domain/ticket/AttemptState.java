package dev.loopwright.domain.ticket;

/** A phase attempt is either the one artifacts are written to, or a read-only record of an earlier try. */
public enum AttemptState {
    ACTIVE, ARCHIVED
}

CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    from_status TEXT    NOT NULL,
    to_status   TEXT    NOT NULL,
    event       TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    changed_at  TEXT    NOT NULL
);
CREATE INDEX status_history_by_ticket ON status_history (ticket_id, id);

CREATE TABLE error_occurrences (
    ticket_id          INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    occurrence_number  INTEGER NOT NULL CHECK (occurrence_number >= 1),
    blocked_from       TEXT    NOT NULL,
    error              TEXT    NOT NULL,
    occurred_at        TEXT    NOT NULL,
    resolution         TEXT,
    resumed_to         TEXT,
    resolved_at        TEXT,
    PRIMARY KEY (ticket_id, occurrence_number)
);
-- At most one unresolved block per ticket.
CREATE UNIQUE INDEX one_open_error ON error_occurrences (ticket_id) WHERE resolution IS NULL;

CREATE TABLE runtime_sessions (
    session_id      TEXT    PRIMARY KEY,
    ticket_id       INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    phase           TEXT    NOT NULL,
    attempt_number  INTEGER NOT NULL,
    member_id       TEXT,
    bead_id         TEXT,
    iteration       INTEGER,
    step            TEXT,
    state           TEXT    NOT NULL CHECK (state IN ('ACTIVE', 'COMPLETED', 'ABANDONED')),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX runtime_sessions_by_owner ON runtime_sessions (ticket_id, phase, attempt_number, state);

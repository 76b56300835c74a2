-- Timestamps are ISO-8601 UTC text with nine fraction digits, so text order is time order.
-- Enumerations are stored by their Java constant names.

CREATE TABLE profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    document      TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE TABLE projects (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    shortname       TEXT    NOT NULL UNIQUE,
    folder_path     TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    icon            TEXT    NOT NULL,
    color           TEXT    NOT NULL,
    overrides       TEXT    NOT NULL,
    ticket_counter  INTEGER NOT NULL DEFAULT 0 CHECK (ticket_counter >= 0),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id         INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    external_id        TEXT    NOT NULL UNIQUE,
    shortname          TEXT    NOT NULL,
    number             INTEGER NOT NULL CHECK (number >= 1),
    title              TEXT    NOT NULL,
    description        TEXT,
    priority           INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    status             TEXT    NOT NULL,
    previous_status    TEXT,
    locked_settings    TEXT,
    blocking_error     TEXT,
    last_resolution    TEXT,
    beads_completed    INTEGER NOT NULL DEFAULT 0,
    beads_total        INTEGER NOT NULL DEFAULT 0,
    workflow_revision  INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (project_id, number)
);
CREATE INDEX tickets_by_project_recent ON tickets (project_id, updated_at DESC, id DESC);
CREATE INDEX tickets_recent ON tickets (updated_at DESC, id DESC);
CREATE INDEX tickets_by_status ON tickets (status);

CREATE TABLE phase_attempts (
    ticket_id       INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    phase           TEXT    NOT NULL,
    attempt_number  INTEGER NOT NULL CHECK (attempt_number >= 1),
    state           TEXT    NOT NULL CHECK (state IN ('ACTIVE', 'ARCHIVED')),
    archive_reason  TEXT,
    created_at      TEXT    NOT NULL,
    archived_at     TEXT,
    PRIMARY KEY (ticket_id, phase, attempt_number)
);
-- At most one active attempt per ticket and phase.
CREATE UNIQUE INDEX one_active_attempt ON phase_attempts (ticket_id, phase) WHERE state = 'ACTIVE';

CREATE TABLE phase_artifacts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id       INTEGER NOT NULL,
    phase           TEXT    NOT NULL,
    attempt_number  INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    content         TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    FOREIGN KEY (ticket_id, phase, attempt_number)
        REFERENCES phase_attempts (ticket_id, phase, attempt_number) ON DELETE CASCADE
);
CREATE INDEX artifacts_by_attempt_type ON phase_artifacts (ticket_id, phase, attempt_number, type, id);

CREATE TABLE ui_states (
    ticket_id               INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    scope                   TEXT    NOT NULL,
    data                    TEXT    NOT NULL,
    revision                INTEGER NOT NULL CHECK (revision >= 1),
    last_action_id          TEXT    NOT NULL,
    last_write_fingerprint  TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, scope)
);

-- Feedback intake (the /api/v1 developer API): organisations, members, clients, projects, feedback, comments,
-- boards, developer tickets and API tokens. Ids are opaque text; every row carries its organisation so each
-- query can be scoped to the caller's. JSON columns hold arrays/objects kept as given.

CREATE TABLE intake_organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    plan        TEXT NOT NULL CHECK (plan IN ('starter', 'pro', 'business')),
    created_at  TEXT NOT NULL
);

CREATE TABLE intake_members (
    organisation_id  TEXT NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL,
    display_name     TEXT NOT NULL,
    email            TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('owner', 'developer', 'viewer')),
    created_at       TEXT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);

CREATE TABLE intake_clients (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    email            TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX intake_clients_by_org ON intake_clients (organisation_id, name, id);

CREATE TABLE intake_projects (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    client_id        TEXT NOT NULL REFERENCES intake_clients (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    type             TEXT NOT NULL CHECK (type IN ('website', 'board')),
    url              TEXT,
    api_key          TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL
);
CREATE INDEX intake_projects_by_org ON intake_projects (organisation_id, name, id);

CREATE TABLE intake_project_members (
    project_id       TEXT NOT NULL REFERENCES intake_projects (id) ON DELETE CASCADE,
    organisation_id  TEXT NOT NULL,
    user_id          TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id),
    FOREIGN KEY (organisation_id, user_id) REFERENCES intake_members (organisation_id, user_id) ON DELETE CASCADE
);

CREATE TABLE intake_feedback (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT    NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    project_id       TEXT    NOT NULL REFERENCES intake_projects (id) ON DELETE CASCADE,
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('new', 'in_progress', 'review', 'done')),
    type             TEXT    NOT NULL CHECK (type IN ('bug', 'feature', 'general')),
    page_url         TEXT    NOT NULL,
    reporter_name    TEXT    NOT NULL,
    reporter_email   TEXT    NOT NULL,
    screenshot_url   TEXT,
    recording_url    TEXT,
    annotations      TEXT    NOT NULL,
    browser_info     TEXT    NOT NULL,
    position         INTEGER NOT NULL CHECK (position >= 0),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX intake_feedback_recent ON intake_feedback (organisation_id, created_at DESC, id DESC);
CREATE INDEX intake_feedback_by_project ON intake_feedback (project_id, position);

CREATE TABLE intake_board_lists (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT    NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    project_id       TEXT    NOT NULL REFERENCES intake_projects (id) ON DELETE CASCADE,
    name             TEXT    NOT NULL,
    position         INTEGER NOT NULL CHECK (position >= 0),
    created_at       TEXT    NOT NULL
);
CREATE INDEX intake_board_lists_by_project ON intake_board_lists (project_id, position);

CREATE TABLE intake_cards (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT    NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    list_id          TEXT    NOT NULL REFERENCES intake_board_lists (id) ON DELETE CASCADE,
    project_id       TEXT    NOT NULL REFERENCES intake_projects (id) ON DELETE CASCADE,
    title            TEXT    NOT NULL,
    description      TEXT,
    labels           TEXT    NOT NULL,
    due_date         TEXT,
    checklist        TEXT    NOT NULL,
    attachments      TEXT    NOT NULL,
    author_name      TEXT,
    position         INTEGER NOT NULL CHECK (position >= 0),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX intake_cards_by_list ON intake_cards (list_id, position);
CREATE INDEX intake_cards_by_org ON intake_cards (organisation_id, project_id);

-- A comment is on a feedback item or a card; no foreign key can name both, so deleting a feedback item
-- deletes its comments in the same transaction (the repository does), and a card's go with its list.
CREATE TABLE intake_comments (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    subject_type     TEXT NOT NULL CHECK (subject_type IN ('feedback', 'board_card')),
    subject_id       TEXT NOT NULL,
    author_id        TEXT,
    author_name      TEXT NOT NULL,
    body             TEXT NOT NULL,
    mentions         TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX intake_comments_by_subject ON intake_comments (organisation_id, subject_type, subject_id, created_at, id);

CREATE TABLE intake_dev_tickets (
    id                  TEXT PRIMARY KEY,
    organisation_id     TEXT    NOT NULL REFERENCES intake_organisations (id) ON DELETE CASCADE,
    project_id          TEXT    NOT NULL REFERENCES intake_projects (id) ON DELETE CASCADE,
    source_type         TEXT    NOT NULL CHECK (source_type IN ('feedback', 'board_card')),
    source_id           TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL,
    priority            TEXT    NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
    status              TEXT    NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
    labels              TEXT    NOT NULL,
    ai_context          TEXT    NOT NULL,
    created_by          TEXT,
    assigned_to         TEXT,
    -- Set when the ticket is promoted into the workflow; a deleted workflow ticket leaves the dev ticket unlinked.
    workflow_ticket_id  INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX intake_dev_tickets_recent ON intake_dev_tickets (organisation_id, created_at DESC, id DESC);
CREATE INDEX intake_dev_tickets_by_source ON intake_dev_tickets (organisation_id, source_type, source_id);
CREATE UNIQUE INDEX intake_dev_tickets_by_workflow ON intake_dev_tickets (workflow_ticket_id)
    WHERE workflow_ticket_id IS NOT NULL;

-- Only the SHA-256 of a token is stored; the token itself is shown once when it is created.
CREATE TABLE intake_api_tokens (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL,
    user_id          TEXT NOT NULL,
    name             TEXT NOT NULL,
    prefix           TEXT NOT NULL,
    token_hash       TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    revoked_at       TEXT,
    FOREIGN KEY (organisation_id, user_id) REFERENCES intake_members (organisation_id, user_id) ON DELETE CASCADE
);
CREATE INDEX intake_api_tokens_by_org ON intake_api_tokens (organisation_id, created_at DESC);

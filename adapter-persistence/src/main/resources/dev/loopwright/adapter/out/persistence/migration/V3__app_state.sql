-- Small facts about the installation itself, by key (e.g. when the restore notice was dismissed).
CREATE TABLE app_state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

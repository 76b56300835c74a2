-- The live state of a ticket's beads while they are coded (status, iteration, notes, start commits, success
-- checkpoints not yet committed, the model session kept for Continue), as one JSON document per ticket. Seeded from
-- the approved plan when the ticket first enters CODING; rewritten whole on every change.
CREATE TABLE bead_execution (
    ticket_id   INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    state_json  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

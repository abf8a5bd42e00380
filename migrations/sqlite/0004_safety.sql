-- The safety net: alerts and reports (never any message text), circles'
-- advice reminders, and the organisation's
-- own helplines.

ALTER TABLE circles ADD COLUMN advice_nudge BOOLEAN NOT NULL DEFAULT TRUE;

-- Who may need a check-in, when, how serious, and what a facilitator then
-- did. A member's rows go with their account; a guest is known only by the
-- alias they used for that meet.
CREATE TABLE safety_alerts (
    id INTEGER PRIMARY KEY,
    meet_id INTEGER NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members (id) ON DELETE CASCADE,
    guest_key TEXT,
    alias TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT,
    reported_by TEXT,
    at INTEGER NOT NULL,
    followed_up_at INTEGER,
    followed_up_by TEXT,
    action TEXT
);
CREATE INDEX safety_alerts_meet ON safety_alerts (meet_id);

CREATE TABLE helplines (
    id INTEGER PRIMARY KEY,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    sms TEXT NOT NULL DEFAULT '',
    chat TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);

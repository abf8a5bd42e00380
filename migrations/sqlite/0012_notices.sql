-- Notices: what the organisation tells a person (reminders, changes,
-- waitlist news, circle announcements), listed on "My meets" and, for
-- those who chose it, emailed through the outbox. A notice is written in
-- the same transaction as the change that causes it.

CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- reminder | change | waitlist | announcement (what people choose per kind)
    kind TEXT NOT NULL,
    -- day-before | hour-before | cancelled | moved | paused | seat | announcement
    event TEXT NOT NULL,
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    meet_id INTEGER REFERENCES meets (id) ON DELETE CASCADE,
    -- The meet's start when the notice was written (a moved meet's new start).
    meet_starts_at INTEGER,
    -- The facilitator's or coordinator's own words, if any.
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notices_member ON notices (member_id, id);
-- One reminder of each kind per person, meet and start: restarts never duplicate.
CREATE UNIQUE INDEX notices_reminder_once ON notices (member_id, meet_id, event, meet_starts_at) WHERE kind = 'reminder';

-- Emails to send. Claimed with a lease (so a crashed sender's rows go back
-- to the queue), marked finished only after the SMTP server accepted.
CREATE TABLE outbox (
    notice_id INTEGER PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    leased_until INTEGER,
    finished_at INTEGER,
    -- Whether the SMTP server took it (false: given up, or no longer wanted).
    sent BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE finished_at IS NULL;

-- How a person hears of each kind: off | app | email. No row: app.
CREATE TABLE notice_preferences (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    PRIMARY KEY (member_id, kind)
);

-- Whether email subjects may name the circle (off: a shared inbox preview says nothing).
ALTER TABLE members ADD COLUMN email_names_circle BOOLEAN NOT NULL DEFAULT FALSE;

-- Moving up from the waitlist is now a notice like any other.
ALTER TABLE rsvps DROP COLUMN moved_up_unseen;

-- Meets, series, RSVPs, standing memberships and agreement acceptances.
-- A meet's start is an instant (Unix seconds, UTC); series are computed in
-- the circle's time zone and materialised as meets some months ahead.

CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    -- Local date and time of the first meet, 'YYYY-MM-DDTHH:MM', in the circle's zone.
    first_local TEXT NOT NULL,
    -- once | weekly | fortnightly | monthly
    repeat TEXT NOT NULL,
    -- For monthly series: 1 to 4, or -1 for the last such weekday.
    month_week INTEGER,
    -- Inclusive local date 'YYYY-MM-DD', or a number of meets, or neither.
    until_date TEXT,
    count INTEGER,
    duration_minutes INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX series_circle ON series (circle_id);

CREATE TABLE meets (
    id INTEGER PRIMARY KEY,
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    series_id INTEGER REFERENCES series (id) ON DELETE SET NULL,
    -- The local start the series gives ('YYYY-MM-DDTHH:MM'); identifies the
    -- meet within its series even after it is moved.
    occurrence TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    -- scheduled | live | ended | cancelled
    status TEXT NOT NULL DEFAULT 'scheduled',
    moved BOOLEAN NOT NULL DEFAULT FALSE,
    note TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL DEFAULT 0,
    -- How many people came, counted without their names.
    attended INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX meets_series_occurrence ON meets (series_id, occurrence);
CREATE INDEX meets_circle_start ON meets (circle_id, starts_at);
CREATE INDEX meets_start ON meets (starts_at);

CREATE TABLE rsvps (
    meet_id INTEGER NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- going | waitlisted | cancelled
    status TEXT NOT NULL,
    -- Held by a standing membership of the circle ("join once").
    standing BOOLEAN NOT NULL DEFAULT FALSE,
    -- Unix milliseconds of the last change: the waitlist's order.
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (meet_id, member_id)
);
CREATE INDEX rsvps_member ON rsvps (member_id);
CREATE INDEX rsvps_meet_status ON rsvps (meet_id, status, changed_at);

CREATE TABLE memberships (
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (circle_id, member_id)
);
CREATE INDEX memberships_member ON memberships (member_id);

CREATE TABLE agreement_acceptances (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    org_version INTEGER NOT NULL,
    circle_version INTEGER NOT NULL,
    accepted_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, circle_id)
);

-- What a circle-related audit entry was about (the circle's name), beside member subjects.
ALTER TABLE audit_log ADD COLUMN detail TEXT NOT NULL DEFAULT '';

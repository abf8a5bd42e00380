-- The organisation's own trainings, who completed which and when (checked by
-- the coordinator who recorded it), and which trainings a circle asks of its
-- facilitators. Retired trainings stay so old records keep their name.
CREATE TABLE trainings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    covers TEXT NOT NULL DEFAULT '',
    -- NULL: never expires.
    valid_months INTEGER,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE training_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    training_id INTEGER NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- The day it was completed, YYYY-MM-DD.
    completed_on TEXT NOT NULL,
    checked_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX training_records_member ON training_records (member_id);
CREATE TABLE circle_trainings (
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    training_id INTEGER NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    PRIMARY KEY (circle_id, training_id)
);

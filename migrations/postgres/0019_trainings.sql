-- The organisation's own trainings, who completed which and when (checked by
-- the coordinator who recorded it), and which trainings a circle asks of its
-- facilitators. Retired trainings stay so old records keep their name.
CREATE TABLE trainings (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    covers TEXT NOT NULL DEFAULT '',
    -- NULL: never expires.
    valid_months BIGINT,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE training_records (
    id BIGSERIAL PRIMARY KEY,
    training_id BIGINT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- The day it was completed, YYYY-MM-DD.
    completed_on TEXT NOT NULL,
    checked_by BIGINT REFERENCES members (id) ON DELETE SET NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX training_records_member ON training_records (member_id);
CREATE TABLE circle_trainings (
    circle_id BIGINT NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    training_id BIGINT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    PRIMARY KEY (circle_id, training_id)
);

-- Debriefs: after a meet, each of its facilitators says how it went (1-5),
-- whether anything needs following up (and which of the meet's safety
-- alerts), and whether they would like support. Never anyone's words.
-- Kept for the organisation's chosen period, then deleted.
CREATE TABLE debriefs (
    id BIGSERIAL PRIMARY KEY,
    meet_id BIGINT NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- 1 (hard going) to 5 (really good).
    went BIGINT NOT NULL,
    follow_up BOOLEAN NOT NULL,
    support BOOLEAN NOT NULL,
    filed_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (meet_id, member_id)
);
CREATE INDEX debriefs_member ON debriefs (member_id, filed_at);
-- Which of the meet's alerts need following up (gone when the alert is).
CREATE TABLE debrief_alerts (
    debrief_id BIGINT NOT NULL REFERENCES debriefs (id) ON DELETE CASCADE,
    alert_id BIGINT NOT NULL REFERENCES safety_alerts (id) ON DELETE CASCADE,
    PRIMARY KEY (debrief_id, alert_id)
);
-- A facilitator asking a coordinator for care: support after one meet, or
-- a supervision chat. Only the asker and coordinators see it.
CREATE TABLE care_requests (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- support | supervision
    kind TEXT NOT NULL,
    meet_id BIGINT REFERENCES meets (id) ON DELETE CASCADE,
    asked_at BIGINT NOT NULL,
    answered_at BIGINT,
    answered_by TEXT
);
CREATE INDEX care_requests_open ON care_requests (answered_at, asked_at);
-- Support is asked once per facilitator and meet, however often the debrief is saved.
CREATE UNIQUE INDEX care_requests_support_once ON care_requests (member_id, meet_id) WHERE kind = 'support';

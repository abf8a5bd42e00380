-- Moderation beyond one meet: reports made outside a live room and removals
-- from one, each a case a coordinator reviews and decides (dismiss, warn,
-- suspend from a circle or everywhere for some days, close the account),
-- which the person is told of and may appeal once, to another coordinator.
-- The words (a report's, a removal's reason, the decision's and the
-- appeal's) are blanked after the organisation's period; who, where, when,
-- which reason and what was decided stay.
CREATE TABLE moderation_cases (
    id BIGSERIAL PRIMARY KEY,
    -- report | removal
    source TEXT NOT NULL,
    circle_id BIGINT NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    meet_id BIGINT REFERENCES meets (id) ON DELETE SET NULL,
    -- The member it is about; NULL for a guest, or a report about the circle.
    subject_id BIGINT REFERENCES members (id) ON DELETE CASCADE,
    -- Their alias then; empty for a report about the circle itself.
    subject_alias TEXT NOT NULL DEFAULT '',
    about_guest BOOLEAN NOT NULL DEFAULT FALSE,
    -- Who reported (never shown to the person reported).
    reporter_id BIGINT REFERENCES members (id) ON DELETE SET NULL,
    -- The reporter's or the removing facilitator's alias, for coordinators.
    by_alias TEXT NOT NULL DEFAULT '',
    -- A report's reason from the short list, or "removal".
    reason TEXT NOT NULL,
    words TEXT,
    at BIGINT NOT NULL,
    -- open | dismissed | warned | suspended | closed
    status TEXT NOT NULL DEFAULT 'open',
    decided_by BIGINT REFERENCES members (id) ON DELETE SET NULL,
    decided_by_alias TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    decision_words TEXT,
    -- A suspension: until when, and whether it covers every circle.
    suspended_until BIGINT,
    suspended_everywhere BOOLEAN NOT NULL DEFAULT FALSE,
    appealed_at BIGINT,
    appeal_words TEXT,
    -- The coordinator the appeal went to; same_reviewer when the one who
    -- decided was the only coordinator.
    appeal_reviewer BIGINT REFERENCES members (id) ON DELETE SET NULL,
    same_reviewer BOOLEAN NOT NULL DEFAULT FALSE,
    -- upheld | overturned
    appeal_outcome TEXT,
    appeal_reply TEXT,
    appeal_decided_at BIGINT
);
CREATE INDEX moderation_cases_subject ON moderation_cases (subject_id);
CREATE INDEX moderation_cases_status ON moderation_cases (status, at);

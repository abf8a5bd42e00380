-- People removed from a meet by a facilitator: who, why, by whom. Never any
-- message text. A member's rows go with their account; a guest is known only
-- by the alias they used for that meet.
CREATE TABLE removals (
    meet_id BIGINT NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    member_id BIGINT REFERENCES members (id) ON DELETE CASCADE,
    guest_key TEXT,
    alias TEXT NOT NULL,
    reason TEXT NOT NULL,
    removed_by TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX removals_meet ON removals (meet_id);

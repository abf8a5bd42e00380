-- What an in-person venue is like, so people can decide before they come:
-- 'yes', 'no' or 'unknown' for each question, and two short notes.
ALTER TABLE circles ADD COLUMN venue_step_free TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE circles ADD COLUMN venue_hearing_loop TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE circles ADD COLUMN venue_quiet_room TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE circles ADD COLUMN venue_toilets TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE circles ADD COLUMN venue_transport TEXT NOT NULL DEFAULT '';
ALTER TABLE circles ADD COLUMN venue_door TEXT NOT NULL DEFAULT '';

-- How many came to a meet at its venue: people who counted themselves in
-- with the meet's QR code, and the facilitator's headcount when typed (which
-- then stands). Nothing about who they were.
CREATE TABLE venue_counts (
    meet_id BIGINT PRIMARY KEY REFERENCES meets (id) ON DELETE CASCADE,
    checked_in BIGINT NOT NULL DEFAULT 0,
    headcount BIGINT
);

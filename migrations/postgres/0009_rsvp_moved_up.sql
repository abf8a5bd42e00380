-- Set when a seat freed and this waitlisted person was given it; cleared
-- once they have seen the news on "My meets", or when their answer changes.
ALTER TABLE rsvps ADD COLUMN moved_up_unseen BOOLEAN NOT NULL DEFAULT FALSE;

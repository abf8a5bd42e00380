-- A meeting link on an outside tool (https only), for circles that must keep
-- one for now: shown only to people with a seat, shortly before each meet.
ALTER TABLE circles ADD COLUMN external_link TEXT;

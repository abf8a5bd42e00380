-- Who sees the numbers people give in check-in rounds: 'everyone', or
-- 'facilitators' (and each person their own). Existing circles too keep
-- the numbers to facilitators: a number says how low someone is.
ALTER TABLE circles ADD COLUMN mood_numbers TEXT NOT NULL DEFAULT 'facilitators';

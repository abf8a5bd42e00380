-- What each member's alias looks like (its Unicode TR39 confusable
-- skeleton), so an alias that could be mistaken for another is refused.
-- SQL cannot compute it: new members get it at sign-up, and members from
-- before this migration get it at start-up (see Store::migrate). It stays
-- empty only for a member whose alias already resembled an earlier member's
-- when skeletons began to be compared: both keep their aliases.
ALTER TABLE members ADD COLUMN alias_skeleton TEXT;
CREATE UNIQUE INDEX members_alias_skeleton ON members (alias_skeleton);

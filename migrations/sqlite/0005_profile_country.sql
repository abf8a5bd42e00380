-- A member may say which country they are in (ISO 3166-1 alpha-2), so the
-- helplines shown to them are local ones. Optional, like everything but
-- the alias.
ALTER TABLE members ADD COLUMN country TEXT;

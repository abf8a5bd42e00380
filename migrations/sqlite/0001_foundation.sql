-- Foundation: organisation settings, members, sessions, recovery, audit, circles.
-- Times are Unix seconds (UTC). Lists are stored comma-separated.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    email TEXT,
    pronouns TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    time_zone TEXT,
    lived_experience TEXT,
    is_facilitator BOOLEAN NOT NULL DEFAULT FALSE,
    is_coordinator BOOLEAN NOT NULL DEFAULT FALSE,
    created_at INTEGER NOT NULL
);
CREATE INDEX members_email ON members (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    device TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_member ON sessions (member_id);

CREATE TABLE recovery_codes (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    PRIMARY KEY (member_id, code_hash)
);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX password_resets_member ON password_resets (member_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    -- 'member' or 'console'; aliases are blanked when that member deletes their account.
    actor_kind TEXT NOT NULL,
    actor_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
    actor_alias TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
    subject_alias TEXT NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_subject ON audit_log (subject_id);

CREATE TABLE circles (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    how_it_works TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    eligibility TEXT NOT NULL DEFAULT '',
    age_min INTEGER,
    age_max INTEGER,
    languages TEXT NOT NULL DEFAULT 'en',
    format TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    address_after_rsvp BOOLEAN NOT NULL DEFAULT TRUE,
    country TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    listed BOOLEAN NOT NULL DEFAULT TRUE,
    drop_in BOOLEAN NOT NULL DEFAULT FALSE,
    status TEXT NOT NULL DEFAULT 'active',
    agreements TEXT NOT NULL DEFAULT '',
    agreements_version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE circle_facilitators (
    circle_id INTEGER NOT NULL REFERENCES circles (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (circle_id, member_id)
);
CREATE INDEX circle_facilitators_member ON circle_facilitators (member_id);

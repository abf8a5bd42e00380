-- Allowances shared by every instance (sign-in, sign-up, recovery, drop-in):
-- one row per key, when its allowance is spent up to (Unix ms). Keys are
-- hashed, so no address or alias is stored. Unlogged: losing the counts in a
-- crash only gives everyone their allowance back, and every write skips the
-- WAL. SQLite runs one instance, which counts in memory (its 0025 creates nothing).
CREATE UNLOGGED TABLE rate_limits (
    key BYTEA PRIMARY KEY,
    spent_until BIGINT NOT NULL
);

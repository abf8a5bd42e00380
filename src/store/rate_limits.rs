//! Allowances counted in PostgreSQL, so that every instance on one
//! database sees the same counts. Each call is one statement (one round
//! trip); the arithmetic is the in-memory limiter's, done in the upsert so
//! concurrent requests on different instances cannot both take the last try.
//!
//! When the database cannot answer, a request is let through (and a warning
//! logged): the doors behind these limits need the database anyway.

use std::time::Duration;

use futures_util::future::BoxFuture;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use super::{Db, Store, StoreResult};
use crate::auth::rate_limit::{Counters, Rule};

/// Allowances in the `rate_limits` table.
pub struct SharedCounters {
    pool: PgPool,
}

/// A key as stored: hashed, so no address or alias sits in the table.
fn stored(key: &str) -> Vec<u8> {
    Sha256::digest(key.as_bytes())[..16].to_vec()
}

fn stored_all(keys: &[&str]) -> Vec<Vec<u8>> {
    keys.iter().map(|k| stored(k)).collect()
}

/// How far ahead each of `$n::bytea[]` is spent at `$2`, in order (0 when rested).
macro_rules! ahead_of {
    ($keys:literal) => {
        concat!(
            "ARRAY(SELECT COALESCE((SELECT GREATEST(spent_until - $2, 0) FROM rate_limits WHERE key = k), 0) ",
            "FROM UNNEST(",
            $keys,
            "::bytea[]) WITH ORDINALITY AS t(k, n) ORDER BY n)"
        )
    };
}

/// Spends `$1` under interval `$3` and tolerance `$4` at `$2` unless that
/// is past its burst; reads the keys `$5` as they were before.
const TAKE: &str = concat!(
    "WITH prior AS (SELECT spent_until FROM rate_limits WHERE key = $1), ",
    "taken AS (INSERT INTO rate_limits AS r (key, spent_until) VALUES ($1, $2::bigint + $3::bigint) ",
    "ON CONFLICT (key) DO UPDATE SET spent_until = GREATEST(r.spent_until, $2::bigint) + $3::bigint ",
    "WHERE r.spent_until - $2::bigint <= $4::bigint RETURNING 1) ",
    "SELECT EXISTS (SELECT 1 FROM taken), (SELECT spent_until FROM prior), ",
    ahead_of!("$5")
);

const AHEAD: &str = concat!("SELECT ", ahead_of!("$1"));

const SPEND: &str = "INSERT INTO rate_limits AS r (key, spent_until) \
    SELECT k, $2::bigint + i FROM UNNEST($1::bytea[], $3::bigint[]) AS t(k, i) \
    ON CONFLICT (key) DO UPDATE SET spent_until = GREATEST(r.spent_until, $2::bigint) + (excluded.spent_until - $2::bigint)";

impl SharedCounters {
    async fn take_now(
        &self,
        rule: Rule,
        key: &str,
        read: &[&str],
        now: i64,
    ) -> sqlx::Result<Result<Vec<i64>, Duration>> {
        let (taken, prior, ahead): (bool, Option<i64>, Vec<i64>) = sqlx::query_as(TAKE)
            .bind(stored(key))
            .bind(now)
            .bind(rule.interval_ms())
            .bind(rule.tolerance_ms())
            .bind(stored_all(read))
            .fetch_one(&self.pool)
            .await?;
        if taken {
            return Ok(Ok(ahead));
        }
        // Another instance may have taken the last try after the read of
        // `prior`: then wait one interval.
        let wait = prior.and_then(|spent| rule.admits(spent - now).err()).unwrap_or(rule.interval);
        Ok(Err(wait))
    }
}

impl Counters for SharedCounters {
    fn take<'a>(
        &'a self,
        rule: Rule,
        key: &'a str,
        read: &'a [&'a str],
        now: i64,
    ) -> BoxFuture<'a, Result<Vec<i64>, Duration>> {
        Box::pin(async move {
            self.take_now(rule, key, read, now).await.unwrap_or_else(|error| {
                tracing::warn!(%error, "could not count an allowance; letting the request through");
                Ok(vec![0; read.len()])
            })
        })
    }

    fn ahead<'a>(&'a self, keys: &'a [&'a str], now: i64) -> BoxFuture<'a, Vec<i64>> {
        Box::pin(async move {
            let read = sqlx::query_scalar(AHEAD).bind(stored_all(keys)).bind(now).fetch_one(&self.pool).await;
            read.unwrap_or_else(|error| {
                tracing::warn!(%error, "could not read allowances; letting the request through");
                vec![0; keys.len()]
            })
        })
    }

    fn spend<'a>(&'a self, spends: &'a [(Rule, &'a str)], now: i64) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            let keys: Vec<Vec<u8>> = spends.iter().map(|(_, key)| stored(key)).collect();
            let intervals: Vec<i64> = spends.iter().map(|(rule, _)| rule.interval_ms()).collect();
            let spent = sqlx::query(SPEND).bind(keys).bind(now).bind(intervals).execute(&self.pool).await;
            if let Err(error) = spent {
                tracing::warn!(%error, "could not spend an allowance");
            }
        })
    }

    fn forget<'a>(&'a self, key: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            let forgotten =
                sqlx::query("DELETE FROM rate_limits WHERE key = $1").bind(stored(key)).execute(&self.pool).await;
            if let Err(error) = forgotten {
                tracing::warn!(%error, "could not give an allowance back");
            }
        })
    }
}

impl Store {
    /// Allowances shared through this database, when several instances can
    /// share it (PostgreSQL); `None` on SQLite, where one instance counts in
    /// its memory.
    pub fn shared_counters(&self) -> Option<SharedCounters> {
        match &self.db {
            Db::Postgres(pool) => Some(SharedCounters { pool: pool.clone() }),
            Db::Sqlite { .. } => None,
        }
    }

    /// Forgets allowances fully rested by `now` (Unix ms); returns how many.
    pub async fn forget_rested_allowances(&self, now: i64) -> StoreResult<u64> {
        let Db::Postgres(pool) = &self.db else { return Ok(0) };
        let done = sqlx::query("DELETE FROM rate_limits WHERE spent_until <= $1").bind(now).execute(pool).await?;
        Ok(done.rows_affected())
    }
}

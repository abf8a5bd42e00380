//! Storage on SQLite (the embedded default) or PostgreSQL, behind one
//! interface.
//!
//! The SQL is written once wherever the two databases agree (numbered `$1`
//! parameters, `RETURNING`, `ON CONFLICT`), and each query is compiled for
//! both drivers by the `read!` and `write!` macros, so the types are checked
//! against each. Where the databases must differ, the method matches on the
//! backend and says why.
//!
//! On SQLite every write goes through a single connection: SQLite allows one
//! writer at a time anyway, and queueing in the pool instead of in SQLite
//! means no `SQLITE_BUSY` errors and transactions that read-then-write are
//! serialised (the basis of "no overbooking" on SQLite).

use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

pub mod audit;
pub mod circle_texts;
pub mod circles;
pub mod debriefs;
pub mod external_links;
pub mod feedback;
pub mod impact;
pub mod meets;
pub mod members;
pub mod moderation;
pub mod notices;
pub mod org_changes;
pub mod rate_limits;
pub mod rooms;
pub mod rota;
pub mod rsvps;
pub mod safety;
pub mod sessions;
pub mod settings;
pub mod trainings;
pub mod venue_counts;

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Errors from the store that callers act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique value is already taken (an alias, a slug).
    #[error("already taken")]
    Conflict,
    /// The database could not be reached or answered with an error.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Migrations could not be applied.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// Turns a unique-constraint violation into [`StoreError::Conflict`].
    fn from_write(error: sqlx::Error) -> StoreError {
        match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict,
            _ => StoreError::Database(error),
        }
    }
}

/// Result of a store call.
pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Clone)]
enum Db {
    Sqlite { reader: SqlitePool, writer: SqlitePool },
    Postgres(PgPool),
}

/// The application's storage. Cheap to clone: it holds connection pools.
#[derive(Clone)]
pub struct Store {
    db: Db,
    /// Rung when this instance puts an email in the outbox, so it goes at once.
    outbox: std::sync::Arc<tokio::sync::Notify>,
}

/// Runs `$body` with `$pool` bound to a pool for reading, once per backend.
macro_rules! reading {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.db {
            $crate::store::Db::Sqlite { reader: $pool, .. } => $body,
            $crate::store::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$pool` bound to a pool for writing, once per backend.
macro_rules! writing {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.db {
            $crate::store::Db::Sqlite { writer: $pool, .. } => $body,
            $crate::store::Db::Postgres($pool) => $body,
        }
    };
}

pub(crate) use {reading, writing};

/// How to connect.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Largest number of connections (PostgreSQL) or readers (SQLite).
    pub max_connections: u32,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions { max_connections: 10 }
    }
}

const SQLITE_MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "foundation", include_str!("../../migrations/sqlite/0001_foundation.sql")),
    (2, "meets", include_str!("../../migrations/sqlite/0002_meets.sql")),
    (3, "rooms", include_str!("../../migrations/sqlite/0003_rooms.sql")),
    (4, "safety", include_str!("../../migrations/sqlite/0004_safety.sql")),
    (5, "profile_country", include_str!("../../migrations/sqlite/0005_profile_country.sql")),
    (6, "meet_live_until", include_str!("../../migrations/sqlite/0006_meet_live_until.sql")),
    (7, "member_alias_skeletons", include_str!("../../migrations/sqlite/0007_member_alias_skeletons.sql")),
    (8, "circle_mood_numbers", include_str!("../../migrations/sqlite/0008_circle_mood_numbers.sql")),
    (9, "rsvp_moved_up", include_str!("../../migrations/sqlite/0009_rsvp_moved_up.sql")),
    (11, "circle_call", include_str!("../../migrations/sqlite/0011_circle_call.sql")),
    (12, "notices", include_str!("../../migrations/sqlite/0012_notices.sql")),
    (13, "feedback", include_str!("../../migrations/sqlite/0013_feedback.sql")),
    (14, "in_person", include_str!("../../migrations/sqlite/0014_in_person.sql")),
    (16, "external_link", include_str!("../../migrations/sqlite/0016_external_link.sql")),
    (17, "circle_texts", include_str!("../../migrations/sqlite/0017_circle_texts.sql")),
    (19, "trainings", include_str!("../../migrations/sqlite/0019_trainings.sql")),
    (20, "rota", include_str!("../../migrations/sqlite/0020_rota.sql")),
    (21, "debriefs", include_str!("../../migrations/sqlite/0021_debriefs.sql")),
    (22, "moderation", include_str!("../../migrations/sqlite/0022_moderation.sql")),
    (25, "rate_limits", include_str!("../../migrations/sqlite/0025_rate_limits.sql")),
];
const POSTGRES_MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "foundation", include_str!("../../migrations/postgres/0001_foundation.sql")),
    (2, "meets", include_str!("../../migrations/postgres/0002_meets.sql")),
    (3, "rooms", include_str!("../../migrations/postgres/0003_rooms.sql")),
    (4, "safety", include_str!("../../migrations/postgres/0004_safety.sql")),
    (5, "profile_country", include_str!("../../migrations/postgres/0005_profile_country.sql")),
    (6, "meet_live_until", include_str!("../../migrations/postgres/0006_meet_live_until.sql")),
    (7, "member_alias_skeletons", include_str!("../../migrations/postgres/0007_member_alias_skeletons.sql")),
    (8, "circle_mood_numbers", include_str!("../../migrations/postgres/0008_circle_mood_numbers.sql")),
    (9, "rsvp_moved_up", include_str!("../../migrations/postgres/0009_rsvp_moved_up.sql")),
    (11, "circle_call", include_str!("../../migrations/postgres/0011_circle_call.sql")),
    (12, "notices", include_str!("../../migrations/postgres/0012_notices.sql")),
    (13, "feedback", include_str!("../../migrations/postgres/0013_feedback.sql")),
    (14, "in_person", include_str!("../../migrations/postgres/0014_in_person.sql")),
    (16, "external_link", include_str!("../../migrations/postgres/0016_external_link.sql")),
    (17, "circle_texts", include_str!("../../migrations/postgres/0017_circle_texts.sql")),
    (19, "trainings", include_str!("../../migrations/postgres/0019_trainings.sql")),
    (20, "rota", include_str!("../../migrations/postgres/0020_rota.sql")),
    (21, "debriefs", include_str!("../../migrations/postgres/0021_debriefs.sql")),
    (22, "moderation", include_str!("../../migrations/postgres/0022_moderation.sql")),
    (25, "rate_limits", include_str!("../../migrations/postgres/0025_rate_limits.sql")),
];

fn migrator(list: &'static [(i64, &'static str, &'static str)]) -> Migrator {
    Migrator::with_migrations(
        list.iter()
            .map(|(version, name, sql)| {
                Migration::new(
                    *version,
                    (*name).into(),
                    MigrationType::Simple,
                    sqlx::SqlSafeStr::into_sql_str(*sql),
                    false,
                )
            })
            .collect(),
    )
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`), creating a SQLite
    /// file if it does not exist yet. Does not migrate.
    pub async fn connect(url: &str, options: &ConnectOptions) -> StoreResult<Store> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let connect = PgConnectOptions::from_str(url)?.application_name("holdspace");
            let pool = PgPoolOptions::new()
                .max_connections(options.max_connections)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(connect)
                .await?;
            Db::Postgres(pool)
        } else {
            let base = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
                // Sorts and temporary tables stay in memory: nothing said or
                // typed may end up in a stray temp file.
                .pragma("temp_store", "memory");
            let writer = SqlitePoolOptions::new()
                .max_connections(1)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(base.clone())
                .await?;
            let reader = SqlitePoolOptions::new()
                .max_connections(options.max_connections.max(1))
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(base.read_only(true))
                .await?;
            Db::Sqlite { reader, writer }
        };
        Ok(Store { db, outbox: Default::default() })
    }

    /// Applies every migration that has not run yet. Safe to run from
    /// several instances at once (PostgreSQL takes an advisory lock).
    pub async fn migrate(&self) -> StoreResult<()> {
        match &self.db {
            Db::Sqlite { writer, .. } => migrator(SQLITE_MIGRATIONS).run(writer).await?,
            Db::Postgres(pool) => migrator(POSTGRES_MIGRATIONS).run(pool).await?,
        }
        self.backfill_alias_skeletons().await
    }

    /// Which database this store runs on.
    pub fn backend(&self) -> Backend {
        match self.db {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Answers whether the database responds (for `/readyz`).
    pub async fn ping(&self) -> StoreResult<()> {
        reading!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))?;
        Ok(())
    }

    /// Closes every connection, waiting for queries under way.
    pub async fn close(&self) {
        match &self.db {
            Db::Sqlite { reader, writer } => {
                reader.close().await;
                writer.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_migrations() {
        let names = |list: &[(i64, &str, &str)]| list.iter().map(|(v, n, _)| (*v, n.to_string())).collect::<Vec<_>>();
        assert_eq!(names(SQLITE_MIGRATIONS), names(POSTGRES_MIGRATIONS));
    }
}

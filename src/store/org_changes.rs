//! Telling every instance on one PostgreSQL database that the
//! organisation's settings changed (LISTEN/NOTIFY), so none serves old
//! ones until its cache expires. SQLite runs one instance: nothing to tell.

use sqlx::postgres::{PgListener, PgPoolOptions};

use super::{Db, Store, StoreResult};

/// The channel a settings change is announced on.
const CHANNEL: &str = "holdspace_org_settings";

/// What an instance heard about the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    /// Someone saved them.
    Changed,
    /// The connection dropped (and is being made again): a change may have
    /// gone unheard.
    MaybeMissed,
}

/// Settings changes announced by any instance, this one included.
pub struct OrgChanges {
    listener: PgListener,
}

impl OrgChanges {
    /// Waits for the next thing heard.
    pub async fn next(&mut self) -> Heard {
        match self.listener.try_recv().await {
            Ok(Some(_)) => Heard::Changed,
            // The next call connects again.
            Ok(None) => Heard::MaybeMissed,
            Err(error) => {
                tracing::warn!(%error, "lost the settings-change announcements; trying again");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                Heard::MaybeMissed
            }
        }
    }
}

impl Store {
    /// Starts listening for settings changes; `None` on SQLite.
    pub async fn org_changes(&self) -> StoreResult<Option<OrgChanges>> {
        let Db::Postgres(pool) = &self.db else { return Ok(None) };
        // A connection of its own, outside the store's pool: closing the
        // store must not wait for a listener that never gives its back.
        let own = PgPoolOptions::new()
            .max_connections(1)
            .max_lifetime(None)
            .idle_timeout(None)
            .connect_with((*pool.connect_options()).clone())
            .await?;
        let mut listener = PgListener::connect_with(&own).await?;
        listener.listen(CHANNEL).await?;
        Ok(Some(OrgChanges { listener }))
    }

    /// Tells every listening instance the settings changed.
    pub(super) async fn announce_org_change(&self) {
        let Db::Postgres(pool) = &self.db else { return };
        let told = sqlx::query("SELECT pg_notify($1, '')").bind(CHANNEL).execute(pool).await;
        if let Err(error) = told {
            tracing::warn!(%error, "could not announce a settings change; other instances see it when their cache expires");
        }
    }
}

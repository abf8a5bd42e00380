//! Organisation-wide settings and server secrets, as key–value rows.

use super::{Store, StoreResult, reading, writing};
use crate::domain::audit::{Actor, AuditAction};
use crate::domain::circle::lines_from_stored;
use crate::domain::debrief;
use crate::domain::moderation;
use crate::domain::safety::retention;

/// What the organisation says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSettings {
    pub name: String,
    /// ISO 3166 country code used for helplines when nothing better is known.
    pub country: String,
    /// The agreements every circle shares, one per entry.
    pub agreements: Vec<String>,
    /// Goes up by one whenever the agreements change, so people are asked again.
    pub agreements_version: i64,
    /// What facilitators should do when someone may be in crisis, one step per entry.
    pub safety_protocol: Vec<String>,
    /// How many days safety alerts are kept before they are deleted.
    pub alert_retention_days: i64,
    /// How many days debriefs (and support asked in them) are kept.
    pub debrief_retention_days: i64,
    /// How many days the words of reports, removals, decisions and appeals are kept.
    pub moderation_retention_days: i64,
}

/// The protocol facilitators see until the organisation writes its own.
pub const DEFAULT_PROTOCOL: &[&str] = &[
    "Check in privately and gently: ask how they are and listen.",
    "Share the helplines for their region (they have been offered them already).",
    "If there is immediate danger, call for backup: your coordinator or the emergency number.",
    "Afterwards, mark the alert followed up and say what you did.",
];

impl Default for OrgSettings {
    fn default() -> Self {
        OrgSettings {
            name: "Holdspace".into(),
            country: String::new(),
            agreements: Vec::new(),
            agreements_version: 1,
            safety_protocol: DEFAULT_PROTOCOL.iter().map(|s| s.to_string()).collect(),
            alert_retention_days: retention::DEFAULT_DAYS,
            debrief_retention_days: debrief::DEFAULT_KEEP_DAYS,
            moderation_retention_days: moderation::DEFAULT_RETENTION_DAYS,
        }
    }
}

const UPSERT: &str =
    "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

impl Store {
    async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        let value = reading!(self, pool => {
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(pool).await
        })?;
        Ok(value)
    }

    /// The key that signs CSRF tokens, created on first use and shared by
    /// every instance through the database.
    pub async fn csrf_key(&self) -> StoreResult<[u8; 32]> {
        let fresh = hex(&crate::auth::token::random_bytes::<32>());
        writing!(self, pool => {
            sqlx::query("INSERT INTO settings (key, value) VALUES ('csrf_key', $1) ON CONFLICT (key) DO NOTHING")
                .bind(fresh)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        let stored = self.setting("csrf_key").await?.unwrap_or_default();
        Ok(unhex32(&stored).unwrap_or_else(|| {
            tracing::error!("stored CSRF key is malformed; using a temporary one");
            crate::auth::token::random_bytes::<32>()
        }))
    }

    /// The organisation's settings, with defaults for anything unset.
    pub async fn org_settings(&self) -> StoreResult<OrgSettings> {
        let rows: Vec<(String, String)> = reading!(self, pool => {
            sqlx::query_as("SELECT key, value FROM settings WHERE key LIKE 'org_%'").fetch_all(pool).await
        })?;
        let mut settings = OrgSettings::default();
        for (key, value) in rows {
            match key.as_str() {
                "org_name" => settings.name = value,
                "org_country" => settings.country = value,
                "org_agreements" => settings.agreements = lines_from_stored(&value),
                "org_agreements_version" => settings.agreements_version = value.parse().unwrap_or(1),
                "org_alert_retention_days" => {
                    settings.alert_retention_days = retention::parse_days(&value).unwrap_or(retention::DEFAULT_DAYS)
                }
                "org_debrief_retention_days" => {
                    settings.debrief_retention_days =
                        debrief::parse_keep_days(&value).unwrap_or(debrief::DEFAULT_KEEP_DAYS)
                }
                "org_moderation_retention_days" => {
                    settings.moderation_retention_days =
                        moderation::parse_retention_days(&value).unwrap_or(moderation::DEFAULT_RETENTION_DAYS)
                }
                "org_safety_protocol" if !value.trim().is_empty() => {
                    settings.safety_protocol = lines_from_stored(&value)
                }
                _ => {}
            }
        }
        Ok(settings)
    }

    /// Saves the organisation's settings, raising the agreements version when
    /// they changed, and records who did it.
    pub async fn save_org_settings(&self, actor: &Actor, new: &OrgSettings, now: i64) -> StoreResult<()> {
        let current = self.org_settings().await?;
        let version = if current.agreements == new.agreements {
            current.agreements_version
        } else {
            current.agreements_version + 1
        };
        let pairs = [
            ("org_name", new.name.clone()),
            ("org_country", new.country.clone()),
            ("org_agreements", new.agreements.join("\n")),
            ("org_agreements_version", version.to_string()),
            ("org_safety_protocol", new.safety_protocol.join("\n")),
            ("org_alert_retention_days", new.alert_retention_days.to_string()),
            ("org_debrief_retention_days", new.debrief_retention_days.to_string()),
            ("org_moderation_retention_days", new.moderation_retention_days.to_string()),
        ];
        writing!(self, pool => {
            let mut tx = pool.begin().await?;
            for (key, value) in pairs {
                sqlx::query(UPSERT).bind(key).bind(value).execute(&mut *tx).await?;
            }
            super::audit::insert(&mut *tx, now, actor, AuditAction::SettingsChanged, None, "").await?;
            tx.commit().await
        })?;
        self.announce_org_change().await;
        Ok(())
    }

    /// Whether nothing has been created yet (no members, no circles): the
    /// demo loads only into an empty database.
    pub async fn is_empty(&self) -> StoreResult<bool> {
        let count: i64 = reading!(self, pool => {
            sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM members) + (SELECT COUNT(*) FROM circles)")
                .fetch_one(pool)
                .await
        })?;
        Ok(count == 0)
    }

    /// Aggregate counters kept without any link to a person.
    pub async fn counter(&self, name: &str) -> StoreResult<i64> {
        let value = reading!(self, pool => {
            sqlx::query_scalar("SELECT value FROM counters WHERE name = $1").bind(name).fetch_optional(pool).await
        })?;
        Ok(value.unwrap_or(0))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex32(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = u8::from_str_radix(text.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        let bytes = [0xab; 32];
        assert_eq!(unhex32(&hex(&bytes)), Some(bytes));
        assert_eq!(unhex32("zz"), None);
    }
}

//! The safety net's records: alerts and reports (who, when, how serious,
//! what a facilitator then did; never any words), and
//! the organisation's own helplines.

use sqlx::{ColumnIndex, Decode, Row, Type};

use super::{Store, StoreResult, reading, writing};
use crate::domain::helplines::{self, Helpline};
use crate::domain::room::{AlertKind, SafetyRecord};
use crate::domain::safety::{Level, retention};

/// One stored alert, as facilitators see it in their list.
#[derive(Debug, Clone)]
pub struct AlertRow {
    pub id: i64,
    pub meet_id: i64,
    /// When the meet it happened in began.
    pub meet_starts_at: i64,
    pub circle_name: String,
    pub circle_id: i64,
    pub alias: String,
    /// About a guest, not a member.
    pub guest: bool,
    pub kind: AlertKind,
    pub level: Option<Level>,
    pub reported_by: Option<String>,
    pub at: i64,
    pub followed_up_at: Option<i64>,
    pub followed_up_by: Option<String>,
    pub action: Option<String>,
}

/// Which alerts a person may see.
#[derive(Debug, Clone, Copy)]
pub enum AlertScope {
    /// A coordinator: every circle.
    All,
    /// A facilitator: the circles they run.
    FacilitatedBy(i64),
}

const ALERT_COLUMNS: &str = "a.id, a.meet_id, c.name, c.id, a.alias, a.kind, a.level, a.reported_by, a.at, \
     a.followed_up_at, a.followed_up_by, a.action, a.guest_key IS NOT NULL, m.starts_at \
     FROM safety_alerts a JOIN meets m ON m.id = a.meet_id JOIN circles c ON c.id = m.circle_id";

fn alert_row<'r, R>(row: &'r R) -> Result<AlertRow, sqlx::Error>
where
    R: Row,
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    Option<i64>: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
    Option<String>: Decode<'r, R::Database> + Type<R::Database>,
    bool: Decode<'r, R::Database> + Type<R::Database>,
{
    let kind: String = row.try_get(5)?;
    let level: Option<String> = row.try_get(6)?;
    Ok(AlertRow {
        id: row.try_get(0)?,
        meet_id: row.try_get(1)?,
        meet_starts_at: row.try_get(13)?,
        circle_name: row.try_get(2)?,
        circle_id: row.try_get(3)?,
        alias: row.try_get(4)?,
        guest: row.try_get(12)?,
        kind: AlertKind::parse(&kind)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown alert kind {kind:?}").into()))?,
        level: level.as_deref().and_then(Level::parse),
        reported_by: row.try_get(7)?,
        at: row.try_get(8)?,
        followed_up_at: row.try_get(9)?,
        followed_up_by: row.try_get(10)?,
        action: row.try_get(11)?,
    })
}

/// id, country, name, phone, sms, chat, website, hours, audience, languages, description.
type HelplineColumns = (i64, String, String, String, String, String, String, String, String, String, String);

impl Store {
    /// Stores an alert or report from a room.
    pub async fn record_safety(&self, meet_id: i64, record: &SafetyRecord, at: i64) -> StoreResult<()> {
        let (member, guest) = super::rooms::Removed::from_key(&record.key).columns();
        writing!(self, pool => {
            sqlx::query(
                "INSERT INTO safety_alerts (meet_id, member_id, guest_key, alias, kind, level, reported_by, at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(meet_id)
            .bind(member)
            .bind(guest)
            .bind(&record.alias)
            .bind(record.kind.as_str())
            .bind(record.level.map(Level::as_str))
            .bind(&record.reported_by)
            .bind(at)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The newest alerts someone may see, open ones first.
    pub async fn safety_alerts(&self, scope: AlertScope, limit: i64) -> StoreResult<Vec<AlertRow>> {
        let (filter, member) = match scope {
            AlertScope::All => ("", None),
            AlertScope::FacilitatedBy(id) => {
                (" WHERE c.id IN (SELECT circle_id FROM circle_facilitators WHERE member_id = $2)", Some(id))
            }
        };
        let sql = format!(
            "SELECT {ALERT_COLUMNS}{filter} ORDER BY (a.followed_up_at IS NULL) DESC, a.at DESC, a.id DESC LIMIT $1"
        );
        let rows = reading!(self, pool => {
            let query = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(limit);
            let query = match member {
                Some(id) => query.bind(id),
                None => query,
            };
            query.fetch_all(pool).await?.iter().map(alert_row).collect::<Result<Vec<_>, _>>()
        })?;
        Ok(rows)
    }

    /// Every alert and report about one member, oldest first (for their export).
    pub async fn safety_alerts_about(&self, member_id: i64) -> StoreResult<Vec<AlertRow>> {
        let sql = format!("SELECT {ALERT_COLUMNS} WHERE a.member_id = $1 ORDER BY a.at, a.id");
        let rows = reading!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(member_id).fetch_all(pool).await?;
            rows.iter().map(alert_row).collect::<Result<Vec<_>, _>>()
        })?;
        Ok(rows)
    }

    /// One alert.
    pub async fn safety_alert(&self, id: i64) -> StoreResult<Option<AlertRow>> {
        let sql = format!("SELECT {ALERT_COLUMNS} WHERE a.id = $1");
        let row = reading!(self, pool => {
            match sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(pool).await? {
                Some(row) => alert_row(&row).map(Some),
                None => Ok(None),
            }
        })?;
        Ok(row)
    }

    /// Deletes the alerts older than the organisation keeps them; returns how many.
    pub async fn forget_old_alerts(&self, now: i64) -> StoreResult<u64> {
        let days = self.org_settings().await?.alert_retention_days;
        let cutoff = retention::cutoff(now, days);
        let deleted = writing!(self, pool => {
            sqlx::query("DELETE FROM safety_alerts WHERE at < $1")
                .bind(cutoff)
                .execute(pool)
                .await
                .map(|done| done.rows_affected())
        })?;
        Ok(deleted)
    }

    /// Marks an alert followed up, with what was done.
    pub async fn follow_up_alert(&self, id: i64, by: &str, action: &str, at: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE safety_alerts SET followed_up_at = $1, followed_up_by = $2, action = $3 WHERE id = $4")
                .bind(at)
                .bind(by)
                .bind(action)
                .bind(id)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// The organisation's own helplines.
    pub async fn org_helplines(&self) -> StoreResult<Vec<(i64, Helpline)>> {
        let rows: Vec<HelplineColumns> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT id, country, name, phone, sms, chat, website, hours, audience, languages, description
                 FROM helplines ORDER BY country, name",
            )
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(id, country, name, phone, sms, chat, website, hours, audience, languages, description)| {
                let list =
                    |s: String| s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect();
                let (sms, sms_keyword) = helplines::split_sms(&sms);
                (
                    id,
                    Helpline {
                        country,
                        name,
                        description,
                        phone,
                        sms,
                        sms_keyword,
                        chat,
                        website,
                        hours,
                        audience: list(audience),
                        languages: list(languages),
                        ..Helpline::default()
                    },
                )
            })
            .collect())
    }

    /// Adds (`id` None) or changes one of the organisation's helplines.
    pub async fn save_helpline(&self, id: Option<i64>, h: &Helpline, at: i64) -> StoreResult<()> {
        let (audience, languages) = (h.audience.join(","), h.languages.join(","));
        writing!(self, pool => {
            let query = match id {
                None => sqlx::query(
                    "INSERT INTO helplines (country, name, phone, sms, chat, website, hours, audience, languages,
                     description, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                ),
                Some(_) => sqlx::query(
                    "UPDATE helplines SET country = $1, name = $2, phone = $3, sms = $4, chat = $5, website = $6,
                     hours = $7, audience = $8, languages = $9, description = $10, updated_at = $11 WHERE id = $12",
                ),
            };
            let query = query
                .bind(&h.country)
                .bind(&h.name)
                .bind(&h.phone)
                .bind(&h.sms)
                .bind(&h.chat)
                .bind(&h.website)
                .bind(&h.hours)
                .bind(&audience)
                .bind(&languages)
                .bind(&h.description)
                .bind(at);
            let query = match id {
                Some(id) => query.bind(id),
                None => query,
            };
            query.execute(pool).await.map(|_| ())
        })?;
        Ok(())
    }

    /// Removes one of the organisation's helplines.
    pub async fn delete_helpline(&self, id: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("DELETE FROM helplines WHERE id = $1").bind(id).execute(pool).await.map(|_| ())
        })?;
        Ok(())
    }
}

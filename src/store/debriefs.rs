//! Debriefs (how a meet went, what needs following up, never anyone's
//! words) and facilitators' requests for care. A debrief is read only by
//! the facilitator who filed it; a request by its asker and coordinators;
//! the impact report reads counts. Both are deleted after the
//! organisation's keeping period.

use std::str::FromStr;

use super::notices::notify;
use super::{Store, StoreResult, reading, writing};
use crate::domain::circle::Format;
use crate::domain::debrief::{CareKind, Debrief, HowItWent, meet_is_over};
use crate::domain::meet::MeetStatus;
use crate::domain::notice::Event;
use crate::domain::safety::retention;

/// A debrief as its facilitator sees it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDebrief {
    pub went: HowItWent,
    pub follow_up: bool,
    pub alert_ids: Vec<i64>,
    pub support: bool,
    pub filed_at: i64,
}

/// One past debrief on its facilitator's history.
#[derive(Debug, Clone)]
pub struct DebriefLine {
    pub meet_id: i64,
    pub circle_name: String,
    pub circle_zone: String,
    pub meet_starts_at: i64,
    pub went: HowItWent,
    pub follow_up: bool,
    pub alerts: i64,
    pub support: bool,
    pub filed_at: i64,
}

/// A meet that is over, as the debrief lists show it.
#[derive(Debug, Clone)]
pub struct OverMeet {
    pub meet_id: i64,
    pub circle_slug: String,
    pub circle_name: String,
    pub circle_zone: String,
    pub starts_at: i64,
}

/// A request for care, as the asker and coordinators see it.
#[derive(Debug, Clone)]
pub struct CareRequest {
    pub id: i64,
    pub alias: String,
    pub kind: CareKind,
    /// The meet support was asked after, with its circle's name and zone.
    pub meet: Option<(i64, String, String, i64)>,
    pub asked_at: i64,
    pub answered_at: Option<i64>,
    pub answered_by: Option<String>,
}

/// One of a meet's safety alerts, as the debrief form offers it: when and
/// how serious, never what was said or by whom.
#[derive(Debug, Clone)]
pub struct MeetAlert {
    pub id: i64,
    /// The level, or `report` for a report.
    pub level: String,
    pub at: i64,
}

type OverRow = (i64, String, String, String, i64, i64, String, String);

/// The meets among `rows` that are over by `now`.
fn over(rows: Vec<OverRow>, now: i64) -> Vec<OverMeet> {
    rows.into_iter()
        .filter_map(|(id, slug, name, zone, starts_at, minutes, status, format)| {
            let status = MeetStatus::from_str(&status).ok()?;
            let has_place = Format::from_str(&format).is_ok_and(|f| f.has_place());
            meet_is_over(status, starts_at + minutes * 60, has_place, now).then_some(OverMeet {
                meet_id: id,
                circle_slug: slug,
                circle_name: name,
                circle_zone: zone,
                starts_at,
            })
        })
        .collect()
}

type CareRow =
    (i64, String, String, Option<i64>, Option<String>, Option<String>, Option<i64>, i64, Option<i64>, Option<String>);

fn care_from(row: CareRow) -> Option<CareRequest> {
    let (id, alias, kind, meet_id, circle, zone, starts_at, asked_at, answered_at, answered_by) = row;
    let meet = match (meet_id, circle, zone, starts_at) {
        (Some(id), Some(circle), Some(zone), Some(at)) => Some((id, circle, zone, at)),
        _ => None,
    };
    Some(CareRequest { id, alias, kind: kind.parse().ok()?, meet, asked_at, answered_at, answered_by })
}

macro_rules! care_select {
    () => {
        "SELECT r.id, m.alias, r.kind, r.meet_id, c.name, c.time_zone, mt.starts_at, r.asked_at, r.answered_at, r.answered_by
     FROM care_requests r JOIN members m ON m.id = r.member_id
     LEFT JOIN meets mt ON mt.id = r.meet_id LEFT JOIN circles c ON c.id = mt.circle_id"
    };
}

macro_rules! over_select {
    () => {
        "SELECT mt.id, c.slug, c.name, c.time_zone, mt.starts_at, mt.duration_minutes, mt.status, c.format
     FROM meets mt JOIN circles c ON c.id = mt.circle_id"
    };
}

impl Store {
    /// A meet's safety alerts, oldest first, for choosing what to follow up.
    pub async fn meet_alerts(&self, meet_id: i64) -> StoreResult<Vec<MeetAlert>> {
        let rows: Vec<(i64, Option<String>, String, i64)> = reading!(self, pool => sqlx::query_as(
            "SELECT id, level, kind, at FROM safety_alerts WHERE meet_id = $1 ORDER BY at, id"
        ).bind(meet_id).fetch_all(pool).await)?;
        Ok(rows.into_iter().map(|(id, level, kind, at)| MeetAlert { id, level: level.unwrap_or(kind), at }).collect())
    }

    /// A facilitator's debrief of a meet, if filed.
    pub async fn debrief_of(&self, meet_id: i64, member_id: i64) -> StoreResult<Option<StoredDebrief>> {
        let row: Option<(i64, i64, bool, bool, i64)> = reading!(self, pool => sqlx::query_as(
            "SELECT id, went, follow_up, support, filed_at FROM debriefs WHERE meet_id = $1 AND member_id = $2"
        ).bind(meet_id).bind(member_id).fetch_optional(pool).await)?;
        let Some((id, went, follow_up, support, filed_at)) = row else { return Ok(None) };
        let alert_ids: Vec<i64> = reading!(self, pool => sqlx::query_scalar(
            "SELECT alert_id FROM debrief_alerts WHERE debrief_id = $1 ORDER BY alert_id"
        ).bind(id).fetch_all(pool).await)?;
        Ok(HowItWent::from_score(went).map(|went| StoredDebrief { went, follow_up, alert_ids, support, filed_at }))
    }

    /// Files or changes a facilitator's debrief (first filing time kept).
    /// Asking for support for the first time for this meet records the
    /// request and tells every other coordinator, in the same transaction.
    /// Answers whether support was newly asked.
    pub async fn save_debrief(
        &self,
        meet_id: i64,
        member_id: i64,
        alias: &str,
        debrief: &Debrief,
        now: i64,
    ) -> StoreResult<bool> {
        let asked = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO debriefs (meet_id, member_id, went, follow_up, support, filed_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $6)
                     ON CONFLICT (meet_id, member_id) DO UPDATE SET went = excluded.went,
                       follow_up = excluded.follow_up, support = excluded.support, updated_at = excluded.updated_at
                     RETURNING id",
                )
                .bind(meet_id).bind(member_id).bind(debrief.went.score()).bind(debrief.follow_up)
                .bind(debrief.support).bind(now)
                .fetch_one(&mut *tx).await?;
                sqlx::query("DELETE FROM debrief_alerts WHERE debrief_id = $1").bind(id).execute(&mut *tx).await?;
                for alert in &debrief.alert_ids {
                    sqlx::query("INSERT INTO debrief_alerts (debrief_id, alert_id) VALUES ($1, $2)")
                        .bind(id).bind(alert).execute(&mut *tx).await?;
                }
                let mut asked = false;
                if debrief.support {
                    let request: Option<i64> = sqlx::query_scalar(
                        "INSERT INTO care_requests (member_id, kind, meet_id, asked_at) VALUES ($1, 'support', $2, $3)
                         ON CONFLICT DO NOTHING RETURNING id",
                    )
                    .bind(member_id).bind(meet_id).bind(now)
                    .fetch_optional(&mut *tx).await?;
                    if request.is_some() {
                        asked = true;
                        let circle: i64 = sqlx::query_scalar("SELECT circle_id FROM meets WHERE id = $1")
                            .bind(meet_id).fetch_one(&mut *tx).await?;
                        let coordinators: Vec<i64> = sqlx::query_scalar(
                            "SELECT id FROM members WHERE is_coordinator AND id <> $1 ORDER BY id",
                        )
                        .bind(member_id).fetch_all(&mut *tx).await?;
                        for coordinator in coordinators {
                            notify!(tx, coordinator, Event::SupportAsked, circle, Some(meet_id), alias, now).await?;
                        }
                    }
                }
                tx.commit().await?;
                Ok::<bool, sqlx::Error>(asked)
            }
            .await
        })?;
        Ok(asked)
    }

    /// A facilitator's debriefs, newest meet first.
    pub async fn debriefs_by(&self, member_id: i64) -> StoreResult<Vec<DebriefLine>> {
        type Row = (i64, String, String, i64, i64, bool, i64, bool, i64);
        let rows: Vec<Row> = reading!(self, pool => sqlx::query_as(
            "SELECT d.meet_id, c.name, c.time_zone, mt.starts_at, d.went, d.follow_up,
                    (SELECT COUNT(*) FROM debrief_alerts a WHERE a.debrief_id = d.id), d.support, d.filed_at
             FROM debriefs d JOIN meets mt ON mt.id = d.meet_id JOIN circles c ON c.id = mt.circle_id
             WHERE d.member_id = $1 ORDER BY mt.starts_at DESC, d.id DESC"
        ).bind(member_id).fetch_all(pool).await)?;
        Ok(rows
            .into_iter()
            .filter_map(
                |(meet_id, circle_name, circle_zone, meet_starts_at, went, follow_up, alerts, support, filed_at)| {
                    Some(DebriefLine {
                        meet_id,
                        circle_name,
                        circle_zone,
                        meet_starts_at,
                        went: HowItWent::from_score(went)?,
                        follow_up,
                        alerts,
                        support,
                        filed_at,
                    })
                },
            )
            .collect())
    }

    /// Meets of the circles someone facilitates that began since `since`,
    /// are over by `now` and that they have not debriefed, newest first;
    /// leaving out meets the rota gives to others (`may_debrief`'s rule).
    pub async fn meets_awaiting_debrief(&self, member_id: i64, since: i64, now: i64) -> StoreResult<Vec<OverMeet>> {
        const SQL: &str = concat!(
            over_select!(),
            " JOIN circle_facilitators f ON f.circle_id = c.id AND f.member_id = $1
             WHERE mt.starts_at >= $2 AND mt.starts_at <= $3 AND mt.status IN ('ended', 'scheduled')
               AND NOT EXISTS (SELECT 1 FROM debriefs d WHERE d.meet_id = mt.id AND d.member_id = $1)
               AND (NOT EXISTS (SELECT 1 FROM meet_rota r WHERE r.meet_id = mt.id)
                    OR EXISTS (SELECT 1 FROM meet_rota r WHERE r.meet_id = mt.id AND r.member_id = $1))
             ORDER BY mt.starts_at DESC, mt.id DESC"
        );
        let rows: Vec<OverRow> = reading!(self, pool => sqlx::query_as(SQL)
            .bind(member_id).bind(since).bind(now).fetch_all(pool).await)?;
        Ok(over(rows, now))
    }

    /// Meets that began since `since`, are over by `now` and that nobody
    /// has debriefed, newest first (for coordinators).
    pub async fn meets_without_debrief(&self, since: i64, now: i64) -> StoreResult<Vec<OverMeet>> {
        const SQL: &str = concat!(
            over_select!(),
            " WHERE mt.starts_at >= $1 AND mt.starts_at <= $2 AND mt.status IN ('ended', 'scheduled')
               AND NOT EXISTS (SELECT 1 FROM debriefs d WHERE d.meet_id = mt.id)
             ORDER BY mt.starts_at DESC, mt.id DESC"
        );
        let rows: Vec<OverRow> =
            reading!(self, pool => sqlx::query_as(SQL).bind(since).bind(now).fetch_all(pool).await)?;
        Ok(over(rows, now))
    }

    /// Records a facilitator's request for a supervision chat, unless one
    /// is still open; answers whether a new one was recorded.
    pub async fn ask_supervision(&self, member_id: i64, now: i64) -> StoreResult<bool> {
        let asked = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let open: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM care_requests WHERE member_id = $1 AND kind = 'supervision' AND answered_at IS NULL",
                )
                .bind(member_id).fetch_one(&mut *tx).await?;
                if open == 0 {
                    sqlx::query("INSERT INTO care_requests (member_id, kind, asked_at) VALUES ($1, 'supervision', $2)")
                        .bind(member_id).bind(now).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok::<bool, sqlx::Error>(open == 0)
            }
            .await
        })?;
        Ok(asked)
    }

    /// Requests for care: one person's (`Some`), newest first, or every
    /// open one, oldest first (for coordinators).
    pub async fn care_requests(&self, member_id: Option<i64>) -> StoreResult<Vec<CareRequest>> {
        const MINE: &str = concat!(care_select!(), " WHERE r.member_id = $1 ORDER BY r.asked_at DESC, r.id DESC");
        const OPEN: &str = concat!(care_select!(), " WHERE r.answered_at IS NULL ORDER BY r.asked_at, r.id");
        let rows: Vec<CareRow> = reading!(self, pool => match member_id {
            Some(id) => sqlx::query_as(MINE).bind(id).fetch_all(pool).await,
            None => sqlx::query_as(OPEN).fetch_all(pool).await,
        })?;
        Ok(rows.into_iter().filter_map(care_from).collect())
    }

    /// Marks an open request answered by a coordinator; answers the request
    /// as it was (for the audit log), or `None` if there is no open one.
    pub async fn answer_care_request(&self, id: i64, by: &str, now: i64) -> StoreResult<Option<CareRequest>> {
        const ONE: &str = concat!(care_select!(), " WHERE r.id = $1 AND r.answered_at IS NULL");
        let found: Option<CareRow> = reading!(self, pool => sqlx::query_as(ONE).bind(id).fetch_optional(pool).await)?;
        let Some(found) = found.and_then(care_from) else { return Ok(None) };
        let changed = writing!(self, pool => sqlx::query(
            "UPDATE care_requests SET answered_at = $1, answered_by = $2 WHERE id = $3 AND answered_at IS NULL"
        ).bind(now).bind(by).bind(id).execute(pool).await.map(|done| done.rows_affected()))?;
        Ok((changed == 1).then_some(found))
    }

    /// Deletes debriefs filed, and requests for care made, before the
    /// organisation's keeping period; returns how many debriefs went.
    pub async fn forget_old_debriefs(&self, now: i64) -> StoreResult<u64> {
        let days = self.org_settings().await?.debrief_retention_days;
        let cutoff = retention::cutoff(now, days);
        let deleted = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let deleted = sqlx::query("DELETE FROM debriefs WHERE filed_at < $1")
                    .bind(cutoff).execute(&mut *tx).await?.rows_affected();
                sqlx::query("DELETE FROM care_requests WHERE asked_at < $1").bind(cutoff).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok::<u64, sqlx::Error>(deleted)
            }
            .await
        })?;
        Ok(deleted)
    }

    /// Every debrief as the impact report counts it: `(meet id, how it
    /// went 1–5, support asked)`.
    pub async fn debrief_counts(&self) -> StoreResult<Vec<(i64, i64, bool)>> {
        let rows = reading!(self, pool => sqlx::query_as("SELECT meet_id, went, support FROM debriefs")
            .fetch_all(pool).await)?;
        Ok(rows)
    }
}

//! What the impact report is drawn from: meets, who came (as keys),
//! feedback answers and alert levels. Never anything anyone said.

use std::str::FromStr;

use chrono_tz::Tz;

use super::{Store, StoreResult, reading, writing};
use crate::domain::impact::{Attendee, MeetRecord, Records};
use crate::domain::meet::MeetStatus;
use crate::domain::venue_count::VenueCount;

/// A meet as the report reads it: id, circle, start, status, attended by
/// room, and its count at the venue (check-ins, headcount) if any.
type MeetRow = (i64, i64, i64, String, i64, Option<i64>, Option<i64>);

impl Store {
    /// Every record the impact report counts, for every circle, as of `now`.
    pub async fn impact_records(&self, now: i64) -> StoreResult<Records> {
        let (circles, meets, attendance, answers, alerts) = reading!(self, pool => {
            async {
                let circles: Vec<(i64, String)> =
                    sqlx::query_as("SELECT id, time_zone FROM circles").fetch_all(pool).await?;
                // An in-person meet has no room to end it: once past, its count at
                // the venue says it was held, and how many came.
                let meets: Vec<MeetRow> = sqlx::query_as(
                    "SELECT m.id, m.circle_id, m.starts_at, m.status, m.attended, v.checked_in, v.headcount
                     FROM meets m LEFT JOIN venue_counts v ON v.meet_id = m.id
                     WHERE m.status <> 'scheduled' OR (v.meet_id IS NOT NULL AND m.starts_at < $1)",
                )
                .bind(now)
                .fetch_all(pool)
                .await?;
                let attendance: Vec<(i64, Option<i64>)> =
                    sqlx::query_as("SELECT meet_id, member_id FROM attendance").fetch_all(pool).await?;
                let answers: Vec<(i64, String, String, String)> =
                    sqlx::query_as("SELECT meet_id, id, question, answer FROM feedback_answers")
                        .fetch_all(pool)
                        .await?;
                let alerts: Vec<(i64, Option<String>, String)> =
                    sqlx::query_as("SELECT meet_id, level, kind FROM safety_alerts").fetch_all(pool).await?;
                Ok::<_, sqlx::Error>((circles, meets, attendance, answers, alerts))
            }
            .await
        })?;
        Ok(Records {
            circles: circles.into_iter().map(|(id, zone)| (id, Tz::from_str(&zone).unwrap_or(Tz::UTC))).collect(),
            meets: meets
                .into_iter()
                .filter_map(|(id, circle_id, starts_at, status, attended, checked_in, headcount)| {
                    let venue = checked_in.map(|checked_in| VenueCount { checked_in, headcount }.total());
                    let status = match MeetStatus::from_str(&status).ok()? {
                        MeetStatus::Scheduled if venue.is_some() => MeetStatus::Ended,
                        status => status,
                    };
                    let attended = attended.max(venue.unwrap_or(0)).max(0) as u64;
                    Some(MeetRecord { id, circle_id, starts_at, status, attended })
                })
                .collect(),
            attendance: attendance
                .into_iter()
                .map(|(meet, member)| (meet, member.map(Attendee::Member).unwrap_or(Attendee::Guest)))
                .collect(),
            answers,
            alerts: alerts.into_iter().map(|(meet, level, kind)| (meet, level.unwrap_or(kind))).collect(),
            debriefs: self.debrief_counts().await?,
        })
    }
}

impl Store {
    /// A one-off meet in the past, outside any series, still `scheduled`
    /// until it is ended or cancelled (for the demo's history and tests).
    pub async fn add_past_meet(&self, circle_id: i64, starts_at: i64, duration_minutes: i64) -> StoreResult<i64> {
        let id = writing!(self, pool => {
            sqlx::query_scalar(
                "INSERT INTO meets (circle_id, occurrence, starts_at, duration_minutes, created_at)
                 VALUES ($1, $2, $3, $4, $3) RETURNING id",
            )
            .bind(circle_id)
            .bind(format!("past-{starts_at}"))
            .bind(starts_at)
            .bind(duration_minutes)
            .fetch_one(pool)
            .await
        })?;
        Ok(id)
    }
}

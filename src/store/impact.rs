//! What the impact report is drawn from: meets, who came (as keys),
//! feedback answers and alert levels. Never anything anyone said.

use std::str::FromStr;

use chrono_tz::Tz;

use super::{Store, StoreResult, reading, writing};
use crate::domain::impact::{Attendee, MeetRecord, Records};
use crate::domain::meet::MeetStatus;

impl Store {
    /// Every record the impact report counts, for every circle.
    pub async fn impact_records(&self) -> StoreResult<Records> {
        let (circles, meets, attendance, answers, alerts) = reading!(self, pool => {
            async {
                let circles: Vec<(i64, String)> =
                    sqlx::query_as("SELECT id, time_zone FROM circles").fetch_all(pool).await?;
                let meets: Vec<(i64, i64, i64, String, i64)> = sqlx::query_as(
                    "SELECT id, circle_id, starts_at, status, attended FROM meets WHERE status <> 'scheduled'",
                )
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
                .filter_map(|(id, circle_id, starts_at, status, attended)| {
                    Some(MeetRecord {
                        id,
                        circle_id,
                        starts_at,
                        status: MeetStatus::from_str(&status).ok()?,
                        attended: attended.max(0) as u64,
                    })
                })
                .collect(),
            attendance: attendance
                .into_iter()
                .map(|(meet, member)| (meet, member.map(Attendee::Member).unwrap_or(Attendee::Guest)))
                .collect(),
            answers,
            alerts: alerts.into_iter().map(|(meet, level, kind)| (meet, level.unwrap_or(kind))).collect(),
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

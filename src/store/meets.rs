//! Series and meets: creating them from a schedule, listing, cancelling and
//! moving them.

use sqlx::{ColumnIndex, Decode, Row, Type};

use super::notices::{MEET_AUDIENCE, notify};
use super::{Store, StoreResult, reading, writing};
use crate::domain::meet::Meet;
use crate::domain::notice::Event;
use crate::domain::rsvp::{self, RsvpStatus};
use crate::domain::schedule::{End, Occurrence, Repeat, Series};

/// A meet with its RSVP counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetCounts {
    pub meet: Meet,
    pub going: i64,
    pub waitlisted: i64,
}

/// A meet together with the circle it belongs to (id, slug, name, zone, capacity, status).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetInCircle {
    pub meet: Meet,
    pub circle_slug: String,
    pub circle_name: String,
    pub time_zone: String,
}

/// A stored series.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredSeries {
    pub id: i64,
    pub series: Series,
}

macro_rules! meet_columns {
    () => {
        "m.id, m.circle_id, m.series_id, m.starts_at, m.duration_minutes, m.status, m.moved, m.note, m.sequence"
    };
}
pub(super) use meet_columns;

/// Builds a meet from the nine columns of `meet_columns!`.
pub(super) fn meet_from_row<'r, R>(row: &'r R) -> Result<Meet, sqlx::Error>
where
    R: Row,
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    Option<i64>: Decode<'r, R::Database> + Type<R::Database>,
    bool: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
{
    let status: String = row.try_get(5)?;
    Ok(Meet {
        id: row.try_get(0)?,
        circle_id: row.try_get(1)?,
        series_id: row.try_get(2)?,
        starts_at: row.try_get(3)?,
        duration_minutes: row.try_get(4)?,
        status: status
            .parse()
            .map_err(|_| sqlx::Error::ColumnDecode { index: "status".into(), source: "unknown meet status".into() })?,
        moved: row.try_get(6)?,
        note: row.try_get(7)?,
        sequence: row.try_get(8)?,
    })
}

/// Tells everyone with a seat or a waitlist place at a meet what happened to it.
macro_rules! tell_meet_audience {
    ($tx:expr, $event:expr, $circle:expr, $meet:expr, $note:expr) => {
        async {
            let now = crate::services::now();
            let members: Vec<i64> = sqlx::query_scalar(MEET_AUDIENCE).bind($meet).fetch_all(&mut *$tx).await?;
            for member in members {
                notify!($tx, member, $event, $circle, Some($meet), $note, now).await?;
            }
            Ok::<_, sqlx::Error>(())
        }
    };
}

/// Local date-times are stored as `YYYY-MM-DDTHH:MM`.
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

fn series_from_parts(
    zone: &str,
    first: &str,
    repeat: &str,
    week: Option<i64>,
    until: Option<&str>,
    count: Option<i64>,
    duration: i64,
) -> Option<Series> {
    let zone = zone.parse().ok()?;
    let first = chrono::NaiveDateTime::parse_from_str(first, LOCAL_FORMAT).ok()?;
    let repeat = Repeat::from_parts(repeat, week).ok()?;
    let end = match (until, count) {
        (Some(date), _) => End::OnDate(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?),
        (None, Some(n)) => End::AfterCount(u32::try_from(n).ok()?),
        (None, None) => End::Never,
    };
    Series::new(zone, first, repeat, end, duration).ok()
}

impl Store {
    /// Stores a series for a circle (its meets are created by [`Store::add_meets`]).
    pub async fn create_series(&self, circle_id: i64, series: &Series, now: i64) -> StoreResult<i64> {
        let (until, count) = match series.end {
            End::Never => (None, None),
            End::OnDate(date) => (Some(date.format("%Y-%m-%d").to_string()), None),
            End::AfterCount(n) => (None, Some(i64::from(n))),
        };
        let id = writing!(self, pool => {
            sqlx::query_scalar(
                "INSERT INTO series (circle_id, first_local, repeat, month_week, until_date, count, duration_minutes, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(circle_id)
            .bind(series.first.format(LOCAL_FORMAT).to_string())
            .bind(series.repeat.as_str())
            .bind(series.repeat.month_week())
            .bind(until)
            .bind(count)
            .bind(series.duration_minutes)
            .bind(now)
            .fetch_one(pool)
            .await
        })?;
        Ok(id)
    }

    /// Every series, or those of one circle, computed in their circle's zone.
    pub async fn series(&self, circle_id: Option<i64>) -> StoreResult<Vec<(i64, StoredSeries)>> {
        const SQL: &str = "SELECT s.id, s.circle_id, c.time_zone, s.first_local, s.repeat, s.month_week, s.until_date,
                                  s.count, s.duration_minutes
                           FROM series s JOIN circles c ON c.id = s.circle_id
                           WHERE ($1 IS NULL OR s.circle_id = $1) ORDER BY s.id";
        type SeriesRow = (i64, i64, String, String, String, Option<i64>, Option<String>, Option<i64>, i64);
        let rows: Vec<SeriesRow> = reading!(self, pool => sqlx::query_as(SQL).bind(circle_id).fetch_all(pool).await)?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, circle, zone, first, repeat, week, until, count, duration)| {
                let series = series_from_parts(&zone, &first, &repeat, week, until.as_deref(), count, duration)?;
                Some((circle, StoredSeries { id, series }))
            })
            .collect())
    }

    /// Creates the meets of a series that do not exist yet, and gives the
    /// circle's standing members their seats (or waitlist places) at each new
    /// one. Returns the ids of the new meets.
    pub async fn add_meets(
        &self,
        circle_id: i64,
        series_id: i64,
        duration_minutes: i64,
        occurrences: &[Occurrence],
        now_ms: i64,
    ) -> StoreResult<Vec<i64>> {
        let now = now_ms / 1000;
        let created = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let capacity: i64 = sqlx::query_scalar("SELECT capacity FROM circles WHERE id = $1")
                    .bind(circle_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let members: Vec<i64> = sqlx::query_scalar(
                    "SELECT member_id FROM memberships WHERE circle_id = $1 ORDER BY joined_at, member_id",
                )
                .bind(circle_id)
                .fetch_all(&mut *tx)
                .await?;
                let mut created = Vec::new();
                for occurrence in occurrences {
                    let id: Option<i64> = sqlx::query_scalar(
                        "INSERT INTO meets (circle_id, series_id, occurrence, starts_at, duration_minutes, created_at)
                         VALUES ($1, $2, $3, $4, $5, $6)
                         ON CONFLICT (series_id, occurrence) DO NOTHING RETURNING id",
                    )
                    .bind(circle_id)
                    .bind(series_id)
                    .bind(occurrence.key.format(LOCAL_FORMAT).to_string())
                    .bind(occurrence.starts_at.timestamp())
                    .bind(duration_minutes)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some(id) = id else { continue };
                    for (seated, member) in members.iter().enumerate() {
                        let status = rsvp::place(seated as i64, capacity);
                        sqlx::query(
                            "INSERT INTO rsvps (meet_id, member_id, status, standing, changed_at) VALUES ($1, $2, $3, TRUE, $4)",
                        )
                        .bind(id)
                        .bind(member)
                        .bind(status.as_str())
                        .bind(now_ms)
                        .execute(&mut *tx)
                        .await?;
                    }
                    created.push(id);
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(created)
            }
            .await
        })?;
        Ok(created)
    }

    /// A meet by id, without its counts (the live room's pages need none).
    pub async fn meet_alone(&self, id: i64) -> StoreResult<Option<Meet>> {
        const SQL: &str = concat!("SELECT ", meet_columns!(), " FROM meets m WHERE m.id = $1");
        let found = reading!(self, pool => {
            match sqlx::query(SQL).bind(id).fetch_optional(pool).await? {
                Some(row) => meet_from_row(&row).map(Some),
                None => Ok::<_, sqlx::Error>(None),
            }
        })?;
        Ok(found)
    }

    /// A meet by id.
    pub async fn meet(&self, id: i64) -> StoreResult<Option<MeetCounts>> {
        const SQL: &str = concat!(
            "SELECT ",
            meet_columns!(),
            ",
               (SELECT COUNT(*) FROM rsvps r WHERE r.meet_id = m.id AND r.status = 'going'),
               (SELECT COUNT(*) FROM rsvps r WHERE r.meet_id = m.id AND r.status = 'waitlisted')
             FROM meets m WHERE m.id = $1"
        );
        let found = reading!(self, pool => {
            match sqlx::query(SQL).bind(id).fetch_optional(pool).await? {
                Some(row) => Ok(Some(MeetCounts { meet: meet_from_row(&row)?, going: row.try_get(9)?, waitlisted: row.try_get(10)? })),
                None => Ok::<_, sqlx::Error>(None),
            }
        })?;
        Ok(found)
    }

    /// A circle's meets that have not ended by `now`, soonest first, with counts.
    pub async fn upcoming_meets(&self, circle_id: i64, now: i64, limit: i64) -> StoreResult<Vec<MeetCounts>> {
        const SQL: &str = concat!(
            "SELECT ",
            meet_columns!(),
            ",
               (SELECT COUNT(*) FROM rsvps r WHERE r.meet_id = m.id AND r.status = 'going'),
               (SELECT COUNT(*) FROM rsvps r WHERE r.meet_id = m.id AND r.status = 'waitlisted')
             FROM meets m WHERE m.circle_id = $1 AND m.starts_at + m.duration_minutes * 60 > $2
             ORDER BY m.starts_at, m.id LIMIT $3"
        );
        let meets = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(circle_id).bind(now).bind(limit).fetch_all(pool).await?;
            rows.iter()
                .map(|row| Ok(MeetCounts { meet: meet_from_row(row)?, going: row.try_get(9)?, waitlisted: row.try_get(10)? }))
                .collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(meets)
    }

    /// Every meet starting in `[from, to)`, of circles that are listed and
    /// not archived, soonest first (for the directory).
    pub async fn listed_meets_between(&self, from: i64, to: i64) -> StoreResult<Vec<Meet>> {
        const SQL: &str = concat!(
            "SELECT ",
            meet_columns!(),
            " FROM meets m JOIN circles c ON c.id = m.circle_id
             WHERE m.starts_at >= $1 AND m.starts_at < $2 AND c.listed AND c.status <> 'archived'
             ORDER BY m.starts_at, m.id"
        );
        let meets = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(from).bind(to).fetch_all(pool).await?;
            rows.iter().map(meet_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(meets)
    }

    /// A circle's meets in `[from, to)`, cancelled ones included (for calendars).
    pub async fn meets_between(&self, circle_id: i64, from: i64, to: i64) -> StoreResult<Vec<Meet>> {
        const SQL: &str = concat!(
            "SELECT ",
            meet_columns!(),
            " FROM meets m WHERE m.circle_id = $1 AND m.starts_at >= $2 AND m.starts_at < $3 ORDER BY m.starts_at, m.id"
        );
        let meets = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(circle_id).bind(from).bind(to).fetch_all(pool).await?;
            rows.iter().map(meet_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(meets)
    }

    /// Cancels one meet with a message for the people who said they would
    /// come, and tells each of them (a notice, in the same transaction).
    /// Their RSVPs stay, so they see the message; false if already cancelled.
    pub async fn cancel_meet(&self, meet_id: i64, note: &str) -> StoreResult<bool> {
        let changed = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let circle: Option<i64> = sqlx::query_scalar(
                    "UPDATE meets SET status = 'cancelled', note = $1, sequence = sequence + 1
                     WHERE id = $2 AND status <> 'cancelled' RETURNING circle_id",
                )
                .bind(note)
                .bind(meet_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(circle) = circle else { return Ok::<_, sqlx::Error>(false) };
                tell_meet_audience!(tx, Event::Cancelled, circle, meet_id, note).await?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        if changed {
            self.outbox_written();
        }
        Ok(changed)
    }

    /// Moves one meet to another start (an exception to its series) and
    /// tells everyone expecting to come, in the same transaction.
    pub async fn move_meet(&self, meet_id: i64, starts_at: i64, note: &str) -> StoreResult<bool> {
        let changed = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let circle: Option<i64> = sqlx::query_scalar(
                    "UPDATE meets SET starts_at = $1, note = $2, moved = TRUE, sequence = sequence + 1
                     WHERE id = $3 AND status = 'scheduled' RETURNING circle_id",
                )
                .bind(starts_at)
                .bind(note)
                .bind(meet_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(circle) = circle else { return Ok::<_, sqlx::Error>(false) };
                tell_meet_audience!(tx, Event::Moved, circle, meet_id, note).await?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        if changed {
            self.outbox_written();
        }
        Ok(changed)
    }

    /// Marks a meet live, its room closing itself at `live_until` (Unix
    /// seconds) at the latest. A meet already over stays over.
    pub async fn mark_live(&self, meet_id: i64, live_until: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query(
                "UPDATE meets SET status = 'live', live_until = $1 WHERE id = $2 AND status IN ('scheduled', 'live')",
            )
            .bind(live_until)
            .bind(meet_id)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// Ends the meets still `live` whose room would have closed itself
    /// before `now` (Unix seconds): their server stopped without ending
    /// them. How many came is not known; it stays 0. Returns how many ended.
    pub async fn end_meets_left_live(&self, now: i64) -> StoreResult<u64> {
        // A meet marked live before rooms recorded their closing time
        // closes a grace period after its planned end.
        let grace = crate::domain::room::CLOSE_GRACE_MS / 1000;
        let n = writing!(self, pool => {
            sqlx::query(
                "UPDATE meets SET status = 'ended'
                 WHERE status = 'live' AND COALESCE(live_until, starts_at + duration_minutes * 60 + $1) < $2",
            )
            .bind(grace)
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(n)
    }

    /// The aliases of people with a seat or a waitlist place, seats first
    /// (for the circle's facilitators and coordinators only).
    pub async fn attendees(&self, meet_id: i64) -> StoreResult<Vec<(String, RsvpStatus)>> {
        let rows: Vec<(String, String)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT p.alias, r.status FROM rsvps r JOIN members p ON p.id = r.member_id
                 WHERE r.meet_id = $1 AND r.status IN ('going', 'waitlisted')
                 ORDER BY r.status, r.changed_at, r.member_id",
            )
            .bind(meet_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows.into_iter().filter_map(|(alias, status)| Some((alias, status.parse().ok()?))).collect())
    }
}

//! RSVPs, standing memberships ("join once") and agreement acceptances.
//!
//! Every change that hands out or gives back a seat first locks the meet: on
//! PostgreSQL with `SELECT … FOR UPDATE`, on SQLite by going through its one
//! writer connection. Counting the seats and taking one then happen with no
//! one else in between, so a meet is never overbooked.

use super::meets::{MeetInCircle, meet_columns, meet_from_row};
use super::notices::notify;
use super::{Backend, Store, StoreResult, reading, writing};
use crate::domain::notice::Event;
use crate::domain::rsvp::{self, CancelOutcome, RsvpOutcome, RsvpStatus};

/// Reads what a seat decision needs about a meet, and locks it on PostgreSQL.
const LOCK_MEET_SQLITE: &str = "SELECT m.status, m.starts_at, m.duration_minutes, c.status, c.capacity
                                FROM meets m JOIN circles c ON c.id = m.circle_id WHERE m.id = $1";
const LOCK_MEET_POSTGRES: &str = "SELECT m.status, m.starts_at, m.duration_minutes, c.status, c.capacity
                                  FROM meets m JOIN circles c ON c.id = m.circle_id WHERE m.id = $1 FOR UPDATE OF m";
/// Locks a circle's meets that have not ended, in a fixed order.
const LOCK_FUTURE_SQLITE: &str = "SELECT m.id FROM meets m
                                  WHERE m.circle_id = $1 AND m.status IN ('scheduled', 'live')
                                  AND m.starts_at + m.duration_minutes * 60 > $2 ORDER BY m.id";
const LOCK_FUTURE_POSTGRES: &str = "SELECT m.id FROM meets m
                                    WHERE m.circle_id = $1 AND m.status IN ('scheduled', 'live')
                                    AND m.starts_at + m.duration_minutes * 60 > $2 ORDER BY m.id FOR UPDATE";

const COUNT_GOING: &str = "SELECT COUNT(*) FROM rsvps WHERE meet_id = $1 AND status = 'going'";
const CURRENT: &str = "SELECT status FROM rsvps WHERE meet_id = $1 AND member_id = $2";
const UPSERT: &str = "INSERT INTO rsvps (meet_id, member_id, status, standing, changed_at) VALUES ($1, $2, $3, $4, $5)
                      ON CONFLICT (meet_id, member_id) DO UPDATE
                      SET status = excluded.status, changed_at = excluded.changed_at,
                          standing = excluded.standing OR rsvps.standing";
const SET_STATUS: &str = "UPDATE rsvps SET status = $1, changed_at = $2 WHERE meet_id = $3 AND member_id = $4";
/// Gives a waiting person a seat (they are told by a notice).
const MOVE_UP: &str = "UPDATE rsvps SET status = 'going', changed_at = $1 WHERE meet_id = $2 AND member_id = $3";
const NEXT_WAITING: &str = "SELECT member_id FROM rsvps WHERE meet_id = $1 AND status = 'waitlisted'
                            ORDER BY changed_at, member_id LIMIT 1";

/// Gives free seats of a locked meet to the waitlist, first come first
/// served, telling each person promoted; evaluates to the members promoted.
macro_rules! fill_seats {
    ($tx:expr, $meet:expr, $capacity:expr, $now_ms:expr) => {
        async {
            let mut promoted = Vec::new();
            let mut going: i64 = sqlx::query_scalar(COUNT_GOING).bind($meet).fetch_one(&mut *$tx).await?;
            while going < $capacity {
                let next: Option<i64> = sqlx::query_scalar(NEXT_WAITING).bind($meet).fetch_optional(&mut *$tx).await?;
                let Some(member) = next else { break };
                sqlx::query(MOVE_UP).bind($now_ms).bind($meet).bind(member).execute(&mut *$tx).await?;
                let circle: i64 = sqlx::query_scalar("SELECT circle_id FROM meets WHERE id = $1")
                    .bind($meet)
                    .fetch_one(&mut *$tx)
                    .await?;
                notify!($tx, member, Event::Seat, circle, Some($meet), "", $now_ms / 1000).await?;
                promoted.push(member);
                going += 1;
            }
            Ok::<_, sqlx::Error>(promoted)
        }
    };
}

/// Cancels a member's place at a locked meet and refills the seat; evaluates
/// to what happened.
macro_rules! release_seat {
    ($tx:expr, $meet:expr, $member:expr, $capacity:expr, $now_ms:expr) => {
        async {
            let current: Option<String> =
                sqlx::query_scalar(CURRENT).bind($meet).bind($member).fetch_optional(&mut *$tx).await?;
            let active = current.and_then(|s| s.parse::<RsvpStatus>().ok()).filter(|s| s.is_active());
            let Some(previous) = active else {
                return Ok::<_, sqlx::Error>(CancelOutcome::Unchanged);
            };
            sqlx::query(SET_STATUS)
                .bind(RsvpStatus::Cancelled.as_str())
                .bind($now_ms)
                .bind($meet)
                .bind($member)
                .execute(&mut *$tx)
                .await?;
            let promoted = if previous == RsvpStatus::Going {
                fill_seats!($tx, $meet, $capacity, $now_ms).await?.first().copied()
            } else {
                None
            };
            Ok(CancelOutcome::Cancelled { promoted })
        }
    };
}

/// What seat decisions need to know about a meet.
type LockedMeet = (String, i64, i64, String, i64);

fn open_for_rsvps(locked: &LockedMeet, now: i64) -> bool {
    let (meet_status, starts_at, duration, circle_status, _) = locked;
    let meet = crate::domain::meet::Meet {
        id: 0,
        circle_id: 0,
        series_id: None,
        starts_at: *starts_at,
        duration_minutes: *duration,
        status: meet_status.parse().unwrap_or(crate::domain::meet::MeetStatus::Cancelled),
        moved: false,
        note: String::new(),
        sequence: 0,
    };
    let circle = circle_status.parse().unwrap_or(crate::domain::circle::Status::Archived);
    meet.takes_rsvps(circle, now)
}

/// A meet on a member's own list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyMeet {
    pub meet: MeetInCircle,
    pub status: RsvpStatus,
    /// Held through a standing membership of the circle.
    pub standing: bool,
}

impl Store {
    fn lock_meet_sql(&self) -> &'static str {
        match self.backend() {
            Backend::Sqlite => LOCK_MEET_SQLITE,
            Backend::Postgres => LOCK_MEET_POSTGRES,
        }
    }

    fn lock_future_sql(&self) -> &'static str {
        match self.backend() {
            Backend::Sqlite => LOCK_FUTURE_SQLITE,
            Backend::Postgres => LOCK_FUTURE_POSTGRES,
        }
    }

    /// Says "going" to a meet: a seat if one is free, else a waitlist place.
    /// Saying it again changes nothing.
    pub async fn rsvp(&self, meet_id: i64, member_id: i64, now_ms: i64) -> StoreResult<RsvpOutcome> {
        let lock = self.lock_meet_sql();
        let outcome = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let locked: Option<LockedMeet> = sqlx::query_as(lock).bind(meet_id).fetch_optional(&mut *tx).await?;
                let Some(locked) = locked.filter(|l| open_for_rsvps(l, now_ms / 1000)) else {
                    return Ok::<_, sqlx::Error>(RsvpOutcome::Closed);
                };
                let current: Option<String> =
                    sqlx::query_scalar(CURRENT).bind(meet_id).bind(member_id).fetch_optional(&mut *tx).await?;
                if let Some(status) = current.and_then(|s| s.parse::<RsvpStatus>().ok()).filter(|s| s.is_active()) {
                    return Ok(RsvpOutcome::Unchanged(status));
                }
                let going: i64 = sqlx::query_scalar(COUNT_GOING).bind(meet_id).fetch_one(&mut *tx).await?;
                let placed = rsvp::place(going, locked.4);
                sqlx::query(UPSERT)
                    .bind(meet_id)
                    .bind(member_id)
                    .bind(placed.as_str())
                    .bind(false)
                    .bind(now_ms)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(if placed == RsvpStatus::Going { RsvpOutcome::Going } else { RsvpOutcome::Waitlisted })
            }
            .await
        })?;
        Ok(outcome)
    }

    /// Gives up a seat or waitlist place ("not this time" for standing
    /// members); the first person waiting gets the seat.
    pub async fn cancel_rsvp(&self, meet_id: i64, member_id: i64, now_ms: i64) -> StoreResult<CancelOutcome> {
        let lock = self.lock_meet_sql();
        let outcome = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let locked: Option<LockedMeet> = sqlx::query_as(lock).bind(meet_id).fetch_optional(&mut *tx).await?;
                let Some(locked) = locked else { return Ok::<_, sqlx::Error>(CancelOutcome::Unchanged) };
                let outcome = release_seat!(tx, meet_id, member_id, locked.4, now_ms).await?;
                tx.commit().await?;
                Ok(outcome)
            }
            .await
        })?;
        self.outbox_written();
        Ok(outcome)
    }

    /// A member's answer for a meet, and whether it comes from a standing membership.
    pub async fn rsvp_of(&self, meet_id: i64, member_id: i64) -> StoreResult<Option<(RsvpStatus, bool)>> {
        let row: Option<(String, bool)> = reading!(self, pool => {
            sqlx::query_as("SELECT status, standing FROM rsvps WHERE meet_id = $1 AND member_id = $2")
                .bind(meet_id)
                .bind(member_id)
                .fetch_optional(pool)
                .await
        })?;
        Ok(row.and_then(|(status, standing)| Some((status.parse().ok()?, standing))))
    }

    /// A member's place on a meet's waitlist (1 is next for a seat), in the
    /// order seats are given: `None` when they are not waiting.
    pub async fn waitlist_place(&self, meet_id: i64, member_id: i64) -> StoreResult<Option<i64>> {
        let place: i64 = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM rsvps w
                 JOIN rsvps me ON me.meet_id = w.meet_id AND me.member_id = $2 AND me.status = 'waitlisted'
                 WHERE w.meet_id = $1 AND w.status = 'waitlisted'
                   AND (w.changed_at < me.changed_at OR (w.changed_at = me.changed_at AND w.member_id <= me.member_id))",
            )
            .bind(meet_id)
            .bind(member_id)
            .fetch_one(pool)
            .await
        })?;
        Ok((place > 0).then_some(place))
    }

    /// A member's answers for a circle's meets that have not ended, with
    /// whether each comes from a standing membership.
    pub async fn rsvps_for_circle(
        &self,
        circle_id: i64,
        member_id: i64,
        now: i64,
    ) -> StoreResult<Vec<(i64, RsvpStatus, bool)>> {
        let rows: Vec<(i64, String, bool)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT r.meet_id, r.status, r.standing FROM rsvps r JOIN meets m ON m.id = r.meet_id
                 WHERE m.circle_id = $1 AND r.member_id = $2 AND m.starts_at + m.duration_minutes * 60 > $3",
            )
            .bind(circle_id)
            .bind(member_id)
            .bind(now)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows.into_iter().filter_map(|(id, s, standing)| Some((id, s.parse().ok()?, standing))).collect())
    }

    /// Joins a circle once: a standing RSVP for every meet that has not
    /// ended, and for every meet created later. Returns false if the member
    /// had already joined (nothing changes), or the circle is not active.
    pub async fn join_circle(&self, circle_id: i64, member_id: i64, now_ms: i64) -> StoreResult<bool> {
        let lock = self.lock_future_sql();
        let now = now_ms / 1000;
        let joined = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let circle: Option<(String, i64)> = sqlx::query_as("SELECT status, capacity FROM circles WHERE id = $1")
                    .bind(circle_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some((_, capacity)) = circle.filter(|(s, _)| s == "active") else {
                    return Ok::<_, sqlx::Error>(false);
                };
                let inserted = sqlx::query(
                    "INSERT INTO memberships (circle_id, member_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                )
                .bind(circle_id)
                .bind(member_id)
                .bind(now_ms)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    return Ok(false);
                }
                let meets: Vec<i64> = sqlx::query_scalar(lock).bind(circle_id).bind(now).fetch_all(&mut *tx).await?;
                for meet in meets {
                    let current: Option<String> =
                        sqlx::query_scalar(CURRENT).bind(meet).bind(member_id).fetch_optional(&mut *tx).await?;
                    let status = match current.and_then(|s| s.parse::<RsvpStatus>().ok()).filter(|s| s.is_active()) {
                        Some(kept) => kept,
                        None => {
                            let going: i64 = sqlx::query_scalar(COUNT_GOING).bind(meet).fetch_one(&mut *tx).await?;
                            rsvp::place(going, capacity)
                        }
                    };
                    sqlx::query(UPSERT)
                        .bind(meet)
                        .bind(member_id)
                        .bind(status.as_str())
                        .bind(true)
                        .bind(now_ms)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        Ok(joined)
    }

    /// Leaves a circle: the standing membership ends and every place it
    /// held at meets that have not ended is given up (and refilled).
    pub async fn leave_circle(&self, circle_id: i64, member_id: i64, now_ms: i64) -> StoreResult<bool> {
        let lock = self.lock_future_sql();
        let now = now_ms / 1000;
        let left = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let removed = sqlx::query("DELETE FROM memberships WHERE circle_id = $1 AND member_id = $2")
                    .bind(circle_id)
                    .bind(member_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if removed == 0 {
                    return Ok::<_, sqlx::Error>(false);
                }
                let capacity: i64 = sqlx::query_scalar("SELECT capacity FROM circles WHERE id = $1")
                    .bind(circle_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let meets: Vec<i64> = sqlx::query_scalar(lock).bind(circle_id).bind(now).fetch_all(&mut *tx).await?;
                for meet in meets {
                    let standing: Option<bool> = sqlx::query_scalar(
                        "SELECT standing FROM rsvps WHERE meet_id = $1 AND member_id = $2",
                    )
                    .bind(meet)
                    .bind(member_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if standing == Some(true) {
                        release_seat!(tx, meet, member_id, capacity, now_ms).await?;
                    }
                }
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        self.outbox_written();
        Ok(left)
    }

    /// Gives up every place a member holds at meets that have not ended
    /// (before their account is deleted), refilling each seat.
    pub async fn release_all_places(&self, member_id: i64, now_ms: i64) -> StoreResult<()> {
        let now = now_ms / 1000;
        let meets: Vec<i64> = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT r.meet_id FROM rsvps r JOIN meets m ON m.id = r.meet_id
                 WHERE r.member_id = $1 AND r.status IN ('going', 'waitlisted') AND m.starts_at + m.duration_minutes * 60 > $2",
            )
            .bind(member_id)
            .bind(now)
            .fetch_all(pool)
            .await
        })?;
        for meet in meets {
            self.cancel_rsvp(meet, member_id, now_ms).await?;
        }
        Ok(())
    }

    /// After a circle's capacity grows, gives the new seats at meets that
    /// have not ended to the people waiting.
    pub async fn fill_free_seats(&self, circle_id: i64, now_ms: i64) -> StoreResult<()> {
        let lock = self.lock_future_sql();
        let now = now_ms / 1000;
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let capacity: i64 = sqlx::query_scalar("SELECT capacity FROM circles WHERE id = $1")
                    .bind(circle_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let meets: Vec<i64> = sqlx::query_scalar(lock).bind(circle_id).bind(now).fetch_all(&mut *tx).await?;
                for meet in meets {
                    fill_seats!(tx, meet, capacity, now_ms).await?;
                }
                tx.commit().await
            }
            .await
        })?;
        self.outbox_written();
        Ok(())
    }

    /// Whether a member has joined a circle.
    pub async fn is_member_of(&self, circle_id: i64, member_id: i64) -> StoreResult<bool> {
        let n: i64 = reading!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE circle_id = $1 AND member_id = $2")
                .bind(circle_id)
                .bind(member_id)
                .fetch_one(pool)
                .await
        })?;
        Ok(n > 0)
    }

    /// Whether a member has said they are coming to any meet of a circle
    /// that has not ended, or has joined it (they may see its address).
    pub async fn is_expected_at(&self, circle_id: i64, member_id: i64, now: i64) -> StoreResult<bool> {
        let n: i64 = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM memberships WHERE circle_id = $1 AND member_id = $2)
                      + (SELECT COUNT(*) FROM rsvps r JOIN meets m ON m.id = r.meet_id
                         WHERE m.circle_id = $1 AND r.member_id = $2 AND r.status IN ('going', 'waitlisted')
                         AND m.starts_at + m.duration_minutes * 60 > $3)",
            )
            .bind(circle_id)
            .bind(member_id)
            .bind(now)
            .fetch_one(pool)
            .await
        })?;
        Ok(n > 0)
    }

    /// The meets a member said they would come to (or holds a waitlist
    /// place for) that have not ended, soonest first, cancelled ones included.
    pub async fn my_meets(&self, member_id: i64, now: i64) -> StoreResult<Vec<MyMeet>> {
        const SQL: &str = concat!(
            "SELECT ", meet_columns!(), ", c.slug, c.name, c.time_zone, r.status, r.standing
             FROM rsvps r JOIN meets m ON m.id = r.meet_id JOIN circles c ON c.id = m.circle_id
             WHERE r.member_id = $1 AND r.status IN ('going', 'waitlisted') AND m.starts_at + m.duration_minutes * 60 > $2
             ORDER BY m.starts_at, m.id LIMIT 200"
        );
        let meets = reading!(self, pool => {
            use sqlx::Row;
            let rows = sqlx::query(SQL).bind(member_id).bind(now).fetch_all(pool).await?;
            rows.iter()
                .map(|row| {
                    let status: String = row.try_get(12)?;
                    Ok(MyMeet {
                        meet: MeetInCircle {
                            meet: meet_from_row(row)?,
                            circle_slug: row.try_get(9)?,
                            circle_name: row.try_get(10)?,
                            time_zone: row.try_get(11)?,
                        },
                        status: status.parse().unwrap_or(RsvpStatus::Going),
                        standing: row.try_get(13)?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(meets)
    }

    /// The slugs of the circles a member has joined.
    pub async fn memberships_of(&self, member_id: i64) -> StoreResult<Vec<(String, String)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as(
                "SELECT c.slug, c.name FROM memberships s JOIN circles c ON c.id = s.circle_id
                 WHERE s.member_id = $1 ORDER BY c.name",
            )
            .bind(member_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// The agreement versions a member last accepted for a circle.
    pub async fn accepted_agreements(&self, member_id: i64, circle_id: i64) -> StoreResult<Option<(i64, i64)>> {
        let row = reading!(self, pool => {
            sqlx::query_as(
                "SELECT org_version, circle_version FROM agreement_acceptances WHERE member_id = $1 AND circle_id = $2",
            )
            .bind(member_id)
            .bind(circle_id)
            .fetch_optional(pool)
            .await
        })?;
        Ok(row)
    }

    /// Records that a member accepted these versions of a circle's agreements.
    pub async fn accept_agreements(
        &self,
        member_id: i64,
        circle_id: i64,
        versions: (i64, i64),
        now: i64,
    ) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query(
                "INSERT INTO agreement_acceptances (member_id, circle_id, org_version, circle_version, accepted_at)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (member_id, circle_id) DO UPDATE
                 SET org_version = excluded.org_version, circle_version = excluded.circle_version,
                     accepted_at = excluded.accepted_at",
            )
            .bind(member_id)
            .bind(circle_id)
            .bind(versions.0)
            .bind(versions.1)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }
}

//! What live rooms leave behind: removals (without any message text) and
//! the end of a meet with how many people came.

use super::{Store, StoreResult, reading, writing};

/// Who a removal (or a safety record) was about: a member, or a guest by pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    Member(i64),
    Guest(String),
}

impl Removed {
    /// From a room key: `m:<member id>` or `g:<pass id>`.
    pub fn from_key(key: &str) -> Removed {
        match key.strip_prefix("m:").and_then(|id| id.parse().ok()) {
            Some(id) => Removed::Member(id),
            None => Removed::Guest(key.to_string()),
        }
    }

    /// The `member_id` and `guest_key` columns.
    pub(super) fn columns(&self) -> (Option<i64>, Option<String>) {
        match self {
            Removed::Member(id) => (Some(*id), None),
            Removed::Guest(key) => (None, Some(key.clone())),
        }
    }
}

/// What decides whether a member may enter a meet's room, read in one query
/// (entering is on the path of every room connection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoomDoor {
    /// They facilitate the meet's circle.
    pub facilitates: bool,
    /// They hold a seat (`going`) at the meet.
    pub seat: bool,
    /// They were removed from the meet.
    pub removed: bool,
    /// The circle's agreements version now.
    pub circle_agreements: i64,
    /// The (organisation, circle) agreement versions they last accepted.
    pub accepted: Option<(i64, i64)>,
}

impl Store {
    /// Whether a member facilitates the meet's circle, holds a seat, or was
    /// removed, and which of its agreements they accepted.
    pub async fn room_door(&self, meet_id: i64, member_id: i64) -> StoreResult<RoomDoor> {
        type Row = (bool, bool, bool, i64, Option<i64>, Option<i64>);
        let (facilitates, seat, removed, circle_agreements, org_accepted, circle_accepted): Row = reading!(self, pool => {
            sqlx::query_as(
                "SELECT
                   EXISTS (SELECT 1 FROM circle_facilitators f JOIN meets m ON m.circle_id = f.circle_id
                           WHERE m.id = $1 AND f.member_id = $2),
                   EXISTS (SELECT 1 FROM rsvps WHERE meet_id = $1 AND member_id = $2 AND status = 'going'),
                   EXISTS (SELECT 1 FROM removals WHERE meet_id = $1 AND member_id = $2),
                   c.agreements_version, a.org_version, a.circle_version
                 FROM meets m JOIN circles c ON c.id = m.circle_id
                 LEFT JOIN agreement_acceptances a ON a.circle_id = c.id AND a.member_id = $2
                 WHERE m.id = $1",
            )
            .bind(meet_id)
            .bind(member_id)
            .fetch_one(pool)
            .await
        })?;
        let accepted = org_accepted.zip(circle_accepted);
        Ok(RoomDoor { facilitates, seat, removed, circle_agreements, accepted })
    }

    /// Records that someone was removed from a meet, and opens a case for
    /// coordinators to review.
    pub async fn record_removal(
        &self,
        meet_id: i64,
        who: &Removed,
        alias: &str,
        reason: &str,
        by: &str,
        at: i64,
    ) -> StoreResult<()> {
        let (member, guest) = who.columns();
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO removals (meet_id, member_id, guest_key, alias, reason, removed_by, at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(meet_id)
                .bind(member)
                .bind(&guest)
                .bind(alias)
                .bind(reason)
                .bind(by)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO moderation_cases
                       (source, circle_id, meet_id, subject_id, subject_alias, about_guest, by_alias, reason, words, at)
                     SELECT 'removal', circle_id, id, $2, $3, $4, $5, 'removal', $6, $7 FROM meets WHERE id = $1",
                )
                .bind(meet_id)
                .bind(member)
                .bind(alias)
                .bind(guest.is_some())
                .bind(by)
                .bind(reason)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// The guests removed from a meet: their keys and aliases. A guest is
    /// kept out by either (a new pass under a look-alike alias is the same person).
    pub async fn removed_guests(&self, meet_id: i64) -> StoreResult<Vec<(String, String)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as("SELECT guest_key, alias FROM removals WHERE meet_id = $1 AND guest_key IS NOT NULL")
                .bind(meet_id)
                .fetch_all(pool)
                .await
        })?;
        Ok(rows)
    }

    /// The aliases a guest may not resemble at a meet (besides everyone in
    /// its room): the circle's facilitators, every coordinator, everyone
    /// holding a seat, and guests removed from it.
    pub async fn aliases_guests_may_not_use(&self, meet_id: i64) -> StoreResult<Vec<String>> {
        let aliases = reading!(self, pool => {
            sqlx::query_scalar(
                "SELECT alias FROM members
                 WHERE is_coordinator
                    OR id IN (SELECT f.member_id FROM circle_facilitators f JOIN meets m ON m.circle_id = f.circle_id
                              WHERE m.id = $1)
                    OR id IN (SELECT member_id FROM rsvps WHERE meet_id = $1 AND status = 'going')
                 UNION ALL
                 SELECT alias FROM removals WHERE meet_id = $1 AND guest_key IS NOT NULL",
            )
            .bind(meet_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(aliases)
    }

    /// Marks a meet ended and stores who came: their number on the meet,
    /// and a row each (a member, or a guest's pass) for feedback and the
    /// impact report. Never anything they said.
    pub async fn end_meet(&self, meet_id: i64, attended: &[String]) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let ended = sqlx::query(
                    "UPDATE meets SET status = 'ended', attended = $1 WHERE id = $2 AND status NOT IN ('cancelled', 'ended')",
                )
                .bind(attended.len() as i64)
                .bind(meet_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if ended > 0 {
                    for key in attended {
                        let (member, guest) = Removed::from_key(key).columns();
                        sqlx::query("INSERT INTO attendance (meet_id, member_id, guest_key) VALUES ($1, $2, $3)")
                            .bind(meet_id)
                            .bind(member)
                            .bind(guest)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }
}

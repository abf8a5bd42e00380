//! Notices, people's choices of how to hear them, and the outbox of emails.
//!
//! A notice is written inside the transaction of the change that causes it
//! (`notify!`), with its outbox row when the person chose email: either both
//! the change and its notice are stored, or neither.
//!
//! The outbox is claimed with a lease: on PostgreSQL with `FOR UPDATE SKIP
//! LOCKED`, so instances never claim the same row; on SQLite through its
//! one writer. A row is finished only after the SMTP server accepted the
//! email, so a sender killed mid-send leaves it to be sent again once the
//! lease ends: at most one duplicate, never a loss.

use super::{Backend, Store, StoreResult, reading, writing};
use crate::domain::circle::Format;
use crate::domain::notice::{self, Channel, Event, Kind};

/// Writes one notice (unless the person turned its kind off) and, when they
/// chose email and have an address, its outbox row. Evaluates to whether a
/// notice was written.
macro_rules! notify {
    ($tx:expr, $member:expr, $event:expr, $circle:expr, $meet:expr, $note:expr, $now:expr) => {
        async {
            let event: $crate::domain::notice::Event = $event;
            let kind = event.kind().as_str();
            let id: Option<i64> = sqlx::query_scalar($crate::store::notices::INSERT_NOTICE)
                .bind($member)
                .bind(kind)
                .bind(event.as_str())
                .bind($circle)
                .bind($meet)
                .bind($note)
                .bind($now)
                .fetch_optional(&mut *$tx)
                .await?;
            if let Some(id) = id {
                sqlx::query($crate::store::notices::INSERT_OUTBOX)
                    .bind(id)
                    .bind($now)
                    .bind($member)
                    .bind(kind)
                    .execute(&mut *$tx)
                    .await?;
            }
            Ok::<bool, sqlx::Error>(id.is_some())
        }
    };
}
pub(crate) use notify;

/// `$1` member, `$2` kind, `$3` event, `$4` circle, `$5` meet (or NULL),
/// `$6` note, `$7` now. Reminders are unique per person, meet and start,
/// so writing one twice does nothing.
pub(crate) const INSERT_NOTICE: &str =
    "INSERT INTO notices (member_id, kind, event, circle_id, meet_id, meet_starts_at, note, created_at)
     SELECT $1, $2, $3, $4, $5, (SELECT starts_at FROM meets WHERE id = $5), $6, $7
     WHERE COALESCE((SELECT channel FROM notice_preferences WHERE member_id = $1 AND kind = $2), 'app') <> 'off'
     ON CONFLICT DO NOTHING
     RETURNING id";
/// `$1` notice, `$2` now, `$3` member, `$4` kind.
pub(crate) const INSERT_OUTBOX: &str = "INSERT INTO outbox (notice_id, next_attempt_at)
     SELECT $1, $2 FROM members m
     WHERE m.id = $3 AND m.email IS NOT NULL AND m.email <> ''
       AND (SELECT channel FROM notice_preferences WHERE member_id = $3 AND kind = $4) = 'email'";

/// Everyone expecting to come to a meet: a seat or a waitlist place.
pub(crate) const MEET_AUDIENCE: &str =
    "SELECT member_id FROM rsvps WHERE meet_id = $1 AND status IN ('going', 'waitlisted') ORDER BY member_id";
/// Everyone tied to a circle: its members, and people expecting to come to
/// a meet of it that has not ended (`$2` now).
pub(crate) const CIRCLE_AUDIENCE: &str = "SELECT member_id FROM memberships WHERE circle_id = $1
     UNION
     SELECT r.member_id FROM rsvps r JOIN meets m ON m.id = r.meet_id
     WHERE m.circle_id = $1 AND r.status IN ('going', 'waitlisted') AND m.starts_at + m.duration_minutes * 60 > $2";

const CLAIM_SQLITE: &str = "UPDATE outbox SET leased_until = $1, attempts = attempts + 1
     WHERE notice_id IN (SELECT notice_id FROM outbox
                         WHERE finished_at IS NULL AND next_attempt_at <= $2 AND COALESCE(leased_until, 0) <= $2
                         ORDER BY next_attempt_at, notice_id LIMIT $3)
     RETURNING notice_id, attempts";
const CLAIM_POSTGRES: &str = "UPDATE outbox SET leased_until = $1, attempts = attempts + 1
     WHERE notice_id IN (SELECT notice_id FROM outbox
                         WHERE finished_at IS NULL AND next_attempt_at <= $2 AND COALESCE(leased_until, 0) <= $2
                         ORDER BY next_attempt_at, notice_id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING notice_id, attempts";

/// A notice as "My meets" lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredNotice {
    pub id: i64,
    pub event: Event,
    pub circle_slug: String,
    pub circle_name: String,
    pub circle_zone: String,
    pub meet_id: Option<i64>,
    pub meet_starts_at: Option<i64>,
    pub note: String,
    pub created_at: i64,
    pub unread: bool,
}

/// Everything needed to write one notice's email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailJob {
    pub notice: StoredNotice,
    pub member_id: i64,
    pub email: Option<String>,
    pub language: String,
    pub time_zone: Option<String>,
    /// Still wants this kind by email (they may have changed their mind since).
    pub wants_email: bool,
    pub names_circle: bool,
    pub format: Format,
    pub address: String,
}

/// A claimed outbox row: its notice and how many attempts (this one included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claimed {
    pub notice_id: i64,
    pub attempts: i64,
}

macro_rules! notice_columns {
    () => {
        "n.id, n.event, c.slug, c.name, c.time_zone, n.meet_id, n.meet_starts_at, n.note, n.created_at, n.read_at IS NULL"
    };
}

type NoticeRow = (i64, String, String, String, String, Option<i64>, Option<i64>, String, i64, bool);

fn notice_from(row: NoticeRow) -> Option<StoredNotice> {
    let (id, event, circle_slug, circle_name, circle_zone, meet_id, meet_starts_at, note, created_at, unread) = row;
    Some(StoredNotice {
        id,
        event: event.parse().ok()?,
        circle_slug,
        circle_name,
        circle_zone,
        meet_id,
        meet_starts_at,
        note,
        created_at,
        unread,
    })
}

impl Store {
    /// A person's latest notices, newest first.
    pub async fn notices_of(&self, member_id: i64, limit: i64) -> StoreResult<Vec<StoredNotice>> {
        const SQL: &str = concat!(
            "SELECT ",
            notice_columns!(),
            " FROM notices n JOIN circles c ON c.id = n.circle_id WHERE n.member_id = $1 ORDER BY n.id DESC LIMIT $2"
        );
        let rows: Vec<NoticeRow> = reading!(self, pool => {
            sqlx::query_as(SQL).bind(member_id).bind(limit).fetch_all(pool).await
        })?;
        Ok(rows.into_iter().filter_map(notice_from).collect())
    }

    /// How many notices a person has not seen yet (for the page header).
    pub async fn unread_notices(&self, member_id: i64) -> StoreResult<i64> {
        let n = reading!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM notices WHERE member_id = $1 AND read_at IS NULL")
                .bind(member_id)
                .fetch_one(pool)
                .await
        })?;
        Ok(n)
    }

    /// Marks a person's notices up to `up_to` as seen (only those: a notice
    /// written since is still news).
    pub async fn mark_notices_read(&self, member_id: i64, up_to: i64, now: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE notices SET read_at = $1 WHERE member_id = $2 AND id <= $3 AND read_at IS NULL")
                .bind(now)
                .bind(member_id)
                .bind(up_to)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// How a person hears of each kind (every kind, defaults filled in), and
    /// whether email subjects may name the circle.
    pub async fn notice_preferences(&self, member_id: i64) -> StoreResult<(Vec<(Kind, Channel)>, bool)> {
        let rows: Vec<(String, String)> = reading!(self, pool => {
            sqlx::query_as("SELECT kind, channel FROM notice_preferences WHERE member_id = $1")
                .bind(member_id)
                .fetch_all(pool)
                .await
        })?;
        let names: Option<bool> = reading!(self, pool => {
            sqlx::query_scalar("SELECT email_names_circle FROM members WHERE id = $1")
                .bind(member_id)
                .fetch_optional(pool)
                .await
        })?;
        let chosen = |kind: Kind| {
            rows.iter().find(|(k, _)| k == kind.as_str()).and_then(|(_, c)| c.parse().ok()).unwrap_or(Channel::App)
        };
        Ok((Kind::ALL.into_iter().map(|k| (k, chosen(k))).collect(), names.unwrap_or(false)))
    }

    /// Saves how a person hears of some kinds; `names_circle` when given.
    pub async fn set_notice_preferences(
        &self,
        member_id: i64,
        choices: &[(Kind, Channel)],
        names_circle: Option<bool>,
    ) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                for (kind, channel) in choices {
                    sqlx::query(
                        "INSERT INTO notice_preferences (member_id, kind, channel) VALUES ($1, $2, $3)
                         ON CONFLICT (member_id, kind) DO UPDATE SET channel = excluded.channel",
                    )
                    .bind(member_id)
                    .bind(kind.as_str())
                    .bind(channel.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(names) = names_circle {
                    sqlx::query("UPDATE members SET email_names_circle = $1 WHERE id = $2")
                        .bind(names)
                        .bind(member_id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// A circle's facilitator or coordinator speaks to everyone tied to it;
    /// returns how many people were told.
    pub async fn announce(&self, circle_id: i64, note: &str, now: i64) -> StoreResult<usize> {
        let told = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let members: Vec<i64> =
                    sqlx::query_scalar(CIRCLE_AUDIENCE).bind(circle_id).bind(now).fetch_all(&mut *tx).await?;
                let mut told = 0;
                for member in members {
                    if notify!(tx, member, Event::Announcement, circle_id, None::<i64>, note, now).await? {
                        told += 1;
                    }
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(told)
            }
            .await
        })?;
        self.outbox_written();
        Ok(told)
    }

    /// Writes the reminders now due (a day and an hour before each meet
    /// someone has a seat at); each at most once per person, meet and start.
    /// Returns how many were written.
    pub async fn write_due_reminders(&self, now: i64) -> StoreResult<usize> {
        let mut written = 0;
        for event in [Event::HourBefore, Event::DayBefore] {
            let (from, to) = match event {
                Event::HourBefore => (now, now + notice::HOUR_BEFORE_SECS),
                _ => (now + notice::HOUR_BEFORE_SECS, now + notice::DAY_BEFORE_SECS),
            };
            // Someone whose hour's reminder is written needs no day's reminder any more.
            let due: Vec<(i64, i64, i64)> = reading!(self, pool => {
                sqlx::query_as(
                    "SELECT r.member_id, m.id, m.circle_id FROM rsvps r
                     JOIN meets m ON m.id = r.meet_id JOIN circles c ON c.id = m.circle_id
                     WHERE r.status = 'going' AND m.status = 'scheduled' AND c.status = 'active'
                       AND m.starts_at > $1 AND m.starts_at <= $2
                       AND COALESCE((SELECT channel FROM notice_preferences p
                                     WHERE p.member_id = r.member_id AND p.kind = 'reminder'), 'app') <> 'off'
                       AND NOT EXISTS (SELECT 1 FROM notices n
                                       WHERE n.kind = 'reminder' AND n.member_id = r.member_id AND n.meet_id = m.id
                                         AND n.meet_starts_at = m.starts_at AND n.event IN ($3, 'hour-before'))
                     ORDER BY m.starts_at LIMIT 500",
                )
                .bind(from)
                .bind(to)
                .bind(event.as_str())
                .fetch_all(pool)
                .await
            })?;
            for (member, meet, circle) in due {
                let wrote = writing!(self, pool => {
                    async {
                        let mut tx = pool.begin().await?;
                        let wrote = notify!(tx, member, event, circle, Some(meet), "", now).await?;
                        tx.commit().await?;
                        Ok::<_, sqlx::Error>(wrote)
                    }
                    .await
                })?;
                written += usize::from(wrote);
            }
        }
        if written > 0 {
            self.outbox_written();
        }
        Ok(written)
    }

    /// Claims up to `limit` emails due at `now` for [`notice::LEASE_SECS`].
    pub async fn claim_outbox(&self, now: i64, limit: i64) -> StoreResult<Vec<Claimed>> {
        let sql = match self.backend() {
            Backend::Sqlite => CLAIM_SQLITE,
            Backend::Postgres => CLAIM_POSTGRES,
        };
        let rows: Vec<(i64, i64)> = writing!(self, pool => {
            sqlx::query_as(sql).bind(now + notice::LEASE_SECS).bind(now).bind(limit).fetch_all(pool).await
        })?;
        Ok(rows.into_iter().map(|(notice_id, attempts)| Claimed { notice_id, attempts }).collect())
    }

    /// What a claimed email needs: the notice, the person's address,
    /// language, zone and choices, and the circle's format and address.
    pub async fn mail_job(&self, notice_id: i64) -> StoreResult<Option<MailJob>> {
        const SQL: &str = concat!(
            "SELECT ",
            notice_columns!(),
            ", p.id, p.email, p.language, p.time_zone, p.email_names_circle,
               COALESCE((SELECT channel FROM notice_preferences f WHERE f.member_id = p.id AND f.kind = n.kind), 'app'),
               c.format, c.address
             FROM notices n JOIN circles c ON c.id = n.circle_id JOIN members p ON p.id = n.member_id
             WHERE n.id = $1"
        );
        let row = reading!(self, pool => {
            use sqlx::Row;
            let row = sqlx::query(SQL).bind(notice_id).fetch_optional(pool).await?;
            row.map(|r| {
                let notice: NoticeRow = (
                    r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?, r.try_get(4)?,
                    r.try_get(5)?, r.try_get(6)?, r.try_get(7)?, r.try_get(8)?, r.try_get(9)?,
                );
                let channel: String = r.try_get(15)?;
                let format: String = r.try_get(16)?;
                let job = MailJob {
                    notice: match notice_from(notice) {
                        Some(notice) => notice,
                        None => return Ok(None),
                    },
                    member_id: r.try_get(10)?,
                    email: r.try_get(11)?,
                    language: r.try_get(12)?,
                    time_zone: r.try_get(13)?,
                    names_circle: r.try_get(14)?,
                    wants_email: channel == Channel::Email.as_str(),
                    format: format.parse().unwrap_or(Format::Online),
                    address: r.try_get(17)?,
                };
                Ok::<_, sqlx::Error>(Some(job))
            })
            .transpose()
        })?;
        Ok(row.flatten())
    }

    /// Lets go of every lease. Only for SQLite, where one instance runs at a
    /// time: a lease held at start-up belongs to a process that died.
    pub async fn release_outbox_leases(&self) -> StoreResult<()> {
        if self.backend() == Backend::Sqlite {
            writing!(self, pool => {
                sqlx::query("UPDATE outbox SET leased_until = NULL WHERE finished_at IS NULL AND leased_until IS NOT NULL")
                    .execute(pool)
                    .await
                    .map(|_| ())
            })?;
        }
        Ok(())
    }

    /// An email is done with: accepted by the SMTP server (`sent`), or no
    /// longer to be sent.
    pub async fn finish_outbox(&self, notice_id: i64, sent: bool, now: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE outbox SET finished_at = $1, sent = $2, leased_until = NULL WHERE notice_id = $3")
                .bind(now)
                .bind(sent)
                .bind(notice_id)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// An email failed: it is tried again at `next_attempt_at`.
    pub async fn retry_outbox(&self, notice_id: i64, next_attempt_at: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE outbox SET next_attempt_at = $1, leased_until = NULL WHERE notice_id = $2")
                .bind(next_attempt_at)
                .bind(notice_id)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Forgets notices written before `before` (with their emails): news
    /// that old helps no one, and keeping less is safer.
    pub async fn forget_old_notices(&self, before: i64) -> StoreResult<u64> {
        let n = writing!(self, pool => {
            sqlx::query("DELETE FROM notices WHERE created_at < $1")
                .bind(before)
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n)
    }

    /// Wakes this instance's sender after something was put in the outbox;
    /// other instances find it when they next look.
    pub(crate) fn outbox_written(&self) {
        self.outbox.notify_one();
    }

    /// Resolves when this instance wrote to the outbox since the last call.
    pub async fn outbox_nudged(&self) {
        self.outbox.notified().await;
    }
}

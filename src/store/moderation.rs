//! Moderation cases: reports made outside a live room and removals from
//! one, what a coordinator decided, the person's one appeal and its answer.
//! Each decision writes its audit line and its notices in the same
//! transaction. The words are blanked after the organisation's period.

use sqlx::{ColumnIndex, Decode, Row, Type};

use super::notices::notify;
use super::{Store, StoreResult, reading, writing};
use crate::domain::audit::{Actor, AuditAction};
use crate::domain::moderation::{Action, Decision, Hold, Reason, appeal_reviewer};
use crate::domain::notice::Event;
use crate::domain::safety::retention;

/// A report as the store keeps it.
#[derive(Debug, Clone)]
pub struct NewReport {
    pub circle_id: i64,
    pub meet_id: Option<i64>,
    /// The member reported, with their alias; none for the circle itself.
    pub subject: Option<(i64, String)>,
    pub reporter: (i64, String),
    pub reason: Reason,
    pub words: Option<String>,
}

/// One case as the review page and the person's account page show it.
#[derive(Debug, Clone)]
pub struct Case {
    pub id: i64,
    pub removal: bool,
    pub circle_id: i64,
    pub circle_name: String,
    pub circle_slug: String,
    pub meet_id: Option<i64>,
    pub subject_id: Option<i64>,
    /// Empty for a report about the circle itself.
    pub subject_alias: String,
    pub about_guest: bool,
    pub reporter_id: Option<i64>,
    /// The reporter or the removing facilitator (coordinators only).
    pub by_alias: String,
    /// `None` for a removal (its reason is in `words`).
    pub reason: Option<Reason>,
    /// None once past the organisation's period.
    pub words: Option<String>,
    pub at: i64,
    pub status: String,
    pub decided_by: Option<i64>,
    pub decided_by_alias: String,
    pub decided_at: Option<i64>,
    pub decision_words: Option<String>,
    pub suspended_until: Option<i64>,
    pub suspended_everywhere: bool,
    pub appealed_at: Option<i64>,
    pub appeal_words: Option<String>,
    pub appeal_reviewer: Option<i64>,
    pub appeal_reviewer_alias: String,
    pub same_reviewer: bool,
    pub appeal_outcome: Option<String>,
    pub appeal_reply: Option<String>,
}

impl Case {
    pub fn open(&self) -> bool {
        self.status == "open"
    }

    /// An appeal made and not yet answered.
    pub fn appeal_waiting(&self) -> bool {
        self.appealed_at.is_some() && self.appeal_outcome.is_none()
    }

    /// Whether the person it is about may still appeal: once, against a
    /// decision that touched them.
    pub fn may_appeal(&self) -> bool {
        !self.open() && self.status != "dismissed" && self.appealed_at.is_none()
    }
}

const CASE_COLUMNS: &str = "k.id, k.source, k.circle_id, c.name, c.slug, k.meet_id, k.subject_id, k.subject_alias, \
     k.about_guest, k.reporter_id, k.by_alias, k.reason, k.words, k.at, k.status, k.decided_by, k.decided_by_alias, \
     k.decided_at, k.decision_words, k.suspended_until, k.suspended_everywhere, k.appealed_at, k.appeal_words, \
     k.appeal_reviewer, COALESCE(r.alias, ''), k.same_reviewer, k.appeal_outcome, k.appeal_reply \
     FROM moderation_cases k JOIN circles c ON c.id = k.circle_id LEFT JOIN members r ON r.id = k.appeal_reviewer";

fn case_row<'r, R>(row: &'r R) -> Result<Case, sqlx::Error>
where
    R: Row,
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    Option<i64>: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
    Option<String>: Decode<'r, R::Database> + Type<R::Database>,
    bool: Decode<'r, R::Database> + Type<R::Database>,
{
    let source: String = row.try_get(1)?;
    let reason: String = row.try_get(11)?;
    Ok(Case {
        id: row.try_get(0)?,
        removal: source == "removal",
        circle_id: row.try_get(2)?,
        circle_name: row.try_get(3)?,
        circle_slug: row.try_get(4)?,
        meet_id: row.try_get(5)?,
        subject_id: row.try_get(6)?,
        subject_alias: row.try_get(7)?,
        about_guest: row.try_get(8)?,
        reporter_id: row.try_get(9)?,
        by_alias: row.try_get(10)?,
        reason: Reason::parse(&reason),
        words: row.try_get(12)?,
        at: row.try_get(13)?,
        status: row.try_get(14)?,
        decided_by: row.try_get(15)?,
        decided_by_alias: row.try_get(16)?,
        decided_at: row.try_get(17)?,
        decision_words: row.try_get(18)?,
        suspended_until: row.try_get(19)?,
        suspended_everywhere: row.try_get(20)?,
        appealed_at: row.try_get(21)?,
        appeal_words: row.try_get(22)?,
        appeal_reviewer: row.try_get(23)?,
        appeal_reviewer_alias: row.try_get(24)?,
        same_reviewer: row.try_get(25)?,
        appeal_outcome: row.try_get(26)?,
        appeal_reply: row.try_get(27)?,
    })
}

/// How an appeal went in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appealed {
    /// To a coordinator other than the one who decided.
    ToAnother,
    /// To the one who decided, the only coordinator there is.
    ToTheSame,
    /// Not theirs to appeal, or appealed already.
    Refused,
}

/// Turns one executor-bound query's rows into cases.
macro_rules! cases {
    ($pool:expr, $sql:expr $(, $bind:expr)*) => {{
        let rows = sqlx::query(sqlx::AssertSqlSafe($sql))$(.bind($bind))*.fetch_all($pool).await?;
        rows.iter().map(case_row).collect::<Result<Vec<_>, sqlx::Error>>()
    }};
}

impl Store {
    /// Stores a report made outside a live room.
    pub async fn report(&self, report: &NewReport, now: i64) -> StoreResult<i64> {
        let (subject_id, subject_alias) = report.subject.clone().unzip();
        let id = writing!(self, pool => {
            sqlx::query_scalar(
                "INSERT INTO moderation_cases
                   (source, circle_id, meet_id, subject_id, subject_alias, reporter_id, by_alias, reason, words, at)
                 VALUES ('report', $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(report.circle_id)
            .bind(report.meet_id)
            .bind(subject_id)
            .bind(subject_alias.unwrap_or_default())
            .bind(report.reporter.0)
            .bind(&report.reporter.1)
            .bind(report.reason.as_str())
            // Empty, not NULL, when none were given: NULL means deleted after the period.
            .bind(report.words.clone().unwrap_or_default())
            .bind(now)
            .fetch_one(pool)
            .await
        })?;
        Ok(id)
    }

    /// Every case waiting (open, or appealed and not answered), and the
    /// latest `limit` others, for the review page (sorted there).
    pub async fn moderation_cases(&self, limit: i64) -> StoreResult<Vec<Case>> {
        const WAITING: &str = "(k.status = 'open' OR (k.appealed_at IS NOT NULL AND k.appeal_outcome IS NULL))";
        let waiting = format!("SELECT {CASE_COLUMNS} WHERE {WAITING}");
        let decided = format!("SELECT {CASE_COLUMNS} WHERE NOT {WAITING} ORDER BY k.id DESC LIMIT $1");
        let mut rows = reading!(self, pool => cases!(pool, waiting.as_str()))?;
        rows.extend(reading!(self, pool => cases!(pool, decided.as_str(), limit))?);
        Ok(rows)
    }

    /// One case.
    pub async fn moderation_case(&self, id: i64) -> StoreResult<Option<Case>> {
        let sql = format!("SELECT {CASE_COLUMNS} WHERE k.id = $1");
        let rows = reading!(self, pool => cases!(pool, sql.as_str(), id))?;
        Ok(rows.into_iter().next())
    }

    /// The decisions about a member that touched them (for their account page), newest first.
    pub async fn decisions_about(&self, member_id: i64) -> StoreResult<Vec<Case>> {
        let sql = format!(
            "SELECT {CASE_COLUMNS} WHERE k.subject_id = $1 AND k.status NOT IN ('open', 'dismissed') ORDER BY k.id DESC"
        );
        let rows = reading!(self, pool => cases!(pool, sql.as_str(), member_id))?;
        Ok(rows)
    }

    /// What keeps a member out of a circle now, if anything: the hold that
    /// lasts longest.
    pub async fn hold_on(&self, member_id: i64, circle_id: i64, now: i64) -> StoreResult<Option<Hold>> {
        let rows: Vec<(i64, i64, bool, String)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT circle_id, suspended_until, suspended_everywhere, status FROM moderation_cases
                 WHERE subject_id = $1 AND status IN ('suspended', 'closed') AND suspended_until > $2
                   AND (suspended_everywhere OR circle_id = $3)",
            )
            .bind(member_id)
            .bind(now)
            .bind(circle_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(circle, until, everywhere, status)| Hold {
                circle_id: (!everywhere).then_some(circle),
                until,
                closed: status == "closed",
            })
            .filter(|hold| hold.covers(circle_id, now))
            .max_by_key(|hold| hold.until))
    }

    /// The same, for the circle a meet belongs to.
    pub async fn hold_on_meet(&self, member_id: i64, meet_id: i64, now: i64) -> StoreResult<Option<(i64, Hold)>> {
        let circle: Option<i64> = reading!(self, pool => {
            sqlx::query_scalar("SELECT circle_id FROM meets WHERE id = $1").bind(meet_id).fetch_optional(pool).await
        })?;
        let Some(circle) = circle else { return Ok(None) };
        Ok(self.hold_on(member_id, circle, now).await?.map(|hold| (circle, hold)))
    }

    /// Decides an open case once: records it, the audit line, and tells the
    /// person (unless dismissed) and the reporter. Returns false when the
    /// case was already decided.
    pub async fn decide_case(&self, case: &Case, by: &Actor, decision: &Decision, now: i64) -> StoreResult<bool> {
        let Actor::Member { id: by_id, alias: by_alias } = by else { return Ok(false) };
        let action = decision.action;
        let audit = match action {
            Action::Dismiss => AuditAction::ModerationDismissed,
            Action::Warn => AuditAction::ModerationWarned,
            Action::Suspend { .. } => AuditAction::ModerationSuspended,
            Action::Close => AuditAction::AccountClosed,
        };
        let detail = match action {
            Action::Suspend { days, everywhere } => {
                format!("{} · {days} · {}", case.circle_name, if everywhere { "everywhere" } else { "circle" })
            }
            _ => case.circle_name.clone(),
        };
        let subject = case.subject_id.map(|id| (id, case.subject_alias.as_str()));
        let decided = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let changed = sqlx::query(
                    "UPDATE moderation_cases SET status = $1, decided_by = $2, decided_by_alias = $3, decided_at = $4,
                       decision_words = $5, suspended_until = $6, suspended_everywhere = $7
                     WHERE id = $8 AND status = 'open'",
                )
                .bind(action.status())
                .bind(by_id)
                .bind(by_alias)
                .bind(now)
                .bind(&decision.words)
                .bind(action.kept_out_until(now))
                .bind(action.everywhere())
                .bind(case.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    return Ok::<bool, sqlx::Error>(false);
                }
                let audit_subject = subject.filter(|_| audit.has_subject());
                super::audit::insert(&mut *tx, now, by, audit, audit_subject, &detail).await?;
                if let (Some(member), true) = (case.subject_id, action.tells_the_person()) {
                    notify!(tx, member, Event::Decision, case.circle_id, None::<i64>, "", now).await?;
                }
                if let Some(reporter) = case.reporter_id {
                    let event = if action == Action::Dismiss { Event::ReportReviewed } else { Event::ReportActedOn };
                    notify!(tx, reporter, event, case.circle_id, None::<i64>, "", now).await?;
                }
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        self.outbox_written();
        Ok(decided)
    }

    /// The person a case is about appeals, once; it goes to a coordinator
    /// other than the one who decided when there is one.
    pub async fn appeal_case(&self, case: &Case, member_id: i64, words: &str, now: i64) -> StoreResult<Appealed> {
        if case.subject_id != Some(member_id) || !case.may_appeal() {
            return Ok(Appealed::Refused);
        }
        let appealed = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let coordinators: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT m.id, (SELECT COUNT(*) FROM moderation_cases k
                                   WHERE k.appeal_reviewer = m.id AND k.appealed_at IS NOT NULL AND k.appeal_outcome IS NULL)
                     FROM members m WHERE m.is_coordinator AND m.id <> $1",
                )
                .bind(member_id)
                .fetch_all(&mut *tx)
                .await?;
                let Some((reviewer, same)) = appeal_reviewer(case.decided_by, &coordinators) else {
                    return Ok::<Appealed, sqlx::Error>(Appealed::Refused);
                };
                let changed = sqlx::query(
                    "UPDATE moderation_cases SET appealed_at = $1, appeal_words = $2, appeal_reviewer = $3, same_reviewer = $4
                     WHERE id = $5 AND subject_id = $6 AND appealed_at IS NULL AND status NOT IN ('open', 'dismissed')",
                )
                .bind(now)
                .bind(words)
                .bind(reviewer)
                .bind(same)
                .bind(case.id)
                .bind(member_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    return Ok(Appealed::Refused);
                }
                notify!(tx, reviewer, Event::AppealWaiting, case.circle_id, None::<i64>, "", now).await?;
                tx.commit().await?;
                Ok(if same { Appealed::ToTheSame } else { Appealed::ToAnother })
            }
            .await
        })?;
        self.outbox_written();
        Ok(appealed)
    }

    /// The coordinator the appeal went to answers it, once: an overturned
    /// suspension or closure ends at once. Returns false when it was not
    /// theirs to answer, or was answered already.
    pub async fn answer_appeal(
        &self,
        case: &Case,
        by: &Actor,
        overturn: bool,
        reply: &str,
        now: i64,
    ) -> StoreResult<bool> {
        let Actor::Member { id: by_id, .. } = by else { return Ok(false) };
        let (outcome, audit) = if overturn {
            ("overturned", AuditAction::AppealOverturned)
        } else {
            ("upheld", AuditAction::AppealUpheld)
        };
        let subject = case.subject_id.map(|id| (id, case.subject_alias.as_str()));
        let answered = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let changed = sqlx::query(
                    "UPDATE moderation_cases SET appeal_outcome = $1, appeal_reply = $2, appeal_decided_at = $3,
                       suspended_until = CASE WHEN $4 AND suspended_until > $3 THEN $3 ELSE suspended_until END
                     WHERE id = $5 AND appeal_reviewer = $6 AND appealed_at IS NOT NULL AND appeal_outcome IS NULL",
                )
                .bind(outcome)
                .bind(reply)
                .bind(now)
                .bind(overturn)
                .bind(case.id)
                .bind(by_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    return Ok::<bool, sqlx::Error>(false);
                }
                super::audit::insert(&mut *tx, now, by, audit, subject, &case.circle_name).await?;
                if let Some(member) = case.subject_id {
                    notify!(tx, member, Event::AppealAnswered, case.circle_id, None::<i64>, "", now).await?;
                }
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        self.outbox_written();
        Ok(answered)
    }

    /// Blanks the words (a report's, a removal's reason, a decision's, an
    /// appeal's and its answer) older than the organisation keeps them;
    /// who, where, when, which reason and what was decided stay. Returns how
    /// many cases and removals lost words.
    pub async fn forget_moderation_words(&self, now: i64) -> StoreResult<u64> {
        let days = self.org_settings().await?.moderation_retention_days;
        let cutoff = retention::cutoff(now, days);
        let forgotten = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let mut forgotten = sqlx::query(
                    "UPDATE moderation_cases SET words = NULL WHERE at < $1 AND words <> ''",
                )
                .bind(cutoff)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                forgotten += sqlx::query(
                    "UPDATE moderation_cases SET decision_words = NULL WHERE decided_at < $1 AND decision_words <> ''",
                )
                .bind(cutoff)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                forgotten += sqlx::query(
                    "UPDATE moderation_cases SET appeal_words = NULL, appeal_reply = NULL
                     WHERE appealed_at < $1 AND COALESCE(appeal_decided_at, appealed_at) < $1
                       AND (appeal_words IS NOT NULL OR appeal_reply IS NOT NULL)",
                )
                .bind(cutoff)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                forgotten += sqlx::query("UPDATE removals SET reason = '' WHERE at < $1 AND reason <> ''")
                    .bind(cutoff)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok::<u64, sqlx::Error>(forgotten)
            }
            .await
        })?;
        Ok(forgotten)
    }

    /// The members someone may report about a meet they came to: the other
    /// members who came, and the circle's facilitators (id, alias).
    pub async fn people_at_meet(&self, meet_id: i64, reporter: i64) -> StoreResult<Vec<(i64, String)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as(
                "SELECT m.id, m.alias FROM members m
                 WHERE m.id <> $2
                   AND (m.id IN (SELECT member_id FROM attendance WHERE meet_id = $1)
                        OR m.id IN (SELECT f.member_id FROM circle_facilitators f JOIN meets t ON t.circle_id = f.circle_id
                                    WHERE t.id = $1))
                 ORDER BY m.alias",
            )
            .bind(meet_id)
            .bind(reporter)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// A circle's facilitators (id, alias): the people named on its page.
    pub async fn facilitators_of(&self, circle_id: i64) -> StoreResult<Vec<(i64, String)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as(
                "SELECT m.id, m.alias FROM circle_facilitators f JOIN members m ON m.id = f.member_id
                 WHERE f.circle_id = $1 AND m.is_facilitator ORDER BY m.alias_key",
            )
            .bind(circle_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// Whether a member came to a meet (they may report about it).
    pub async fn attended(&self, meet_id: i64, member_id: i64) -> StoreResult<bool> {
        let came = reading!(self, pool => {
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM attendance WHERE meet_id = $1 AND member_id = $2)")
                .bind(meet_id)
                .bind(member_id)
                .fetch_one(pool)
                .await
        })?;
        Ok(came)
    }

    /// Meets a member came to since `since`, latest first (meet id, circle name, start).
    pub async fn meets_attended_since(&self, member_id: i64, since: i64) -> StoreResult<Vec<(i64, String, i64)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as(
                "SELECT m.id, c.name, m.starts_at FROM attendance a
                 JOIN meets m ON m.id = a.meet_id JOIN circles c ON c.id = m.circle_id
                 WHERE a.member_id = $1 AND m.starts_at > $2 ORDER BY m.starts_at DESC LIMIT 10",
            )
            .bind(member_id)
            .bind(since)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// How many coordinators there are (an appeal needs a second to be
    /// reviewed by someone else).
    pub async fn coordinator_count(&self) -> StoreResult<i64> {
        let n = reading!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE is_coordinator").fetch_one(pool).await
        })?;
        Ok(n)
    }
}

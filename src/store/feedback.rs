//! Who came to a meet, who has given feedback on it, and the anonymous
//! answers. The answers hold no member, no guest and no time finer than a
//! day; the "already answered" marker lives in its own table and shares
//! nothing with them but the meet.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::rooms::Removed;
use super::{Store, StoreError, StoreResult, reading, writing};
use crate::domain::audit::{Actor, AuditAction};
use crate::domain::feedback::{Questions, WINDOW_SECS};

/// 128 random bits, URL-safe: an answer's id, which says nothing of when it came.
fn fresh_id() -> String {
    URL_SAFE_NO_PAD.encode(crate::auth::token::random_bytes::<16>())
}

/// Where someone stands with a meet's feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedbackState {
    /// They came to the meet.
    pub attended: bool,
    /// They have answered already.
    pub given: bool,
}

/// A meet someone came to and has not given feedback on yet.
#[derive(Debug, Clone)]
pub struct FeedbackDue {
    pub meet_id: i64,
    pub circle_name: String,
    pub starts_at: i64,
}

impl Store {
    /// Whether `who` came to the meet and whether they have answered.
    pub async fn feedback_state(&self, meet_id: i64, who: &Removed) -> StoreResult<FeedbackState> {
        let (member, guest) = who.columns();
        let (attended, given): (bool, bool) = reading!(self, pool => {
            sqlx::query_as(
                "SELECT
                   EXISTS (SELECT 1 FROM attendance WHERE meet_id = $1 AND (member_id = $2 OR guest_key = $3)),
                   EXISTS (SELECT 1 FROM feedback_given WHERE meet_id = $1 AND (member_id = $2 OR guest_key = $3))",
            )
            .bind(meet_id)
            .bind(member)
            .bind(guest)
            .fetch_one(pool)
            .await
        })?;
        Ok(FeedbackState { attended, given })
    }

    /// Stores one person's answers: the marker under who they are, the
    /// answers with the day (`YYYY-MM-DD`) and nothing else. Returns
    /// `false`, storing nothing, when they had answered already.
    ///
    /// The meet's answers are written again each time, every answer under a
    /// fresh random id and in the order of those ids: however a database
    /// lays rows out (PostgreSQL keeps them in the order written), the
    /// order of the answers never lines up with the order of the markers.
    pub async fn give_feedback(
        &self,
        meet_id: i64,
        who: &Removed,
        rows: &[(String, String)],
        day: &str,
    ) -> StoreResult<bool> {
        let (member, guest) = who.columns();
        let result = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("INSERT INTO feedback_given (meet_id, member_id, guest_key) VALUES ($1, $2, $3)")
                    .bind(meet_id)
                    .bind(member)
                    .bind(guest.clone())
                    .execute(&mut *tx)
                    .await?;
                let stored: Vec<(String, String, String, String)> =
                    sqlx::query_as("SELECT id, day, question, answer FROM feedback_answers WHERE meet_id = $1")
                        .bind(meet_id)
                        .fetch_all(&mut *tx)
                        .await?;
                sqlx::query("DELETE FROM feedback_answers WHERE meet_id = $1").bind(meet_id).execute(&mut *tx).await?;
                let mut by_id: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
                for (id, day, question, answer) in stored {
                    by_id.entry(id).or_default().push((day, question, answer));
                }
                let mut answers: BTreeMap<String, Vec<(String, String, String)>> =
                    by_id.into_values().map(|group| (fresh_id(), group)).collect();
                answers.insert(fresh_id(), rows.iter().map(|(q, a)| (day.to_string(), q.clone(), a.clone())).collect());
                for (id, group) in &answers {
                    for (day, question, answer) in group {
                        sqlx::query(
                            "INSERT INTO feedback_answers (id, meet_id, day, question, answer) VALUES ($1, $2, $3, $4, $5)",
                        )
                        .bind(id)
                        .bind(meet_id)
                        .bind(day)
                        .bind(question)
                        .bind(answer)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                tx.commit().await
            }
            .await
        });
        match result.map_err(StoreError::from_write) {
            Ok(()) => Ok(true),
            Err(StoreError::Conflict) => Ok(false),
            Err(error) => Err(error),
        }
    }

    /// Meets a member came to in the last two weeks and has not answered on, latest first.
    pub async fn feedback_due(&self, member_id: i64, now: i64) -> StoreResult<Vec<FeedbackDue>> {
        let rows: Vec<(i64, String, i64)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT m.id, c.name, m.starts_at FROM attendance a
                 JOIN meets m ON m.id = a.meet_id JOIN circles c ON c.id = m.circle_id
                 WHERE a.member_id = $1 AND m.status = 'ended' AND m.starts_at > $2
                   AND NOT EXISTS (SELECT 1 FROM feedback_given g WHERE g.meet_id = m.id AND g.member_id = $1)
                 ORDER BY m.starts_at DESC",
            )
            .bind(member_id)
            .bind(now - WINDOW_SECS)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(meet_id, circle_name, starts_at)| FeedbackDue { meet_id, circle_name, starts_at })
            .collect())
    }

    /// The meets a member came to and whether they gave feedback (for their export).
    pub async fn meets_attended_by(&self, member_id: i64) -> StoreResult<Vec<(i64, String, i64, bool)>> {
        let rows = reading!(self, pool => {
            sqlx::query_as(
                "SELECT m.id, c.name, m.starts_at,
                        EXISTS (SELECT 1 FROM feedback_given g WHERE g.meet_id = m.id AND g.member_id = $1)
                 FROM attendance a JOIN meets m ON m.id = a.meet_id JOIN circles c ON c.id = m.circle_id
                 WHERE a.member_id = $1 ORDER BY m.starts_at",
            )
            .bind(member_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// Forgets the guest passes of meets that started before `before`: a
    /// pass no longer works by then, so the rows only count.
    pub async fn forget_guest_passes(&self, before: i64) -> StoreResult<u64> {
        let forgotten = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let forgotten = sqlx::query(
                    "UPDATE attendance SET guest_key = NULL
                     WHERE guest_key IS NOT NULL AND meet_id IN (SELECT id FROM meets WHERE starts_at < $1)",
                )
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                sqlx::query(
                    "DELETE FROM feedback_given
                     WHERE guest_key IS NOT NULL AND meet_id IN (SELECT id FROM meets WHERE starts_at < $1)",
                )
                .bind(before)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>(forgotten)
            }
            .await
        })?;
        Ok(forgotten)
    }

    /// The questions the organisation asks after a meet.
    pub async fn feedback_questions(&self) -> StoreResult<Questions> {
        let rows: Vec<(String, String)> = reading!(self, pool => {
            sqlx::query_as("SELECT key, value FROM settings WHERE key IN ('feedback_questions', 'feedback_word')")
                .fetch_all(pool)
                .await
        })?;
        let value = |key: &str| rows.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let blocks: Vec<String> = value("feedback_questions").unwrap_or("").split("\n\n").map(str::to_string).collect();
        let word = value("feedback_word") != Some("false");
        // Stored questions were checked when saved; if that ever fails, ask ours.
        Ok(Questions::from_blocks(&blocks, word).unwrap_or_default())
    }

    /// Saves the organisation's questions and records who changed them.
    pub async fn save_feedback_questions(&self, actor: &Actor, questions: &Questions, now: i64) -> StoreResult<()> {
        let pairs =
            [("feedback_questions", questions.to_blocks().join("\n\n")), ("feedback_word", questions.word.to_string())];
        writing!(self, pool => {
            let mut tx = pool.begin().await?;
            for (key, value) in pairs {
                sqlx::query(
                    "INSERT INTO settings (key, value) VALUES ($1, $2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )
                .bind(key)
                .bind(value)
                .execute(&mut *tx)
                .await?;
            }
            super::audit::insert(&mut *tx, now, actor, AuditAction::SettingsChanged, None, "").await?;
            tx.commit().await
        })?;
        Ok(())
    }
}

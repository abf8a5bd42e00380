//! Server-side sessions. The cookie holds a random token; only its hash is
//! stored, so a copy of the database signs nobody in.

use super::members::{member_columns, member_from_row};
use super::{Store, StoreResult, reading, writing};
use crate::domain::member::Member;

/// A live session and the member it belongs to.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub id: i64,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub member: Member,
}

/// A session as listed on the account page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    pub id: i64,
    pub device: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

impl Store {
    /// Starts a session for a member; returns its id.
    pub async fn create_session(&self, member_id: i64, token_hash: &str, device: &str, now: i64) -> StoreResult<i64> {
        let id = writing!(self, pool => {
            sqlx::query_scalar(
                "INSERT INTO sessions (token_hash, member_id, device, created_at, last_seen_at)
                 VALUES ($1, $2, $3, $4, $4) RETURNING id",
            )
            .bind(token_hash)
            .bind(member_id)
            .bind(device)
            .bind(now)
            .fetch_one(pool)
            .await
        })?;
        Ok(id)
    }

    /// The session with this token hash, whether or not it has expired
    /// (the caller applies the time-outs).
    pub async fn session(&self, token_hash: &str) -> StoreResult<Option<SessionInfo>> {
        const SQL: &str = concat!(
            "SELECT ",
            member_columns!(),
            ", s.id, s.created_at, s.last_seen_at
             FROM sessions s JOIN members m ON m.id = s.member_id WHERE s.token_hash = $1"
        );
        let found = reading!(self, pool => {
            match sqlx::query(SQL).bind(token_hash).fetch_optional(pool).await? {
                Some(row) => {
                    use sqlx::Row;
                    Ok(Some(SessionInfo {
                        member: member_from_row(&row)?,
                        id: row.try_get(12)?,
                        created_at: row.try_get(13)?,
                        last_seen_at: row.try_get(14)?,
                    }))
                }
                None => Ok::<_, sqlx::Error>(None),
            }
        })?;
        Ok(found)
    }

    /// Records that a session was just used.
    pub async fn touch_session(&self, session_id: i64, now: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2").bind(now).bind(session_id).execute(pool).await.map(|_| ())
        })?;
        Ok(())
    }

    /// Ends one session (sign-out, or an expired one).
    pub async fn end_session(&self, session_id: i64) -> StoreResult<()> {
        writing!(self, pool => sqlx::query("DELETE FROM sessions WHERE id = $1").bind(session_id).execute(pool).await.map(|_| ()))?;
        Ok(())
    }

    /// A member's sessions, most recently used first.
    pub async fn sessions_of(&self, member_id: i64) -> StoreResult<Vec<SessionSummary>> {
        let rows: Vec<(i64, String, i64, i64)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT id, device, created_at, last_seen_at FROM sessions WHERE member_id = $1 ORDER BY last_seen_at DESC, id DESC",
            )
            .bind(member_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(id, device, created_at, last_seen_at)| SessionSummary { id, device, created_at, last_seen_at })
            .collect())
    }

    /// Ends one of a member's own sessions; false if it was not theirs.
    pub async fn revoke_session(&self, member_id: i64, session_id: i64) -> StoreResult<bool> {
        let n = writing!(self, pool => {
            sqlx::query("DELETE FROM sessions WHERE id = $1 AND member_id = $2")
                .bind(session_id)
                .bind(member_id)
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// Ends every session of a member except `keep`.
    pub async fn revoke_other_sessions(&self, member_id: i64, keep: i64) -> StoreResult<u64> {
        let n = writing!(self, pool => {
            sqlx::query("DELETE FROM sessions WHERE member_id = $1 AND id <> $2")
                .bind(member_id)
                .bind(keep)
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n)
    }

    /// Deletes sessions idle since before `idle_before` or started before
    /// `started_before`, and expired reset links.
    pub async fn purge_expired(&self, idle_before: i64, started_before: i64, now: i64) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
                    .bind(idle_before)
                    .bind(started_before)
                    .execute(pool)
                    .await?;
                sqlx::query("DELETE FROM password_resets WHERE expires_at <= $1").bind(now).execute(pool).await.map(|_| ())
            }
            .await
        })?;
        Ok(())
    }
}

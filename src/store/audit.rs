//! The audit log: who changed roles, passwords, settings; who deleted an
//! account. Written in the same transaction as the change it records.

use sqlx::{ColumnIndex, Decode, Encode, Executor, IntoArguments, Row, Type};

use super::{Store, StoreResult, reading, writing};
use crate::domain::audit::{Actor, AuditAction};

/// One line of the audit log as a coordinator reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: i64,
    pub actor: AuditParty,
    pub action: Option<AuditAction>,
    pub subject: AuditParty,
    /// What else the entry was about, such as a circle's name.
    pub detail: String,
}

/// Who acted, or was acted upon, as the log can still tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditParty {
    Member(String),
    /// The member has since deleted their account.
    DeletedMember,
    Console,
    /// No subject (for example, settings changes).
    Nobody,
}

/// Inserts an audit line with any executor (a pool or an open transaction).
pub(super) async fn insert<'e, E, DB>(
    executor: E,
    at: i64,
    actor: &Actor,
    action: AuditAction,
    subject: Option<(i64, &str)>,
    detail: &str,
) -> Result<(), sqlx::Error>
where
    E: Executor<'e, Database = DB>,
    DB: sqlx::Database,
    for<'q> i64: Encode<'q, DB> + Type<DB>,
    for<'q> Option<i64>: Encode<'q, DB> + Type<DB>,
    for<'q> String: Encode<'q, DB> + Type<DB>,
    DB::Arguments: IntoArguments<DB>,
{
    let (kind, actor_id, actor_alias) = match actor {
        Actor::Member { id, alias } => ("member", Some(*id), alias.clone()),
        Actor::Console => ("console", None, String::new()),
    };
    sqlx::query(
        "INSERT INTO audit_log (at, actor_kind, actor_id, actor_alias, action, subject_id, subject_alias, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(at)
    .bind(kind.to_string())
    .bind(actor_id)
    .bind(actor_alias)
    .bind(action.code().to_string())
    .bind(subject.map(|(id, _)| id))
    .bind(subject.map(|(_, alias)| alias.to_string()).unwrap_or_default())
    .bind(detail.to_string())
    .execute(executor)
    .await?;
    Ok(())
}

fn entry_from_row<'r, R>(row: &'r R) -> Result<AuditEntry, sqlx::Error>
where
    R: Row,
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
{
    let actor_kind: String = row.try_get(1)?;
    let actor_alias: String = row.try_get(2)?;
    let subject_alias: String = row.try_get(4)?;
    let actor = match (actor_kind.as_str(), actor_alias.is_empty()) {
        ("console", _) => AuditParty::Console,
        (_, true) => AuditParty::DeletedMember,
        (_, false) => AuditParty::Member(actor_alias),
    };
    let action: Option<AuditAction> = row.try_get::<String, _>(3)?.parse().ok();
    let subject = match (action.is_some_and(AuditAction::has_subject), subject_alias.is_empty()) {
        (false, _) => AuditParty::Nobody,
        (true, false) => AuditParty::Member(subject_alias),
        (true, true) => AuditParty::DeletedMember,
    };
    Ok(AuditEntry { at: row.try_get(0)?, actor, action, subject, detail: row.try_get(5)? })
}

impl Store {
    /// Records an action about a circle or a meet (named in `detail`).
    pub async fn record_audit(&self, at: i64, actor: &Actor, action: AuditAction, detail: &str) -> StoreResult<()> {
        writing!(self, pool => insert(pool, at, actor, action, None, detail).await)?;
        Ok(())
    }

    /// The newest entries first, `limit` at a time.
    pub async fn audit_page(&self, limit: i64, offset: i64) -> StoreResult<Vec<AuditEntry>> {
        const SQL: &str = "SELECT at, actor_kind, actor_alias, action, subject_alias, detail
                           FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2";
        let entries = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(limit).bind(offset).fetch_all(pool).await?;
            rows.iter().map(entry_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(entries)
    }

    /// Every entry in which the member acted or was acted upon (for export).
    pub async fn audit_about(&self, member_id: i64) -> StoreResult<Vec<AuditEntry>> {
        const SQL: &str = "SELECT at, actor_kind, actor_alias, action, subject_alias, detail
                           FROM audit_log WHERE actor_id = $1 OR subject_id = $1 ORDER BY id";
        let entries = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(member_id).fetch_all(pool).await?;
            rows.iter().map(entry_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(entries)
    }
}

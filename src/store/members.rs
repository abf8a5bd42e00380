//! Members, their recovery codes and password-reset links.

use sqlx::{ColumnIndex, Decode, Row, Type};

use super::{Store, StoreError, StoreResult, reading, writing};
use crate::domain::Alias;
use crate::domain::audit::{Actor, AuditAction};
use crate::domain::member::{Email, Member, Profile, Role, Roles, parse_language, parse_time_zone};

/// Everything needed to create a member.
#[derive(Debug, Clone)]
pub struct NewMember {
    pub alias: Alias,
    pub password_hash: String,
    pub profile: Profile,
    pub roles: Roles,
    pub must_change_password: bool,
    /// Hashes of the member's first recovery codes.
    pub recovery_code_hashes: Vec<String>,
}

/// Columns read by [`member_from_row`], in its order.
macro_rules! member_columns {
    () => {
        "m.id, m.alias, m.email, m.pronouns, m.language, m.time_zone, m.lived_experience, \
         m.is_facilitator, m.is_coordinator, m.must_change_password, m.created_at, m.country"
    };
}
pub(super) use member_columns;

/// Builds a member from the first twelve columns of a row (see `member_columns!`).
pub(super) fn member_from_row<'r, R>(row: &'r R) -> Result<Member, sqlx::Error>
where
    R: Row,
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    bool: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
    Option<String>: Decode<'r, R::Database> + Type<R::Database>,
{
    let language: String = row.try_get(4)?;
    let time_zone: Option<String> = row.try_get(5)?;
    Ok(Member {
        id: row.try_get(0)?,
        alias: Alias::from_stored(row.try_get(1)?),
        profile: Profile {
            email: row.try_get::<Option<String>, _>(2)?.map(Email::from_stored),
            pronouns: row.try_get(3)?,
            language: parse_language(&language).unwrap_or("en"),
            time_zone: time_zone.as_deref().and_then(|tz| parse_time_zone(tz).ok().flatten()),
            lived_experience: row.try_get(6)?,
            country: row.try_get(11)?,
        },
        roles: Roles { facilitator: row.try_get(7)?, coordinator: row.try_get(8)? },
        must_change_password: row.try_get(9)?,
        created_at: row.try_get(10)?,
    })
}

impl Store {
    /// Creates a member with their recovery codes. An alias already taken
    /// (in any case or width), or one that looks like a member's alias (the
    /// same skeleton; a unique index, so two racing look-alikes cannot both
    /// be created), gives [`StoreError::Conflict`]. Roles the new
    /// member starts with are recorded in the audit log as granted by `granted_by`.
    pub async fn create_member(&self, new: &NewMember, granted_by: &Actor, now: i64) -> StoreResult<i64> {
        const INSERT: &str =
            "INSERT INTO members (alias, alias_key, password_hash, must_change_password, email, pronouns,
                                 language, time_zone, lived_experience, is_facilitator, is_coordinator, created_at,
                                 country, alias_skeleton)
                              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id";
        let p = &new.profile;
        let result = writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(INSERT)
                    .bind(new.alias.as_str())
                    .bind(new.alias.key())
                    .bind(&new.password_hash)
                    .bind(new.must_change_password)
                    .bind(p.email.as_ref().map(Email::as_str))
                    .bind(p.pronouns.as_deref())
                    .bind(p.language)
                    .bind(p.time_zone.map(|tz| tz.name()))
                    .bind(p.lived_experience.as_deref())
                    .bind(new.roles.facilitator)
                    .bind(new.roles.coordinator)
                    .bind(now)
                    .bind(p.country.as_deref())
                    .bind(new.alias.skeleton())
                    .fetch_one(&mut *tx)
                    .await?;
                for hash in &new.recovery_code_hashes {
                    sqlx::query("INSERT INTO recovery_codes (member_id, code_hash) VALUES ($1, $2)")
                        .bind(id)
                        .bind(hash)
                        .execute(&mut *tx)
                        .await?;
                }
                for role in [Role::Facilitator, Role::Coordinator].into_iter().filter(|r| new.roles.has(*r)) {
                    let subject = Some((id, new.alias.as_str()));
                    super::audit::insert(&mut *tx, now, granted_by, AuditAction::RoleGranted(role), subject, "").await?;
                }
                tx.commit().await?;
                Ok(id)
            }
            .await
        });
        result.map_err(StoreError::from_write)
    }

    /// Gives members from before look-alike aliases were compared their
    /// alias's skeleton (SQL cannot compute one). When such aliases already
    /// look alike, both people keep their alias: the one who joined first
    /// holds the skeleton, so any new look-alike is still refused, and the
    /// later one holds none. Statement by statement, so that instances
    /// starting together on one database cannot fail each other.
    pub async fn backfill_alias_skeletons(&self) -> StoreResult<()> {
        const WITHOUT: &str = "SELECT id, alias FROM members WHERE alias_skeleton IS NULL ORDER BY id";
        const SET: &str = "UPDATE members SET alias_skeleton = $1 WHERE id = $2
                           AND NOT EXISTS (SELECT 1 FROM members WHERE alias_skeleton = $1)";
        let rows: Vec<(i64, String)> = writing!(self, pool => sqlx::query_as(WITHOUT).fetch_all(pool).await)?;
        for (id, alias) in rows {
            let skeleton = Alias::from_stored(alias).skeleton();
            let set = writing!(self, pool => sqlx::query(SET).bind(&skeleton).bind(id).execute(pool).await.map(|_| ()));
            match set.map_err(StoreError::from_write) {
                // Another instance gave the skeleton to someone at the same moment.
                Ok(()) | Err(StoreError::Conflict) => {}
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// A member by id.
    pub async fn member(&self, id: i64) -> StoreResult<Option<Member>> {
        const SQL: &str = concat!("SELECT ", member_columns!(), " FROM members m WHERE m.id = $1");
        let member = reading!(self, pool => {
            match sqlx::query(SQL).bind(id).fetch_optional(pool).await? {
                Some(row) => member_from_row(&row).map(Some),
                None => Ok(None),
            }
        })?;
        Ok(member)
    }

    /// A member and their password hash, by the uniqueness key of an alias.
    pub async fn credentials(&self, alias_key: &str) -> StoreResult<Option<(Member, String)>> {
        const SQL: &str =
            concat!("SELECT ", member_columns!(), ", m.password_hash FROM members m WHERE m.alias_key = $1");
        let found = reading!(self, pool => {
            match sqlx::query(SQL).bind(alias_key).fetch_optional(pool).await? {
                Some(row) => Ok(Some((member_from_row(&row)?, row.try_get::<String, _>(12)?))),
                None => Ok::<_, sqlx::Error>(None),
            }
        })?;
        Ok(found)
    }

    /// A member's password hash (to confirm it before a sensitive change).
    pub async fn password_hash(&self, member_id: i64) -> StoreResult<Option<String>> {
        let hash = reading!(self, pool => {
            sqlx::query_scalar("SELECT password_hash FROM members WHERE id = $1").bind(member_id).fetch_optional(pool).await
        })?;
        Ok(hash)
    }

    /// Saves the parts of a profile a member edits themselves.
    pub async fn update_profile(&self, member_id: i64, p: &Profile) -> StoreResult<()> {
        const SQL: &str = "UPDATE members SET email = $1, pronouns = $2, language = $3, time_zone = $4,
                           lived_experience = $5, country = $6 WHERE id = $7";
        writing!(self, pool => {
            sqlx::query(SQL)
                .bind(p.email.as_ref().map(Email::as_str))
                .bind(p.pronouns.as_deref())
                .bind(p.language)
                .bind(p.time_zone.map(|tz| tz.name()))
                .bind(p.lived_experience.as_deref())
                .bind(p.country.as_deref())
                .bind(member_id)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Saves the interface language a member chose with the switcher.
    pub async fn set_language(&self, member_id: i64, language: &str) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("UPDATE members SET language = $1 WHERE id = $2")
                .bind(language)
                .bind(member_id)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Sets a member's own new password: ends every other session and every
    /// pending reset link.
    pub async fn set_own_password(&self, member_id: i64, hash: &str, keep_session: Option<i64>) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("UPDATE members SET password_hash = $1, must_change_password = FALSE WHERE id = $2")
                    .bind(hash)
                    .bind(member_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM sessions WHERE member_id = $1 AND id <> $2")
                    .bind(member_id)
                    .bind(keep_session.unwrap_or(-1))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM password_resets WHERE member_id = $1").bind(member_id).execute(&mut *tx).await?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Sets a member's password on someone else's authority (a coordinator
    /// or the console): signs them out everywhere and records it. A
    /// `one_time` password must be replaced at the next sign-in.
    pub async fn set_password_by(
        &self,
        actor: &Actor,
        subject: &Member,
        hash: &str,
        one_time: bool,
        now: i64,
    ) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("UPDATE members SET password_hash = $1, must_change_password = $2 WHERE id = $3")
                    .bind(hash)
                    .bind(one_time)
                    .bind(subject.id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM sessions WHERE member_id = $1").bind(subject.id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM password_resets WHERE member_id = $1").bind(subject.id).execute(&mut *tx).await?;
                super::audit::insert(&mut *tx, now, actor, AuditAction::PasswordReset, Some((subject.id, subject.alias.as_str())), "").await?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Grants or revokes a role and records it. Returns whether anything
    /// changed (granting a role someone holds changes nothing and logs nothing).
    pub async fn change_role(
        &self,
        actor: &Actor,
        subject: &Member,
        role: Role,
        grant: bool,
        now: i64,
    ) -> StoreResult<bool> {
        if subject.roles.has(role) == grant {
            return Ok(false);
        }
        let sql = match role {
            Role::Facilitator => "UPDATE members SET is_facilitator = $1 WHERE id = $2",
            Role::Coordinator => "UPDATE members SET is_coordinator = $1 WHERE id = $2",
        };
        let action = if grant { AuditAction::RoleGranted(role) } else { AuditAction::RoleRevoked(role) };
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(sql).bind(grant).bind(subject.id).execute(&mut *tx).await?;
                super::audit::insert(&mut *tx, now, actor, action, Some((subject.id, subject.alias.as_str())), "").await?;
                tx.commit().await
            }
            .await
        })?;
        Ok(true)
    }

    /// Members whose alias contains `search` (case-insensitive), by alias.
    pub async fn members_page(&self, search: &str, limit: i64, offset: i64) -> StoreResult<Vec<Member>> {
        const SQL: &str = concat!(
            "SELECT ",
            member_columns!(),
            " FROM members m WHERE m.alias_key LIKE $1 ESCAPE '\\' ORDER BY m.alias_key LIMIT $2 OFFSET $3"
        );
        let pattern = format!("%{}%", like_escape(&crate::domain::alias::key_of(search)));
        let members = reading!(self, pool => {
            let rows = sqlx::query(SQL).bind(pattern).bind(limit).bind(offset).fetch_all(pool).await?;
            rows.iter().map(member_from_row).collect::<Result<Vec<_>, sqlx::Error>>()
        })?;
        Ok(members)
    }

    /// How many members there are.
    pub async fn member_count(&self) -> StoreResult<i64> {
        let n = reading!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM members").fetch_one(pool).await)?;
        Ok(n)
    }

    /// Members who gave this email address (compared without case), for reset links.
    pub async fn members_with_email(&self, email: &Email) -> StoreResult<Vec<(i64, String)>> {
        let found = reading!(self, pool => {
            sqlx::query_as("SELECT id, alias FROM members WHERE lower(email) = lower($1) ORDER BY id")
                .bind(email.as_str())
                .fetch_all(pool)
                .await
        })?;
        Ok(found)
    }

    /// Deletes a member's account and everything linked to them, at once.
    /// Their alias is blanked in the audit log; the organisation keeps only
    /// a count of deleted accounts.
    pub async fn delete_member(&self, member: &Member, now: i64) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("UPDATE audit_log SET actor_alias = '' WHERE actor_id = $1").bind(member.id).execute(&mut *tx).await?;
                sqlx::query("UPDATE audit_log SET subject_alias = '' WHERE subject_id = $1").bind(member.id).execute(&mut *tx).await?;
                let actor = Actor::Member { id: member.id, alias: String::new() };
                super::audit::insert(&mut *tx, now, &actor, AuditAction::AccountDeleted, None, "").await?;
                sqlx::query("DELETE FROM members WHERE id = $1").bind(member.id).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO counters (name, value) VALUES ('accounts_deleted', 1)
                     ON CONFLICT (name) DO UPDATE SET value = counters.value + 1",
                )
                .execute(&mut *tx)
                .await?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Replaces all of a member's recovery codes with new ones.
    pub async fn replace_recovery_codes(&self, member_id: i64, hashes: &[String]) -> StoreResult<()> {
        writing!(self, pool => {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM recovery_codes WHERE member_id = $1").bind(member_id).execute(&mut *tx).await?;
                for hash in hashes {
                    sqlx::query("INSERT INTO recovery_codes (member_id, code_hash) VALUES ($1, $2)")
                        .bind(member_id)
                        .bind(hash)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Uses up a recovery code; true if it was valid (each works once).
    pub async fn use_recovery_code(&self, member_id: i64, code_hash: &str) -> StoreResult<bool> {
        let result = writing!(self, pool => {
            sqlx::query("DELETE FROM recovery_codes WHERE member_id = $1 AND code_hash = $2")
                .bind(member_id)
                .bind(code_hash)
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(result == 1)
    }

    /// How many unused recovery codes a member has.
    pub async fn recovery_codes_left(&self, member_id: i64) -> StoreResult<i64> {
        let n = reading!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE member_id = $1").bind(member_id).fetch_one(pool).await
        })?;
        Ok(n)
    }

    /// Stores a password-reset link (its hash) valid until `expires_at`.
    pub async fn create_password_reset(&self, member_id: i64, token_hash: &str, expires_at: i64) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("INSERT INTO password_resets (token_hash, member_id, expires_at) VALUES ($1, $2, $3)")
                .bind(token_hash)
                .bind(member_id)
                .bind(expires_at)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// The member a reset link belongs to, if it exists and has not expired.
    pub async fn password_reset_member(&self, token_hash: &str, now: i64) -> StoreResult<Option<i64>> {
        let id = reading!(self, pool => {
            sqlx::query_scalar("SELECT member_id FROM password_resets WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash)
                .bind(now)
                .fetch_optional(pool)
                .await
        })?;
        Ok(id)
    }
}

/// Escapes `%`, `_` and `\` so a search is taken literally by LIKE.
fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

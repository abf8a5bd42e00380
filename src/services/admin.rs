//! What coordinators (and the console) do to other members' accounts.

use crate::auth::{password, token};
use crate::domain::audit::Actor;
use crate::domain::member::{Member, Profile, Role, Roles};
use crate::domain::password::{NewPassword, readable_from_random};
use crate::domain::permissions::{self, Permission};
use crate::domain::{Alias, Invalid, alias};
use crate::store::members::NewMember;
use crate::store::{Store, StoreError};

/// Why an administrative action did not happen.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("not allowed")]
    Forbidden,
    #[error("no member with that alias or id")]
    NoSuchMember,
    #[error("{0}")]
    Invalid(Invalid),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A strong password that is easy to pass on by hand.
pub fn one_time_password() -> String {
    readable_from_random(token::random_bytes())
}

/// The password to set: the one typed at the console, or a generated one
/// (returned so it can be shown once).
fn choose_password(typed: Option<String>, alias: &Alias) -> Result<(NewPassword, Option<String>), AdminError> {
    match typed {
        Some(p) => Ok((NewPassword::parse(p, alias).map_err(AdminError::Invalid)?, None)),
        None => {
            let generated = one_time_password();
            Ok((NewPassword::generated(generated.clone()), Some(generated)))
        }
    }
}

/// Creates a coordinator from the console. Returns the generated one-time
/// password, if none was given.
pub async fn create_coordinator(
    store: &Store,
    typed_alias: &str,
    typed_password: Option<String>,
    now: i64,
) -> Result<Option<String>, AdminError> {
    let alias = Alias::parse(typed_alias).map_err(AdminError::Invalid)?;
    let (password, shown) = choose_password(typed_password, &alias)?;
    let new = NewMember {
        alias,
        password_hash: password::hash_async(password).await,
        profile: Profile::default(),
        roles: Roles { facilitator: false, coordinator: true },
        must_change_password: shown.is_some(),
        recovery_code_hashes: Vec::new(),
    };
    match store.create_member(&new, &Actor::Console, now).await {
        Ok(_) => Ok(shown),
        Err(StoreError::Conflict) => {
            Err(AdminError::Invalid(super::accounts::why_alias_refused(store, &new.alias).await?))
        }
        Err(other) => Err(other.into()),
    }
}

/// Sets a member's password from the console. Returns the generated
/// one-time password, if none was given.
pub async fn console_reset_password(
    store: &Store,
    typed_alias: &str,
    typed_password: Option<String>,
    now: i64,
) -> Result<Option<String>, AdminError> {
    let (member, _) = store.credentials(&alias::key_of(typed_alias)).await?.ok_or(AdminError::NoSuchMember)?;
    let (password, shown) = choose_password(typed_password, &member.alias)?;
    let hash = password::hash_async(password).await;
    store.set_password_by(&Actor::Console, &member, &hash, shown.is_some(), now).await?;
    Ok(shown)
}

fn actor_of(member: &Member) -> Actor {
    Actor::Member { id: member.id, alias: member.alias.as_str().to_string() }
}

/// A coordinator issues a one-time password for a member who is locked out.
pub async fn coordinator_reset_password(
    store: &Store,
    actor: &Member,
    subject_id: i64,
    now: i64,
) -> Result<(Member, String), AdminError> {
    if !permissions::allows(actor.roles, Permission::ResetOthersPassword) {
        return Err(AdminError::Forbidden);
    }
    let subject = store.member(subject_id).await?.ok_or(AdminError::NoSuchMember)?;
    let generated = one_time_password();
    let hash = password::hash_async(NewPassword::generated(generated.clone())).await;
    store.set_password_by(&actor_of(actor), &subject, &hash, true, now).await?;
    Ok((subject, generated))
}

/// A coordinator grants or revokes a role. Returns the member as they are now.
pub async fn change_role(
    store: &Store,
    actor: &Member,
    subject_id: i64,
    role: Role,
    grant: bool,
    now: i64,
) -> Result<Member, AdminError> {
    if !permissions::allows(actor.roles, Permission::ChangeRoles) {
        return Err(AdminError::Forbidden);
    }
    permissions::check_role_change(actor.id, subject_id, role, grant).map_err(AdminError::Invalid)?;
    let subject = store.member(subject_id).await?.ok_or(AdminError::NoSuchMember)?;
    store.change_role(&actor_of(actor), &subject, role, grant, now).await?;
    store.member(subject_id).await?.ok_or(AdminError::NoSuchMember)
}

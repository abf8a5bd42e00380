//! Signing up, signing in, sessions, passwords and recovery.

use std::time::Duration;

use crate::auth::limits::Limits;
use crate::auth::{password, token};
use crate::domain::audit::Actor;
use crate::domain::member::{FieldErrors, Member, Profile, ProfileInput, Roles};
use crate::domain::password::NewPassword;
use crate::domain::{Alias, Invalid, alias, recovery, session};
use crate::store::members::NewMember;
use crate::store::{Store, StoreError};

/// How long an emailed reset link works.
pub const RESET_LINK_SECS: i64 = 60 * 60;

/// What a person typed on the sign-up form.
#[derive(Debug, Default, Clone)]
pub struct SignUpInput {
    pub alias: String,
    pub password: String,
    pub email: String,
    pub pronouns: String,
    pub language: String,
    pub time_zone: String,
}

/// Why sign-up did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SignUpError {
    #[error("some fields need another look")]
    Invalid(FieldErrors),
    /// Sign-ups from this address are already being hashed: try again
    /// after this long.
    #[error("too many at once")]
    TooManyTries(Duration),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A new account, with the recovery codes to show once.
#[derive(Debug)]
pub struct SignedUp {
    pub member_id: i64,
    pub recovery_codes: Vec<String>,
}

/// Fresh recovery codes: the codes to show, and the hashes to store.
pub fn new_recovery_codes() -> (Vec<String>, Vec<String>) {
    let codes: Vec<String> =
        (0..recovery::CODES_PER_SET).map(|_| recovery::code_from_random(token::random_bytes())).collect();
    let hashes = codes.iter().map(|c| token::hash_token(&recovery::normalise(c))).collect();
    (codes, hashes)
}

/// Creates an account for someone at `address`. Every field is checked
/// and every problem reported.
pub async fn sign_up(
    store: &Store,
    limits: &Limits,
    address: &str,
    input: SignUpInput,
    now: i64,
) -> Result<SignedUp, SignUpError> {
    let mut errors = FieldErrors::new();
    let alias = Alias::parse(&input.alias).map_err(|e| errors.push(("alias", e))).ok();
    let new_password = NewPassword::parse_for(input.password, &alias::key_of(&input.alias))
        .map_err(|e| errors.push(("password", e)))
        .ok();
    let profile = Profile::parse(&ProfileInput {
        email: &input.email,
        pronouns: &input.pronouns,
        language: &input.language,
        time_zone: &input.time_zone,
        // Asked for later, on the account page, if at all.
        lived_experience: "",
        country: "",
    })
    .map_err(|e| errors.extend(e))
    .ok();
    let (Some(alias), Some(new_password), Some(profile)) = (alias, new_password, profile) else {
        return Err(SignUpError::Invalid(errors));
    };
    let hashing = limits.hashing_for(address).map_err(SignUpError::TooManyTries)?;
    let password_hash = password::hash_async(new_password).await;
    drop(hashing);
    let (recovery_codes, recovery_code_hashes) = new_recovery_codes();
    let new = NewMember {
        alias,
        password_hash,
        profile,
        roles: Roles::default(),
        must_change_password: false,
        recovery_code_hashes,
    };
    match store.create_member(&new, &Actor::Console, now).await {
        Ok(member_id) => Ok(SignedUp { member_id, recovery_codes }),
        Err(StoreError::Conflict) => {
            Err(SignUpError::Invalid(vec![("alias", why_alias_refused(store, &new.alias).await?)]))
        }
        Err(other) => Err(other.into()),
    }
}

/// Why a new member's alias was refused by the store: someone has it (in
/// another case or width), or someone's alias looks like it.
pub async fn why_alias_refused(store: &Store, alias: &Alias) -> Result<Invalid, StoreError> {
    Ok(match store.credentials(&alias.key()).await? {
        Some(_) => Invalid("alias-taken"),
        None => Invalid("alias-resembles"),
    })
}

/// Why sign-in did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// An unknown alias or a wrong password: one answer for both.
    #[error("alias and password do not match")]
    NoMatch,
    /// Too many wrong tries from here, or a check already under way: try
    /// again after this long.
    #[error("too many tries")]
    TooManyTries(Duration),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks an alias and password typed at `address`, within the sign-in
/// allowances (see [`Limits::sign_in`]), which every sign-in spends.
/// Unknown aliases and wrong passwords take the same time and give the
/// same answer.
pub async fn sign_in(
    store: &Store,
    limits: &Limits,
    address: &str,
    typed_alias: &str,
    typed_password: &str,
) -> Result<Member, SignInError> {
    let alias_key = alias::key_of(typed_alias);
    let attempt = limits.sign_in(address, &alias_key, super::now_ms()).await.map_err(SignInError::TooManyTries)?;
    let found = store.credentials(&alias_key).await?;
    let stored = found.as_ref().map(|(_, hash)| hash.clone()).unwrap_or_else(|| password::DECOY_HASH.clone());
    let matches = password::verify_async(typed_password.to_string(), stored).await;
    match found.filter(|_| matches) {
        Some((member, _)) => {
            attempt.succeeded().await;
            Ok(member)
        }
        None => {
            attempt.failed(super::now_ms()).await;
            Err(SignInError::NoMatch)
        }
    }
}

/// A session just started: the token goes in the cookie, never anywhere else.
pub struct NewSession {
    pub id: i64,
    pub token: String,
}

/// Starts a session for a member.
pub async fn start_session(
    store: &Store,
    member_id: i64,
    user_agent: &str,
    now: i64,
) -> Result<NewSession, StoreError> {
    let token = token::new_token();
    let id =
        store.create_session(member_id, &token::hash_token(&token), &session::device_label(user_agent), now).await?;
    Ok(NewSession { id, token })
}

/// Replaces a member's recovery codes; returns the new ones to show once.
pub async fn regenerate_recovery_codes(store: &Store, member_id: i64) -> Result<Vec<String>, StoreError> {
    let (codes, hashes) = new_recovery_codes();
    store.replace_recovery_codes(member_id, &hashes).await?;
    Ok(codes)
}

/// Why a password was not changed.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// The current password, asked for confirmation, was wrong.
    #[error("wrong password")]
    WrongPassword,
    /// The new password does not meet the rule.
    #[error("new password refused")]
    Invalid(Invalid),
    /// The alias, code or link did not match anything valid.
    #[error("no match")]
    NoMatch,
    /// Too many wrong tries, or a check already under way: try again after
    /// this long.
    #[error("too many tries")]
    TooManyTries(Duration),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks a member's own password before a sensitive change, within their
/// allowance (see [`Limits::confirm`]): a burst of wrong guesses is refused
/// before any hashing, so it cannot slow anyone else's sign-in.
async fn confirm_password(store: &Store, limits: &Limits, member_id: i64, typed: &str) -> Result<(), PasswordError> {
    let attempt = limits.confirm(member_id, super::now_ms()).await.map_err(PasswordError::TooManyTries)?;
    let stored = store.password_hash(member_id).await?.ok_or(PasswordError::WrongPassword)?;
    if password::verify_async(typed.to_string(), stored).await {
        attempt.succeeded().await;
        Ok(())
    } else {
        attempt.failed(super::now_ms()).await;
        Err(PasswordError::WrongPassword)
    }
}

/// A member changes their own password, confirming the current one; their
/// other sessions end.
pub async fn change_own_password(
    store: &Store,
    limits: &Limits,
    member: &Member,
    current: &str,
    new: String,
    keep_session: i64,
) -> Result<(), PasswordError> {
    let new = NewPassword::parse(new, &member.alias).map_err(PasswordError::Invalid)?;
    confirm_password(store, limits, member.id, current).await?;
    store.set_own_password(member.id, &password::hash_async(new).await, Some(keep_session)).await?;
    Ok(())
}

/// Sets a new password with a recovery code; the code is used up.
///
/// Whether the alias exists is never told: the new password is checked
/// against what was typed and hashed before the alias is looked up, and a
/// code is tried either way, so both answers and their work are the same.
pub async fn recover_with_code(
    store: &Store,
    limits: &Limits,
    address: &str,
    typed_alias: &str,
    code: &str,
    new: String,
) -> Result<Member, PasswordError> {
    let alias_key = alias::key_of(typed_alias);
    let new = NewPassword::parse_for(new, &alias_key).map_err(PasswordError::Invalid)?;
    let hashing = limits.hashing_for(address).map_err(PasswordError::TooManyTries)?;
    let hash = password::hash_async(new).await;
    drop(hashing);
    let member = store.credentials(&alias_key).await?.map(|(m, _)| m);
    let code_hash = token::hash_token(&recovery::normalise(code));
    // No member has id -1: an unknown alias runs the same statement.
    let used = store.use_recovery_code(member.as_ref().map_or(-1, |m| m.id), &code_hash).await?;
    let member = member.filter(|_| used).ok_or(PasswordError::NoMatch)?;
    store.set_own_password(member.id, &hash, None).await?;
    Ok(member)
}

/// Creates a reset link for a member; returns the token to put in the link.
pub async fn create_reset_link(store: &Store, member_id: i64, now: i64) -> Result<String, StoreError> {
    let token = token::new_token();
    store.create_password_reset(member_id, &token::hash_token(&token), now + RESET_LINK_SECS).await?;
    Ok(token)
}

/// The member a reset link is for, if it still works.
pub async fn reset_link_member(store: &Store, link_token: &str, now: i64) -> Result<Option<Member>, StoreError> {
    match store.password_reset_member(&token::hash_token(link_token), now).await? {
        Some(id) => store.member(id).await,
        None => Ok(None),
    }
}

/// Sets a new password through an emailed link; the link stops working.
pub async fn reset_with_link(store: &Store, link_token: &str, new: String, now: i64) -> Result<Member, PasswordError> {
    let member = reset_link_member(store, link_token, now).await?.ok_or(PasswordError::NoMatch)?;
    let new = NewPassword::parse(new, &member.alias).map_err(PasswordError::Invalid)?;
    store.set_own_password(member.id, &password::hash_async(new).await, None).await?;
    Ok(member)
}

/// Deletes a member's account after they confirm with their password.
pub async fn delete_account(
    store: &Store,
    limits: &Limits,
    member: &Member,
    typed_password: &str,
) -> Result<(), PasswordError> {
    confirm_password(store, limits, member.id, typed_password).await?;
    remove_member(store, member).await?;
    Ok(())
}

/// Removes a member at once: their seats at meets still to come go to the
/// people waiting, then everything that names them is deleted.
pub async fn remove_member(store: &Store, member: &Member) -> Result<(), StoreError> {
    store.release_all_places(member.id, super::now_ms()).await?;
    store.delete_member(member, super::now()).await
}

//! Guest passes: someone drops in to a drop-in meet with just an alias.
//! The pass lives only in a signed cookie, for that one meet, until shortly
//! after it ends; the server stores nothing about the guest. A guest is
//! their pass, never their alias: each pass has its own random id, so a
//! second browser typing the same alias can never become the first guest.

use axum::http::{HeaderMap, HeaderValue};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::cookies;
use crate::auth::signing::SigningKey;
use crate::auth::token::random_bytes;
use crate::domain::Alias;

const PURPOSE: &str = "guest-pass";
/// A pass stays valid this long after its meet ends.
const GRACE_SECS: i64 = 3600;

/// Someone dropping in to one meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestPass {
    pub meet_id: i64,
    /// 128 random bits, URL-safe: who this guest is.
    pub id: String,
    pub alias: Alias,
    pub expires_at: i64,
}

impl GuestPass {
    /// The guest's key in the meet's room (and in its removals).
    pub fn room_key(&self) -> String {
        format!("g:{}", self.id)
    }
}

fn cookie_name(meet_id: i64) -> String {
    format!("hs_guest_{meet_id}")
}

/// The `Set-Cookie` value holding a new pass for a meet that ends at `meet_ends_at`.
pub fn issue(key: &SigningKey, meet_id: i64, alias: &Alias, meet_ends_at: i64, secure: bool) -> HeaderValue {
    let expires_at = meet_ends_at + GRACE_SECS;
    let id = URL_SAFE_NO_PAD.encode(random_bytes::<16>());
    let message = format!("{meet_id}.{expires_at}.{id}.{}", URL_SAFE_NO_PAD.encode(alias.as_str()));
    let max_age = (expires_at - crate::services::now()).max(0);
    cookies::set(&cookie_name(meet_id), &key.sign(PURPOSE, &message), Some(max_age), secure)
}

/// The pass for `meet_id` this browser holds, if it is genuine and current.
pub fn read(key: &SigningKey, headers: &HeaderMap, meet_id: i64, now: i64) -> Option<GuestPass> {
    let signed = cookies::get(headers, &cookie_name(meet_id))?;
    let message = key.open(PURPOSE, signed)?;
    let mut parts = message.splitn(4, '.');
    let pass_meet: i64 = parts.next()?.parse().ok()?;
    let expires_at: i64 = parts.next()?.parse().ok()?;
    let id = parts.next().filter(|id| URL_SAFE_NO_PAD.decode(id).is_ok_and(|bytes| bytes.len() == 16))?;
    let alias = String::from_utf8(URL_SAFE_NO_PAD.decode(parts.next()?).ok()?).ok()?;
    if pass_meet != meet_id || expires_at <= now {
        return None;
    }
    Some(GuestPass { meet_id, id: id.to_string(), alias: Alias::parse(&alias).ok()?, expires_at })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    fn headers_with(value: &HeaderValue) -> HeaderMap {
        let cookie = value.to_str().unwrap().split(';').next().unwrap().to_string();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap());
        headers
    }

    #[test]
    fn a_pass_works_for_its_meet_until_it_expires() {
        let key = SigningKey::new([9; 32]);
        let alias = Alias::parse("Quiet Fox").unwrap();
        let now = crate::services::now();
        let headers = headers_with(&issue(&key, 7, &alias, now + 600, false));
        let pass = read(&key, &headers, 7, now).unwrap();
        assert_eq!(pass.alias.as_str(), "Quiet Fox");
        assert_eq!(read(&key, &headers, 8, now), None, "not for another meet");
        assert_eq!(read(&key, &headers, 7, now + 600 + GRACE_SECS), None, "not after it expires");
        assert_eq!(read(&SigningKey::new([1; 32]), &headers, 7, now), None, "not with another key");
    }

    #[test]
    fn every_pass_is_someone_else_even_with_the_same_alias() {
        let key = SigningKey::new([9; 32]);
        let alias = Alias::parse("Quiet Fox").unwrap();
        let now = crate::services::now();
        let first = read(&key, &headers_with(&issue(&key, 7, &alias, now + 600, false)), 7, now).unwrap();
        let second = read(&key, &headers_with(&issue(&key, 7, &alias, now + 600, false)), 7, now).unwrap();
        assert_eq!(first.alias, second.alias);
        assert_ne!(first.room_key(), second.room_key());
        assert_eq!(first.id.len(), 22, "128 bits");
    }
}

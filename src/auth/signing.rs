//! The server's signing key and what it signs.
//!
//! CSRF tokens are a signed double-submit: every browser gets a random CSRF
//! cookie; forms carry an HMAC of that cookie and of the session. An
//! attacker's page can neither read the cookie nor forge the HMAC, and a
//! token from before sign-in stops working after it.
//!
//! Guest passes (a drop-in alias for one meet) are signed the same way, so
//! nothing about a guest is stored on the server.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The server's signing key, shared by every instance through the database.
#[derive(Clone)]
pub struct SigningKey([u8; 32]);

impl SigningKey {
    /// Wraps a stored key.
    pub fn new(bytes: [u8; 32]) -> SigningKey {
        SigningKey(bytes)
    }

    fn mac(&self, cookie: &str, session: Option<&str>) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC accepts keys of any length");
        mac.update(b"csrf\x00");
        mac.update(cookie.as_bytes());
        mac.update(b"\x00");
        mac.update(session.unwrap_or("").as_bytes());
        mac
    }

    fn purpose_mac(&self, purpose: &str, message: &str) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC accepts keys of any length");
        mac.update(purpose.as_bytes());
        mac.update(b"\x00");
        mac.update(message.as_bytes());
        mac
    }

    /// `message` followed by its signature for `purpose`, URL-safe.
    pub fn sign(&self, purpose: &str, message: &str) -> String {
        let tag = URL_SAFE_NO_PAD.encode(self.purpose_mac(purpose, message).finalize().into_bytes());
        format!("{message}.{tag}")
    }

    /// The message inside `signed` if its signature for `purpose` is ours.
    pub fn open<'a>(&self, purpose: &str, signed: &'a str) -> Option<&'a str> {
        let (message, tag) = signed.rsplit_once('.')?;
        let bytes = URL_SAFE_NO_PAD.decode(tag).ok()?;
        self.purpose_mac(purpose, message).verify_slice(&bytes).ok()?;
        Some(message)
    }

    /// The token to put in forms for this browser and session.
    pub fn token(&self, cookie: &str, session: Option<&str>) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(cookie, session).finalize().into_bytes())
    }

    /// Whether a token sent with a form is the one we would have issued.
    /// The comparison takes the same time whatever the token.
    pub fn verify(&self, cookie: &str, session: Option<&str>, presented: &str) -> bool {
        let Ok(bytes) = URL_SAFE_NO_PAD.decode(presented) else {
            return false;
        };
        self.mac(cookie, session).verify_slice(&bytes).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_bind_cookie_and_session() {
        let key = SigningKey::new([7; 32]);
        let token = key.token("cookie-a", Some("session-1"));
        assert!(key.verify("cookie-a", Some("session-1"), &token));
        assert!(!key.verify("cookie-b", Some("session-1"), &token));
        assert!(!key.verify("cookie-a", Some("session-2"), &token));
        assert!(!key.verify("cookie-a", None, &token));
        assert!(!key.verify("cookie-a", Some("session-1"), "garbage!"));
    }

    #[test]
    fn signed_messages_open_only_for_their_purpose() {
        let key = SigningKey::new([3; 32]);
        let signed = key.sign("guest", "42.1700000000.QXNoYQ");
        assert_eq!(key.open("guest", &signed), Some("42.1700000000.QXNoYQ"));
        assert_eq!(key.open("other", &signed), None);
        assert_eq!(key.open("guest", &signed.replace("42.", "43.")), None);
        assert_eq!(key.open("guest", "no-signature"), None);
    }

    #[test]
    fn another_key_rejects_the_token() {
        let token = SigningKey::new([1; 32]).token("c", None);
        assert!(!SigningKey::new([2; 32]).verify("c", None, &token));
    }
}

//! CSRF tokens: a signed double-submit. Every browser gets a random CSRF
//! cookie; forms carry an HMAC of that cookie and of the session, keyed with
//! a server secret. An attacker's page can neither read the cookie nor forge
//! the HMAC, and a token from before sign-in stops working after it.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The server's CSRF signing key, shared by every instance through the database.
#[derive(Clone)]
pub struct CsrfKey([u8; 32]);

impl CsrfKey {
    /// Wraps a stored key.
    pub fn new(bytes: [u8; 32]) -> CsrfKey {
        CsrfKey(bytes)
    }

    fn mac(&self, cookie: &str, session: Option<&str>) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC accepts keys of any length");
        mac.update(cookie.as_bytes());
        mac.update(b"\x00");
        mac.update(session.unwrap_or("").as_bytes());
        mac
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
        let key = CsrfKey::new([7; 32]);
        let token = key.token("cookie-a", Some("session-1"));
        assert!(key.verify("cookie-a", Some("session-1"), &token));
        assert!(!key.verify("cookie-b", Some("session-1"), &token));
        assert!(!key.verify("cookie-a", Some("session-2"), &token));
        assert!(!key.verify("cookie-a", None, &token));
        assert!(!key.verify("cookie-a", Some("session-1"), "garbage!"));
    }

    #[test]
    fn another_key_rejects_the_token() {
        let token = CsrfKey::new([1; 32]).token("c", None);
        assert!(!CsrfKey::new([2; 32]).verify("c", None, &token));
    }
}

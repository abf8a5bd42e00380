//! Password hashing with Argon2id at the parameters OWASP recommends
//! (19 MiB of memory, 2 passes, 1 lane), which are the crate's defaults.
//!
//! Hashing takes tens of milliseconds of CPU on purpose: call these from
//! `tokio::task::spawn_blocking`, never on the async runtime directly.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::domain::password::NewPassword;

/// Hashes a new password into a PHC string (`$argon2id$v=19$…`).
pub fn hash(password: &NewPassword) -> String {
    Argon2::default()
        .hash_password(password.expose().as_bytes())
        .map(|h| h.to_string())
        // Only fails for parameters outside Argon2's limits, and ours are fixed.
        .expect("argon2 hashing with default parameters cannot fail")
}

/// Checks `password` against a stored hash. A malformed hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()
}

/// At most this many hashes at once: each takes 19 MiB and a core, so a burst
/// of sign-ins queues instead of exhausting memory.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

/// Hashes on a blocking thread, a few at a time.
pub async fn hash_async(password: NewPassword) -> String {
    let _permit = HASHING.acquire().await.expect("the hashing semaphore is never closed");
    tokio::task::spawn_blocking(move || hash(&password)).await.expect("hashing does not panic")
}

/// Verifies on a blocking thread, a few at a time.
pub async fn verify_async(password: String, stored: String) -> bool {
    let _permit = HASHING.acquire().await.expect("the hashing semaphore is never closed");
    tokio::task::spawn_blocking(move || verify(&password, &stored)).await.unwrap_or(false)
}

/// A real hash of a random password, checked when the alias does not exist so
/// that an unknown alias takes as long to refuse as a wrong password.
pub static DECOY_HASH: LazyLock<String> = LazyLock::new(|| {
    let random = super::token::new_token();
    hash(&NewPassword::generated(random))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_use_argon2id() {
        let password = NewPassword::generated("a calm blue lake".into());
        let stored = hash(&password);
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("a calm blue lake", &stored));
        assert!(!verify("a calm blue lakE", &stored));
    }

    #[test]
    fn malformed_hashes_never_match() {
        assert!(!verify("anything", "not a hash"));
        assert!(!verify("anything", &DECOY_HASH.replace("argon2id", "argon2x")));
    }
}

//! The password rule. Hashing lives in `crate::auth::password`.

use std::fmt;

use super::{Alias, Invalid};

/// Shortest password, in characters: long enough to resist guessing, short
/// enough that a phrase of three words fits.
pub const MIN_CHARS: usize = 10;
/// Longest password, in bytes; a bound on the work one sign-in can ask for.
pub const MAX_BYTES: usize = 1024;

/// A new password that meets the rule. Never printed, not even in debug output.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    /// Checks a password a person chose for themselves.
    pub fn parse(raw: String, alias: &Alias) -> Result<NewPassword, Invalid> {
        NewPassword::parse_for(raw, &alias.key())
    }

    /// Checks a password against the uniqueness key of whatever alias was
    /// typed, valid or not, so both fields can be reported at once.
    pub fn parse_for(raw: String, alias_key: &str) -> Result<NewPassword, Invalid> {
        if raw.chars().count() < MIN_CHARS {
            return Err(Invalid("password-too-short"));
        }
        if raw.len() > MAX_BYTES {
            return Err(Invalid("password-too-long"));
        }
        if raw.trim().to_lowercase() == alias_key {
            return Err(Invalid("password-is-alias"));
        }
        Ok(NewPassword(raw))
    }

    /// Wraps a password the server generated (already strong).
    pub fn generated(value: String) -> NewPassword {
        NewPassword(value)
    }

    /// The secret, for hashing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// Turns random bytes into a password that is easy to read aloud and type:
/// four groups of five letters and digits without look-alike characters.
pub fn readable_from_random(random: [u8; 20]) -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut out = String::with_capacity(23);
    for (i, byte) in random.iter().enumerate() {
        if i > 0 && i % 5 == 0 {
            out.push('-');
        }
        out.push(ALPHABET[usize::from(*byte) % ALPHABET.len()] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alias() -> Alias {
        Alias::parse("River").unwrap()
    }

    #[test]
    fn enforces_length() {
        assert!(NewPassword::parse("short".into(), &alias()).is_err());
        assert!(NewPassword::parse("a calm blue lake".into(), &alias()).is_ok());
        assert_eq!(NewPassword::parse("x".repeat(MAX_BYTES + 1), &alias()).unwrap_err(), Invalid("password-too-long"));
    }

    #[test]
    fn refuses_the_alias_itself() {
        let alias = Alias::parse("QuietRiver").unwrap();
        assert_eq!(NewPassword::parse("quietriver".into(), &alias).unwrap_err(), Invalid("password-is-alias"));
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let p = NewPassword::parse("a calm blue lake".into(), &alias()).unwrap();
        assert!(!format!("{p:?}").contains("calm"));
    }

    #[test]
    fn readable_passwords_have_the_expected_shape() {
        let p = readable_from_random([7; 20]);
        assert_eq!(p.len(), 23);
        assert_eq!(p.matches('-').count(), 3);
        assert!(NewPassword::parse(p, &alias()).is_ok());
    }
}

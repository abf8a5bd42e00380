//! The password rule. Hashing lives in `crate::auth::password`.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

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
        if let Some(problem) = easy_to_guess(&raw, alias_key) {
            return Err(problem);
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

/// The commonest passwords, from a list kept in the repository (NIST SP
/// 800-63B asks services to refuse them).
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Why a password long enough is still among the first a guesser would
/// try, if it is: the alias (alone or with digits and symbols around it),
/// a common password (likewise), or a pattern (one piece repeated, a run
/// such as "1234567890" or "abcdefghij"). Case and spacing never matter.
fn easy_to_guess(raw: &str, alias_key: &str) -> Option<Invalid> {
    let lower = raw.trim().to_lowercase();
    let squashed = squash(&lower);
    let core = squashed.trim_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    let alias = squash(alias_key);
    if squashed == alias {
        return Some(Invalid("password-is-alias"));
    }
    if !alias.is_empty() && core == alias {
        return Some(Invalid("password-like-alias"));
    }
    if [lower.as_str(), squashed.as_str(), core].iter().any(|candidate| COMMON.contains(candidate)) {
        return Some(Invalid("password-too-common"));
    }
    let chars: Vec<char> = squashed.chars().collect();
    if repeats(&chars) || runs(&chars) {
        return Some(Invalid("password-pattern"));
    }
    None
}

/// Without spaces and the separators people put between words.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | '\'')).collect()
}

/// Whether the whole is one shorter piece said again and again
/// ("aaaaaaaaaa", "abcabcabcabc", "passwordpassword").
fn repeats(chars: &[char]) -> bool {
    (1..=chars.len() / 2).any(|period| chars.iter().enumerate().all(|(i, c)| *c == chars[i % period]))
}

/// Whether each character follows the one before, all up or all down
/// ("1234567890", "zyxwvutsrq"); 0 may follow 9 as on a keyboard.
fn runs(chars: &[char]) -> bool {
    let step = |a: char, b: char, up: bool| {
        let (from, to) = if up { (a, b) } else { (b, a) };
        u32::from(to) == u32::from(from) + 1 || (from == '9' && to == '0')
    };
    chars.len() > 2 && [true, false].into_iter().any(|up| chars.windows(2).all(|pair| step(pair[0], pair[1], up)))
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
    fn refuses_the_commonest_passwords_in_any_case_and_with_digits_around() {
        for common in ["password1234", "PASSWORD123!", "Qwertyuiop", "iloveyou12", "1q2w3e4r5t", "Holdspace2024"] {
            assert_eq!(
                NewPassword::parse(common.into(), &alias()).unwrap_err(),
                Invalid("password-too-common"),
                "{common}"
            );
        }
    }

    #[test]
    fn refuses_repeats_and_runs() {
        for pattern in
            ["aaaaaaaaaa", "ababababab", "xyzxyzxyzxyz", "3456789012", "8765432109", "bcdefghijkl", "mnopqrstuv"]
        {
            assert_eq!(
                NewPassword::parse(pattern.into(), &alias()).unwrap_err(),
                Invalid("password-pattern"),
                "{pattern}"
            );
        }
    }

    #[test]
    fn refuses_the_alias_with_digits_or_symbols_around_it() {
        let alias = Alias::parse("Quiet River").unwrap();
        assert_eq!(NewPassword::parse("quiet-river".into(), &alias).unwrap_err(), Invalid("password-is-alias"));
        assert_eq!(NewPassword::parse("QuietRiver2024!".into(), &alias).unwrap_err(), Invalid("password-like-alias"));
    }

    #[test]
    fn ordinary_phrases_pass() {
        for fine in [
            "a calm blue lake",
            "my password is long and mine",
            "holdspace-demo",
            "tea at four, always",
            "प्रिया की चाय",
        ] {
            assert!(NewPassword::parse(fine.into(), &alias()).is_ok(), "{fine}");
        }
    }

    #[test]
    fn the_list_is_lower_case_and_loaded() {
        assert!(COMMON.len() > 400);
        assert!(COMMON.iter().all(|p| *p == p.to_lowercase()));
    }

    #[test]
    fn readable_passwords_have_the_expected_shape() {
        let p = readable_from_random(std::array::from_fn(|i| i as u8 * 7));
        assert_eq!(p.len(), 23);
        assert_eq!(p.matches('-').count(), 3);
        assert!(NewPassword::parse(p, &alias()).is_ok());
    }
}

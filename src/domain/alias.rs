//! The name a person goes by in circles. It is all we need to know about them.

use std::fmt;

use unicode_normalization::UnicodeNormalization;

use super::{Invalid, text};

/// Shortest alias, in characters.
pub const MIN_CHARS: usize = 2;
/// Longest alias, in characters.
pub const MAX_CHARS: usize = 32;

/// Names that would let someone pass as staff or as the system.
const RESERVED: &[&str] =
    &["admin", "administrator", "coordinator", "facilitator", "holdspace", "moderator", "staff", "support", "system"];

/// A checked alias: 2–32 letters (any script), digits, spaces and `_ - . '`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Alias(String);

impl Alias {
    /// Checks what a person typed and returns the alias as it will be shown.
    pub fn parse(raw: &str) -> Result<Alias, Invalid> {
        let value = text::single_line(raw);
        let length = value.chars().count();
        if length < MIN_CHARS {
            return Err(Invalid("alias-too-short"));
        }
        if length > MAX_CHARS {
            return Err(Invalid("alias-too-long"));
        }
        if !value.chars().all(allowed) {
            return Err(Invalid("alias-characters"));
        }
        if !value.chars().any(char::is_alphanumeric) {
            return Err(Invalid("alias-characters"));
        }
        let alias = Alias(value);
        if RESERVED.contains(&alias.key().as_str()) {
            return Err(Invalid("alias-reserved"));
        }
        Ok(alias)
    }

    /// Rebuilds an alias that was checked before it was stored.
    pub fn from_stored(value: String) -> Alias {
        Alias(value)
    }

    /// The alias as the person wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to keep aliases unique: compatibility-normalised and
    /// lower-cased, so "Asha", "ASHA" and "Ａｓｈａ" are one alias.
    pub fn key(&self) -> String {
        key_of(&self.0)
    }
}

/// The uniqueness key of any typed alias, valid or not (used for look-ups).
pub fn key_of(raw: &str) -> String {
    text::single_line(raw).nfkc().flat_map(char::to_lowercase).collect()
}

fn allowed(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, ' ' | '_' | '-' | '.' | '\'')
        // Devanagari vowel signs and the virama are marks, not letters, but
        // Hindi names need them.
        || ('\u{0900}'..='\u{097F}').contains(&c)
}

impl fmt::Display for Alias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Alias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Alias({:?})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_names_in_many_scripts() {
        for name in ["Asha", "river_07", "Sam O'Neil", "प्रिया", "José-Luis", "M."] {
            assert!(Alias::parse(name).is_ok(), "{name} should be accepted");
        }
    }

    #[test]
    fn trims_and_collapses_spaces() {
        assert_eq!(Alias::parse("  Quiet   Fox ").unwrap().as_str(), "Quiet Fox");
    }

    #[test]
    fn rejects_bad_lengths_and_characters() {
        assert_eq!(Alias::parse("a"), Err(Invalid("alias-too-short")));
        assert_eq!(Alias::parse(&"a".repeat(33)), Err(Invalid("alias-too-long")));
        assert_eq!(Alias::parse("<script>"), Err(Invalid("alias-characters")));
        assert_eq!(Alias::parse("a@b.com"), Err(Invalid("alias-characters")));
        assert_eq!(Alias::parse("--"), Err(Invalid("alias-characters")));
    }

    #[test]
    fn reserves_staff_like_names_in_any_case() {
        assert_eq!(Alias::parse("Admin"), Err(Invalid("alias-reserved")));
        assert_eq!(Alias::parse("FACILITATOR"), Err(Invalid("alias-reserved")));
    }

    #[test]
    fn key_folds_case_and_width() {
        assert_eq!(Alias::parse("Asha").unwrap().key(), "asha");
        assert_eq!(Alias::parse("ＡＳＨＡ").unwrap().key(), "asha");
    }
}

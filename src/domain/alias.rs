//! The name a person goes by in circles. It is all we need to know about them.

use std::fmt;

use unicode_normalization::UnicodeNormalization;
use unicode_security::skeleton;

use super::{Invalid, text};

/// Shortest alias, in characters.
pub const MIN_CHARS: usize = 2;
/// Longest alias, in characters.
pub const MAX_CHARS: usize = 32;

/// Names that would let someone pass as staff or as the system, on their own.
const RESERVED: &[&str] = &["support", "help", "helpline", "team", "everyone", "guest"];
/// Words that would let someone pass as staff anywhere in an alias
/// ("Facilitator Jo", "Admin Team").
const STAFF_WORDS: &[&str] = &[
    "admin",
    "administrator",
    "coordinator",
    "facilitator",
    "holdspace",
    "moderator",
    "mod",
    "official",
    "staff",
    "system",
];

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
        let whole = alias.skeleton();
        let reserved = |words: &[&str], candidate: &str| words.iter().any(|w| skeleton_of(w) == candidate);
        if reserved(RESERVED, &whole)
            || reserved(STAFF_WORDS, &whole)
            || alias.as_str().split(is_separator).any(|word| reserved(STAFF_WORDS, &skeleton_of(word)))
        {
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

impl Alias {
    /// What the alias looks like, for telling apart people who must not be
    /// mistaken for one another: two aliases with one skeleton read alike.
    pub fn skeleton(&self) -> String {
        skeleton_of(&self.0)
    }

    /// Whether two aliases could be taken for one another: the same alias in
    /// another case, width or spacing, or one that looks the same.
    pub fn resembles(&self, other: &Alias) -> bool {
        self.skeleton() == other.skeleton()
    }
}

/// The look-alike form of any typed alias (Unicode TR39 confusable
/// skeleton): case, width, spacing and punctuation are ignored, and letters
/// that look alike in another script ("Мееra" in Cyrillic, "Meera") or as
/// digits ("Sam1", "Saml") become one. It is taken in capitals (where more
/// scripts look alike: Cyrillic М, Greek Η) and again in small letters
/// (where "rn" looks like "m"), so case never matters.
pub fn skeleton_of(raw: &str) -> String {
    let capitals: String = raw.nfkc().filter(|c| !is_separator(*c)).flat_map(char::to_uppercase).collect();
    let small: String = skeleton(&capitals).flat_map(char::to_lowercase).collect();
    skeleton(&small).flat_map(char::to_lowercase).collect()
}

/// Characters an alias may use between its words.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '_' | '-' | '.' | '\'')
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
    fn staff_words_are_reserved_anywhere_and_in_any_script() {
        for name in ["Facilitator Jo", "Аdmin", "admin_team", "The Moderator", "SUPPORT", "Ηoldspace"] {
            assert_eq!(Alias::parse(name), Err(Invalid("alias-reserved")), "{name} should be reserved");
        }
        for name in ["Administrate Kai", "Modesty", "Supporting Sam", "Staffie"] {
            assert!(Alias::parse(name).is_ok(), "{name} is not a staff word");
        }
    }

    #[test]
    fn look_alike_aliases_share_a_skeleton() {
        let skeleton = |s: &str| Alias::parse(s).unwrap().skeleton();
        // Cyrillic М and е, and letters that read alike.
        assert_eq!(skeleton("Мееra"), skeleton("Meera"));
        assert_eq!(skeleton("MEERA"), skeleton("meera"));
        assert_eq!(skeleton("Mee ra"), skeleton("Meera"));
        assert_eq!(skeleton("Mee_ra."), skeleton("Meera"));
        assert_eq!(skeleton("мееra"), skeleton("Meera"));
        assert_eq!(skeleton("Ian"), skeleton("lan"));
        let alias = |s: &str| Alias::parse(s).unwrap();
        assert!(alias("ian").resembles(&alias("Ian")) && alias("Jo").resembles(&alias("J o")));
        assert!(!alias("Meera").resembles(&alias("Mira")));
        assert_eq!(skeleton("Sam1"), skeleton("Saml"));
        assert_eq!(skeleton("rnia"), skeleton("mia"));
        assert_ne!(skeleton("Meera"), skeleton("Mira"));
        assert_ne!(skeleton("प्रिया"), skeleton("Priya"));
    }

    #[test]
    fn key_folds_case_and_width() {
        assert_eq!(Alias::parse("Asha").unwrap().key(), "asha");
        assert_eq!(Alias::parse("ＡＳＨＡ").unwrap().key(), "asha");
    }
}

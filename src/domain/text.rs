//! Small rules for free text that people type into forms.

use unicode_normalization::char::is_combining_mark;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeEmoji, UnicodeGeneralCategory};

use super::Invalid;

/// The language of a piece of circle text, told by its script since circles
/// do not say which language each text is in: any Devanagari makes it
/// Hindi (circles often mix in English, which a Hindi voice reads, where an
/// English voice cannot read Devanagari), Latin letters alone English;
/// `None` when there are no letters to go by.
pub fn script_language(text: &str) -> Option<&'static str> {
    if text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)) {
        Some("hi")
    } else if text.chars().any(|c| c.is_ascii_alphabetic()) {
        Some("en")
    } else {
        None
    }
}

/// Trims `raw` and collapses every run of whitespace (including line breaks)
/// into one space.
pub fn single_line(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An optional one-line field: empty means "not given".
pub fn optional_line(raw: &str, max_chars: usize, too_long: &'static str) -> Result<Option<String>, Invalid> {
    let value = single_line(raw);
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max_chars {
        return Err(Invalid(too_long));
    }
    if value.chars().any(char::is_control) {
        return Err(Invalid("invalid-characters"));
    }
    Ok(Some(value))
}

/// Optional text that may span several lines (for example a note): keeps line
/// breaks, trims the ends, removes other control characters.
pub fn optional_block(raw: &str, max_chars: usize, too_long: &'static str) -> Result<Option<String>, Invalid> {
    let normalised = raw.replace("\r\n", "\n");
    let value: String = normalised.trim().chars().filter(|c| *c == '\n' || !c.is_control()).collect();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max_chars {
        return Err(Invalid(too_long));
    }
    Ok(Some(value))
}

/// Text as others will see it: without the invisible characters that can
/// disguise it. Bidi embeddings, overrides, isolates and marks (which can
/// make "gpj.exe" read as "exe.jpg") and every other invisible format
/// character are removed, as are blank fillers; line and paragraph
/// separators become line breaks. What scripts and emoji need stays: a
/// zero-width joiner or non-joiner between letters and marks (Devanagari
/// conjuncts, Persian words; not between two ASCII letters, where it only
/// hides), a joiner between emoji, and tags after a black flag (flags of
/// nations within a country).
pub fn visible(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        // Most text is mostly ASCII, none of which is invisible formatting.
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let previous = out.chars().next_back();
        let keep = match c {
            '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                continue;
            }
            '\u{3164}' | '\u{FFA0}' | '\u{115F}' | '\u{1160}' => false,
            '\u{200C}' | '\u{200D}' => match (previous, chars.peek().copied()) {
                (Some(before), Some(after)) => {
                    let joins_letters = is_letter_or_mark(before)
                        && is_letter_or_mark(after)
                        && !(before.is_ascii() && after.is_ascii());
                    let joins_emoji = c == '\u{200D}' && is_emoji_part(before) && is_emoji_part(after);
                    joins_letters || joins_emoji
                }
                _ => false,
            },
            '\u{E0020}'..='\u{E007F}' => matches!(previous, Some('\u{1F3F4}' | '\u{E0020}'..='\u{E007F}')),
            // Signs that are seen, spanning the digits after them (Arabic and Syriac numbers).
            '\u{0600}'..='\u{0605}' | '\u{06DD}' | '\u{070F}' | '\u{08E2}' => true,
            _ => c.general_category() != GeneralCategory::Format,
        };
        if keep {
            out.push(c);
        }
    }
    out
}

fn is_letter_or_mark(c: char) -> bool {
    c.general_category_group() == GeneralCategoryGroup::Letter || is_combining_mark(c)
}

fn is_emoji_part(c: char) -> bool {
    !c.is_ascii() && c.is_emoji_char_or_emoji_component()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circle_text_is_hindi_or_english_by_its_script() {
        assert_eq!(script_language("नई माँओं के लिए एक सुरक्षित जगह। A circle for mothers."), Some("hi"));
        assert_eq!(script_language("चाय और बात: everyday stress over a cup of tea"), Some("hi"), "mixed");
        assert_eq!(script_language("After a loss"), Some("en"));
        assert_eq!(script_language("12:30"), None);
    }

    #[test]
    fn single_line_collapses_whitespace() {
        assert_eq!(single_line("  she \n\t/ her "), "she / her");
    }

    #[test]
    fn optional_line_treats_blank_as_absent() {
        assert_eq!(optional_line("   ", 10, "too-long"), Ok(None));
        assert_eq!(optional_line(" they ", 10, "too-long"), Ok(Some("they".into())));
        assert_eq!(optional_line("abcdefghijk", 10, "too-long"), Err(Invalid("too-long")));
    }

    #[test]
    fn optional_block_keeps_line_breaks_only() {
        assert_eq!(optional_block(" one\r\ntwo\u{7} ", 20, "too-long"), Ok(Some("one\ntwo".into())));
    }

    #[test]
    fn visible_removes_what_could_disguise_text() {
        // Right-to-left override, isolates and marks, zero-width spaces, word joiners, a byte-order mark.
        assert_eq!(visible("see \u{202E}gpj.exe\u{202C} now"), "see gpj.exe now");
        assert_eq!(visible("\u{2067}a\u{2069}\u{200E}\u{200F}\u{061C}b"), "ab");
        assert_eq!(visible("he\u{200B}llo\u{2060}\u{FEFF}\u{00AD}"), "hello");
        assert_eq!(visible("\u{3164}\u{3164}"), "", "blank fillers");
        assert_eq!(visible("one\u{2028}two"), "one\ntwo");
        // A joiner with nothing to join, or between ASCII letters, only hides.
        assert_eq!(visible("\u{200D}hi\u{200C} ad\u{200D}vice"), "hi advice");
    }

    #[test]
    fn visible_keeps_what_scripts_and_emoji_need() {
        for kept in [
            "क्\u{200D}ष",                                               // Devanagari half form
            "क्\u{200C}ष",                                               // Devanagari explicit virama
            "می\u{200C}خواهم",                                          // Persian
            "👩\u{200D}👩\u{200D}👧",                                   // a family
            "❤\u{FE0F}\u{200D}🔥",                                      // heart on fire
            "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", // England
            "مرحبا",
            "שלום",
            "नमस्ते",
            "line one\nline two",
        ] {
            assert_eq!(visible(kept), kept);
        }
        assert_eq!(visible("a\u{E0067}b"), "ab", "tags only in a flag");
    }
}

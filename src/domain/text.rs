//! Small rules for free text that people type into forms.

use super::Invalid;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}

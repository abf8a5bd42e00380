//! The development pseudo-locale `en-XA`: English with every letter
//! accented and every vowel doubled (about a third longer, as many
//! translations are), each message in brackets. Text still in plain ASCII
//! on such a page was never translated; a bracket missing at the end was cut
//! off by the layout.

use std::borrow::Cow;

/// The pseudo-locale's code.
pub const CODE: &str = "en-XA";

/// The pseudo-locale's own name in the language switcher.
pub const NAME: &str = "[Ƥšéééũũðöö]";

/// Accents the letters of one piece of message text and doubles its
/// vowels. Arguments (names, numbers) are left as they are: Fluent applies
/// this to the message's own words only.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        if "aeiouAEIOU".contains(c) {
            out.push(accented);
        }
    }
    Cow::Owned(out)
}

/// Wraps a whole message, so a truncated one shows.
pub fn bracket(message: String) -> String {
    format!("[{message}]")
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçðéƒĝĥîĵķĺɱñöƥʠŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_lengthens_by_about_a_third() {
        let english = "Find a circle where people understand";
        let pseudo = transform(english);
        assert!(!pseudo.is_ascii(), "every letter is accented: {pseudo}");
        let (before, after) = (english.chars().count() as f32, pseudo.chars().count() as f32);
        assert!(after / before > 1.25 && after / before < 1.5, "{before} → {after}: {pseudo}");
        assert_eq!(bracket("x".into()), "[x]");
    }
}

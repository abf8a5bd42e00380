//! Contact details and invitations to talk elsewhere. In circles for young
//! people these are held back (with a clear word to the writer, and the
//! facilitator told), because moving off-platform is where harm starts.

use std::sync::LazyLock;

use super::normalize::Words;
use super::pattern::Patterns;

const INVITATIONS: &[&str] = &[
    "dm|pm|inbox me",
    "dm|pm karo",
    "message|msg|text|whatsapp|ping me on|at|privately?",
    "call|ring me on|at|privately|later|tonight|sometime|anytime|whenever|if",
    "add|follow|find me on|at|there",
    "hit me up",
    "my|mera|meri insta|instagram|ig|snap|snapchat|whatsapp|telegram|discord|signal|number|mobile|email|handle|id|kik|viber|wechat|twitter|tiktok|facebook|fb|skype|reddit",
    "swap|exchange|share|trade numbers|number|contacts|socials|emails|handles",
    "give|send|share me|us * number|email|contact|insta|snap|whatsapp|id",
    "at * dot com|org|net|in|co|io|me",
    "whatsapp|telegram|insta|snap|signal|discord karo|kro",
    "whatsapp|telegram|insta|snap|signal|discord pe|pr aa|aao|aaja|aajao|milo|baat|add|msg|message",
    "number|no dm|inbox|pm mein|me|mai|pe|karo|bhej~",
    "अपना नंबर",
    "insta|snap|telegram|discord|whatsapp|instagram id|handle",
    "insta|snap|telegram|discord|whatsapp|instagram pe|par add|msg|message",
    "email|mail me",
    "reach me on|at",
    "mujhe whatsapp|call|msg|message",
    "मेरा नंबर",
];

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| Patterns::new(INVITATIONS));

const NUMBER_WORDS: &[&str] = &["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/// An email address: something@something.tld.
fn has_email(text: &str) -> bool {
    text.match_indices('@').any(|(at, _)| {
        let local = text[..at].chars().rev().take_while(|c| c.is_ascii_alphanumeric() || "._%+-".contains(*c)).count();
        let domain: String =
            text[at + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || ".-".contains(*c)).collect();
        let tld_ok = domain.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
        local > 0 && tld_ok
    })
}

/// A social handle: "@name" at the start of a word (not an email, not "@ the").
fn has_handle(text: &str) -> bool {
    text.match_indices('@').any(|(at, _)| {
        let starts_word = text[..at].chars().last().is_none_or(|c| c.is_whitespace() || "([\"'".contains(c));
        let name = text[at + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || "_.".contains(*c)).count();
        starts_word && name >= 3
    })
}

/// A phone number: ten to thirteen digits, possibly spaced, dashed, dotted
/// or bracketed, not preceded by a currency sign.
fn has_phone(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let before: String =
                chars[..i].iter().rev().take(4).collect::<String>().chars().rev().collect::<String>().to_lowercase();
            let money = ["₹", "$", "£", "€", "rs", "inr", "rs."].iter().any(|m| before.trim_end().ends_with(m));
            let mut digits = 0;
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || " -().+".contains(chars[j])) {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                }
                // Two spaces in a row, or a space between words, ends the run.
                if chars[j] == ' ' && chars.get(j + 1).is_some_and(|c| !c.is_ascii_digit() && *c != '(' && *c != '+') {
                    break;
                }
                j += 1;
            }
            if !money && (10..=13).contains(&digits) {
                return true;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    false
}

/// A number spelled out in seven or more digit words ("nine eight seven six …").
fn has_spelled_number(words: &Words) -> bool {
    let mut run = 0;
    for w in &words.raw {
        if NUMBER_WORDS.contains(&w.as_str()) {
            run += 1;
            if run >= 7 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Whether a message shares or asks for contact details, and what kind.
pub fn detect(text: &str, words: &Words) -> Option<&'static str> {
    if has_email(text) {
        return Some("email");
    }
    if has_phone(text) || has_spelled_number(words) {
        return Some("phone");
    }
    if has_handle(text) {
        return Some("handle");
    }
    PATTERNS.candidates(&words.words).find(|p| !p.find(&words.words).is_empty()).map(|p| p.source)
}

#[cfg(test)]
mod tests {
    use super::super::normalize::words;
    use super::*;

    fn contact(text: &str) -> bool {
        detect(text, &words(text)).is_some()
    }

    #[test]
    fn numbers_addresses_handles_and_invitations() {
        for text in [
            "call me on 98765 43210",
            "+91 98765-43210",
            "my number is (555) 123-4567",
            "07700 900123",
            "asha.k@example.com",
            "follow @quiet_fox",
            "dm me after the meet",
            "add me on insta",
            "whatsapp me",
            "mera number le lo",
            "nine eight seven six five four three two one zero",
            "anyone want to swap numbers?",
            "email is jo dot lee at protonmail dot com",
            "telegram pe aa jao",
        ] {
            assert!(contact(text), "{text}");
        }
    }

    #[test]
    fn lookalikes_are_not_contact_details() {
        for text in [
            "it happened in 2019",
            "we meet at 10:30",
            "it cost ₹15000 last month",
            "I have 3 kids and 2 dogs",
            "see you @ the next meet",
            "I had to email my boss today",
            "I deleted instagram last week",
            "my phone died during the call",
            "call me crazy but I miss it",
        ] {
            assert!(!contact(text), "{text}");
        }
    }
}
